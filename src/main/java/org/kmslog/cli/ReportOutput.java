package org.kmslog.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.kmslog.analyze.AnalysisRun;
import org.kmslog.ingest.IoProblem;
import org.kmslog.report.ClientsCsv;
import org.kmslog.report.CsvReport;
import org.kmslog.report.ReportFile;
import org.kmslog.report.ReportFormat;

/** Renders reports of an analysis and writes them to files, each replaced in one step. */
final class ReportOutput {
  private final String command;
  private final char csvDelimiter;

  /**
   * @param command the command that writes, for messages
   * @param csvDelimiter the CSV report's field delimiter
   */
  ReportOutput(String command, char csvDelimiter) {
    this.command = command;
    this.csvDelimiter = csvDelimiter;
  }

  /** Renders one report. */
  void render(ReportFormat format, AnalysisRun run, Appendable out) throws IOException {
    if (format == ReportFormat.CSV) {
      CsvReport.write(run, out, csvDelimiter);
    } else {
      format.write(run, out);
    }
  }

  /**
   * Writes one report to a file, creating its folders, through a temporary file renamed over it.
   */
  void write(ReportFormat format, AnalysisRun run, Path file) throws CliException {
    try {
      ReportFile.write(file, writer -> render(format, run, writer));
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.BAD_INPUT, command + ": cannot write " + file + ": " + reason(e), e);
    }
  }

  /** Writes the clients table of the run as CSV to a file, as {@link #write} writes a report. */
  void writeClients(AnalysisRun run, Path file) throws CliException {
    try {
      ReportFile.write(file, writer -> ClientsCsv.write(run, writer, csvDelimiter));
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.BAD_INPUT, command + ": cannot write " + file + ": " + reason(e), e);
    }
  }

  /** Why a file could not be written, in words rather than an exception's class. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException exists) {
      // From creating the folders: one of them is a file.
      return exists.getFile() + " is a file, not a folder";
    }
    if (e instanceof NoSuchFileException missing) {
      return "cannot create " + missing.getFile();
    }
    return IoProblem.describe(e);
  }
}
