package org.kmslog.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A print stream that prints everything to two others: the console stream, in its own encoding, and
 * a copy (the log). Text is passed on as text, not as bytes, so that each stream encodes it its own
 * way; bytes written as bytes go to both unchanged.
 */
final class TeePrintStream extends PrintStream {
  private final PrintStream primary;
  private final PrintStream copy;
  private final Object lock;

  /**
   * @param lock held while both get a piece of text, so that what two streams sharing a copy print
   *     from two threads is not mixed within a line
   */
  TeePrintStream(PrintStream primary, PrintStream copy, Object lock) {
    super(OutputStream.nullOutputStream());
    this.primary = primary;
    this.copy = copy;
    this.lock = lock;
  }

  private void text(String text) {
    synchronized (lock) {
      primary.print(text);
      copy.print(text);
    }
  }

  private void textLine(String text) {
    text(text + System.lineSeparator());
  }

  @Override
  public void write(int b) {
    synchronized (lock) {
      primary.write(b);
      copy.write(b);
    }
  }

  @Override
  public void write(byte[] buf, int off, int len) {
    synchronized (lock) {
      primary.write(buf, off, len);
      copy.write(buf, off, len);
    }
  }

  @Override
  public void write(byte[] buf) {
    write(buf, 0, buf.length);
  }

  @Override
  public void writeBytes(byte[] buf) {
    write(buf, 0, buf.length);
  }

  @Override
  public void flush() {
    synchronized (lock) {
      primary.flush();
      copy.flush();
    }
  }

  /** Flushes both; closing either is left to its owner (the console's stream is System.out). */
  @Override
  public void close() {
    flush();
  }

  /** Whether the console stream failed; the log's own failures are the log's to report. */
  @Override
  public boolean checkError() {
    return primary.checkError();
  }

  @Override
  public void print(boolean b) {
    text(String.valueOf(b));
  }

  @Override
  public void print(char c) {
    text(String.valueOf(c));
  }

  @Override
  public void print(int i) {
    text(String.valueOf(i));
  }

  @Override
  public void print(long l) {
    text(String.valueOf(l));
  }

  @Override
  public void print(float f) {
    text(String.valueOf(f));
  }

  @Override
  public void print(double d) {
    text(String.valueOf(d));
  }

  @Override
  public void print(char[] s) {
    text(new String(s));
  }

  @Override
  public void print(String s) {
    text(String.valueOf(s));
  }

  @Override
  public void print(Object obj) {
    text(String.valueOf(obj));
  }

  @Override
  public void println() {
    text(System.lineSeparator());
  }

  @Override
  public void println(boolean x) {
    textLine(String.valueOf(x));
  }

  @Override
  public void println(char x) {
    textLine(String.valueOf(x));
  }

  @Override
  public void println(int x) {
    textLine(String.valueOf(x));
  }

  @Override
  public void println(long x) {
    textLine(String.valueOf(x));
  }

  @Override
  public void println(float x) {
    textLine(String.valueOf(x));
  }

  @Override
  public void println(double x) {
    textLine(String.valueOf(x));
  }

  @Override
  public void println(char[] x) {
    textLine(new String(x));
  }

  @Override
  public void println(String x) {
    textLine(String.valueOf(x));
  }

  @Override
  public void println(Object x) {
    textLine(String.valueOf(x));
  }

  @Override
  public PrintStream printf(String format, Object... args) {
    return format(format, args);
  }

  @Override
  public PrintStream printf(Locale l, String format, Object... args) {
    return format(l, format, args);
  }

  @Override
  public PrintStream format(String format, Object... args) {
    // As PrintStream.format does: in the default locale for formatting.
    return format(Locale.getDefault(Locale.Category.FORMAT), format, args);
  }

  @Override
  public PrintStream format(Locale l, String format, Object... args) {
    text(String.format(l, format, args));
    return this;
  }

  @Override
  public PrintStream append(CharSequence csq) {
    text(String.valueOf(csq));
    return this;
  }

  @Override
  public PrintStream append(CharSequence csq, int start, int end) {
    text((csq == null ? "null" : csq).subSequence(start, end).toString());
    return this;
  }

  @Override
  public PrintStream append(char c) {
    text(String.valueOf(c));
    return this;
  }
}
