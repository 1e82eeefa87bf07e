package org.kmslog.sample;

import java.time.LocalDateTime;

/** The display culture of an export: labels, level names and local date format. */
enum Culture {
  EN_US("en-US", "Information", "Warning", "Error", "None", "Classic"),
  DE_DE("de-DE", "Informationen", "Warnung", "Fehler", "Keine", "Klassisch");

  private final String tag;
  private final String information;
  private final String warning;
  private final String error;
  private final String noTask;
  private final String classic;

  Culture(
      String tag, String information, String warning, String error, String noTask, String classic) {
    this.tag = tag;
    this.information = information;
    this.warning = warning;
    this.error = error;
    this.noTask = noTask;
    this.classic = classic;
  }

  /** The culture name as RenderingInfo's {@code Culture} attribute shows it. */
  String tag() {
    return tag;
  }

  /** The display name of an event level. */
  String levelName(int level) {
    return switch (level) {
      case 2 -> error;
      case 3 -> warning;
      default -> information;
    };
  }

  /** The task category Event Viewer shows for classic events without a task. */
  String noTask() {
    return noTask;
  }

  /** The display name of the classic-event keyword. */
  String classicKeyword() {
    return classic;
  }

  /** The channel's display name. */
  String channelName(Channel channel) {
    return this == DE_DE ? channel.germanName() : channel.logName();
  }

  /**
   * Formats a local time the way Windows prints it in this culture.
   *
   * <p>Built by hand rather than with a localized formatter so that the output does not depend on
   * the JDK's locale data (CLDR versions differ in AM/PM spacing).
   */
  String localTime(LocalDateTime t) {
    StringBuilder b = new StringBuilder(24);
    if (this == DE_DE) {
      Digits.pad(b, t.getDayOfMonth(), 2).append('.');
      Digits.pad(b, t.getMonthValue(), 2).append('.');
      Digits.pad(b, t.getYear(), 4).append(' ');
      Digits.pad(b, t.getHour(), 2).append(':');
    } else {
      int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
      b.append(t.getMonthValue()).append('/').append(t.getDayOfMonth()).append('/');
      Digits.pad(b, t.getYear(), 4).append(' ').append(hour12).append(':');
    }
    Digits.pad(b, t.getMinute(), 2).append(':');
    Digits.pad(b, t.getSecond(), 2);
    return this == DE_DE ? b.toString() : b.append(t.getHour() < 12 ? " AM" : " PM").toString();
  }
}
