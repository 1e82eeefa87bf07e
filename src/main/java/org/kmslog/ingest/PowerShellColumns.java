package org.kmslog.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the columns kmslog reads sit in a PowerShell CSV, for either object PowerShell exports
 * events as: Get-WinEvent's EventLogRecord (Id, TimeCreated, Message, RecordId, ProviderName,
 * LogName, MachineName) or Get-EventLog's EventLogEntry (EventID or InstanceId, TimeGenerated,
 * Message, Index, Source, MachineName; its log is named only in the "#TYPE" line).
 */
final class PowerShellColumns {
  /** The cmdlet whose objects a file holds. */
  enum Cmdlet {
    GET_WINEVENT,
    GET_EVENTLOG
  }

  private static final String ENTRY_TYPE = "System.Diagnostics.EventLogEntry";
  private static final String RECORD_TYPE = "System.Diagnostics.Eventing.Reader.EventLogRecord";

  final Cmdlet cmdlet;
  final int count;
  final int id;
  final int instanceId;
  final int time;
  final int message;
  final int recordId;
  final int provider;
  final int logName;
  final int machineName;

  /** The header name of the time column, for messages: TimeCreated or TimeGenerated. */
  final String timeName;

  /** The header name of the record id column, for messages: RecordId or Index. */
  final String recordIdName;

  /** The log every event of a Get-EventLog file is in, from its "#TYPE" line, or null. */
  final String typeLog;

  private PowerShellColumns(Cmdlet cmdlet, Map<String, Integer> index, int count, String typeLog) {
    this.cmdlet = cmdlet;
    this.count = count;
    this.typeLog = typeLog;
    this.message = index.getOrDefault("message", -1);
    this.machineName = index.getOrDefault("machinename", -1);
    if (cmdlet == Cmdlet.GET_WINEVENT) {
      id = index.getOrDefault("id", -1);
      instanceId = -1;
      time = index.getOrDefault("timecreated", -1);
      recordId = index.getOrDefault("recordid", -1);
      provider = index.getOrDefault("providername", -1);
      logName = index.getOrDefault("logname", -1);
      timeName = "TimeCreated";
      recordIdName = "RecordId";
    } else {
      id = index.getOrDefault("eventid", -1);
      instanceId = index.getOrDefault("instanceid", -1);
      time = index.getOrDefault("timegenerated", -1);
      recordId = index.getOrDefault("index", -1);
      provider = index.getOrDefault("source", -1);
      logName = -1;
      timeName = "TimeGenerated";
      recordIdName = "Index";
    }
  }

  /**
   * Maps a header, telling Get-EventLog's objects from Get-WinEvent's by the "#TYPE" line or, when
   * there is none (-NoTypeInformation, or a Select-Object subset), by the column names.
   *
   * @param typeLine the "#TYPE" line, or null
   * @throws ReadException when a column kmslog needs is missing
   */
  static PowerShellColumns of(Path file, List<String> header, String typeLine)
      throws ReadException {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    boolean entries;
    if (typeLine != null && typeLine.contains(ENTRY_TYPE)) {
      entries = true;
    } else if (typeLine != null && typeLine.contains(RECORD_TYPE)) {
      entries = false;
    } else {
      entries =
          !index.containsKey("timecreated")
              && !index.containsKey("id")
              && (index.containsKey("timegenerated")
                  || index.containsKey("eventid")
                  || index.containsKey("instanceid"));
    }
    if (!entries) {
      requireColumns(file, index);
      return new PowerShellColumns(Cmdlet.GET_WINEVENT, index, header.size(), null);
    }
    List<String> missing = new ArrayList<>();
    if (!index.containsKey("eventid") && !index.containsKey("instanceid")) {
      missing.add("EventID (or InstanceId)");
    }
    missing.addAll(missingOf(index, "TimeGenerated", "Message"));
    if (!missing.isEmpty()) {
      throw missingColumns(
          file,
          missing,
          "PowerShell Get-EventLog CSV",
          "EventID (or InstanceId), TimeGenerated and Message (with MachineName, Index and the"
              + " #TYPE line that names the log, events already imported from XML are"
              + " recognised)");
    }
    return new PowerShellColumns(Cmdlet.GET_EVENTLOG, index, header.size(), logOf(typeLine));
  }

  /**
   * The LOG of Windows PowerShell's "#TYPE System.Diagnostics.EventLogEntry#LOG/SOURCE/ID" line,
   * written for the first object but true of all: Get-EventLog reads one log. Null without it.
   */
  static String logOf(String typeLine) {
    if (typeLine == null) {
      return null;
    }
    int at = typeLine.indexOf(ENTRY_TYPE + "#");
    if (at < 0) {
      return null;
    }
    String rest = typeLine.substring(at + ENTRY_TYPE.length() + 1);
    int slash = rest.indexOf('/');
    String log = (slash < 0 ? rest : rest.substring(0, slash)).strip();
    return log.isEmpty() ? null : log;
  }

  /** The column names of these that the header lacks (names compared without case). */
  private static List<String> missingOf(Map<String, Integer> index, String... names) {
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!index.containsKey(name.toLowerCase(Locale.ROOT))) {
        missing.add(name);
      }
    }
    return missing;
  }

  private static void requireColumns(Path file, Map<String, Integer> index) throws ReadException {
    List<String> missing = missingOf(index, "Id", "TimeCreated", "Message");
    if (!missing.isEmpty()) {
      throw missingColumns(
          file,
          missing,
          PowerShellCsvReader.FORMAT,
          "Id, TimeCreated and Message (with MachineName, RecordId and LogName, events already"
              + " imported from XML are recognised)");
    }
  }

  private static ReadException missingColumns(
      Path file, List<String> missing, String what, String needed) {
    return ReadException.fileError(
        file,
        "line 1",
        what
            + " without the column"
            + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing)
            + "; export at least "
            + needed);
  }
}
