package org.kmslog.sample;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A property of {@code EventLogRecord} as {@code Export-Csv} writes it. */
enum PowerShellColumn {
  MESSAGE("Message"),
  ID("Id"),
  VERSION("Version"),
  QUALIFIERS("Qualifiers"),
  LEVEL("Level"),
  TASK("Task"),
  OPCODE("Opcode"),
  KEYWORDS("Keywords"),
  RECORD_ID("RecordId"),
  PROVIDER_NAME("ProviderName"),
  PROVIDER_ID("ProviderId"),
  LOG_NAME("LogName"),
  PROCESS_ID("ProcessId"),
  THREAD_ID("ThreadId"),
  MACHINE_NAME("MachineName"),
  USER_ID("UserId"),
  TIME_CREATED("TimeCreated"),
  ACTIVITY_ID("ActivityId"),
  RELATED_ACTIVITY_ID("RelatedActivityId"),
  CONTAINER_LOG("ContainerLog"),
  MATCHED_QUERY_IDS("MatchedQueryIds"),
  BOOKMARK("Bookmark"),
  LEVEL_DISPLAY_NAME("LevelDisplayName"),
  OPCODE_DISPLAY_NAME("OpcodeDisplayName"),
  TASK_DISPLAY_NAME("TaskDisplayName"),
  KEYWORDS_DISPLAY_NAMES("KeywordsDisplayNames"),
  PROPERTIES("Properties");

  /** The columns of {@code Select-Object Id,TimeCreated,Message,MachineName,RecordId,LogName}. */
  static final List<PowerShellColumn> SUBSET =
      List.of(ID, TIME_CREATED, MESSAGE, MACHINE_NAME, RECORD_ID, LOG_NAME);

  private final String header;

  PowerShellColumn(String header) {
    this.header = header;
  }

  String header() {
    return header;
  }

  /** The column's value for one event, before CSV quoting. */
  String value(LogEvent e, Culture culture, ZoneId zone) {
    return switch (this) {
      case MESSAGE -> MessageCatalog.message(e, culture);
      case ID -> Integer.toString(e.eventId());
      case VERSION, TASK, OPCODE -> "0";
      case QUALIFIERS -> Integer.toString(e.provider().qualifiers());
      case LEVEL -> Integer.toString(e.level());
      case KEYWORDS -> Long.toString(e.provider().keywords());
      case RECORD_ID -> Long.toString(e.recordId());
      case PROVIDER_NAME -> e.provider().providerName();
      case PROVIDER_ID -> e.provider().dotNetGuid();
      case LOG_NAME, CONTAINER_LOG -> e.channel().logName();
      case PROCESS_ID -> Integer.toString(e.provider().processId());
      case THREAD_ID -> Integer.toString(e.provider().threadId());
      case MACHINE_NAME -> e.computer();
      case USER_ID, ACTIVITY_ID, RELATED_ACTIVITY_ID -> "";
      case TIME_CREATED -> culture.localTime(LocalDateTime.ofInstant(e.time(), zone));
      case MATCHED_QUERY_IDS -> "System.UInt32[]";
      case BOOKMARK -> "System.Diagnostics.Eventing.Reader.EventBookmark";
      case LEVEL_DISPLAY_NAME -> culture.levelName(e.level());
      case OPCODE_DISPLAY_NAME -> "Info";
      case TASK_DISPLAY_NAME -> culture.noTask();
      case KEYWORDS_DISPLAY_NAMES ->
          "System.Collections.ObjectModel.ReadOnlyCollection`1[System.String]";
      case PROPERTIES ->
          "System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]";
    };
  }
}
