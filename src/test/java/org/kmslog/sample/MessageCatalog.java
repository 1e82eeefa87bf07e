package org.kmslog.sample;

import java.util.List;

/** Renders the localized message text of a generated event, as Event Viewer would show it. */
final class MessageCatalog {
  private static final String CRLF = "\r\n";

  private MessageCatalog() {}

  /** The event's message in the given culture. */
  static String message(LogEvent e, Culture culture) {
    boolean de = culture == Culture.DE_DE;
    return switch (e.provider()) {
      case SPP -> sppMessage(e, de);
      case VSS -> vssMessage(e, de);
      case SCM -> scmMessage(e.data(), de);
    };
  }

  private static String sppMessage(LogEvent e, boolean de) {
    List<String> d = e.data();
    return switch (e.eventId()) {
      case 12288, 12289, 12290 ->
          kmsHeadline(e.eventId(), de) + CRLF + infoLabel(e.eventId(), de) + CRLF + e.joinedTuple();
      case 12293 ->
          (de
                  ? "Fehler beim Veröffentlichen des Schlüsselverwaltungsdiensts (KMS) im DNS in der"
                      + " Domäne '"
                      + d.get(1)
                      + "'."
                  : "Publishing the Key Management Service (KMS) to DNS in the '"
                      + d.get(1)
                      + "' domain failed.")
              + CRLF
              + "Info:"
              + CRLF
              + d.get(0);
      case 12294 ->
          de
              ? "Der Schlüsselverwaltungsdienst (KMS) wurde erfolgreich im DNS in der Domäne '"
                  + d.get(0)
                  + "' veröffentlicht."
              : "Publishing the Key Management Service (KMS) to DNS in the '"
                  + d.get(0)
                  + "' domain is successful.";
      default -> sppNoiseMessage(e.eventId(), d, de);
    };
  }

  private static String kmsHeadline(int id, boolean de) {
    return switch (id) {
      case 12288 ->
          de
              ? "Der Client hat eine Aktivierungsanforderung an den"
                  + " Schlüsselverwaltungsdienst-Computer gesendet."
              : "The client has sent an activation request to the key management service machine.";
      case 12289 ->
          de
              ? "Der Client hat eine Aktivierungsantwort vom Schlüsselverwaltungsdienst-Computer"
                  + " verarbeitet."
              : "The client has processed an activation response from the key management service"
                  + " machine.";
      default ->
          de
              ? "Eine Aktivierungsanforderung wurde verarbeitet."
              : "An activation request has been processed.";
    };
  }

  /**
   * The label above the tuple. Whether Windows translates it is unknown (KMS-REFERENCE), so the
   * German 12288 translates it and the other events keep "Info:".
   */
  private static String infoLabel(int id, boolean de) {
    return de && id == 12288 ? "Informationen:" : "Info:";
  }

  private static String sppNoiseMessage(int id, List<String> d, boolean de) {
    return switch (id) {
      case 16384 ->
          de
              ? "Der Neustart des Softwareschutzdiensts wurde erfolgreich für "
                  + d.get(0)
                  + " geplant. Grund: "
                  + d.get(1)
                  + "."
              : "Successfully scheduled Software Protection service for re-start at "
                  + d.get(0)
                  + ". Reason: "
                  + d.get(1)
                  + ".";
      case 16394 ->
          de
              ? "Die Offlinemigration auf niedrigere Ebene war erfolgreich."
              : "Offline downlevel migration succeeded.";
      case 1003 ->
          (de
                  ? "Der Softwareschutzdienst hat die Überprüfung des Lizenzierungsstatus"
                      + " abgeschlossen."
                      + CRLF
                      + "Anwendungs-ID="
                  : "The Software Protection service has completed licensing status check."
                      + CRLF
                      + "Application Id=")
              + d.get(0)
              + CRLF
              + (de ? "Lizenzierungsstatus=" : "Licensing Status=")
              + CRLF
              + d.get(1)
              + CRLF;
      case 1066 ->
          (de
                  ? "Initialisierungsstatus für Dienstobjekte."
                  : "Initialization status for service objects.")
              + CRLF
              + d.get(0);
      case 903 ->
          (de
                  ? "Der Softwareschutzdienst wurde beendet."
                  : "The Software Protection service has stopped.")
              + CRLF;
      default -> throw new IllegalArgumentException("no message for SPP event " + id);
    };
  }

  private static String vssMessage(LogEvent e, boolean de) {
    List<String> d = e.data();
    String prefix =
        de ? "Volumeschattenkopie-Dienstfehler: " : "Volume Shadow Copy Service error: ";
    return switch (e.eventId()) {
      case 8224 ->
          de
              ? "Der VSS-Dienst wird aufgrund eines Leerlauftimeouts heruntergefahren. "
              : "The VSS service is shutting down due to idle timeout. ";
      case 12289 ->
          prefix
              + (de ? "Unerwarteter Fehler " : "Unexpected error ")
              + d.get(0)
              + ".  hr = "
              + d.get(1)
              + "."
              + d.get(2);
      case 12293 ->
          prefix
              + (de
                  ? "Fehler beim Aufrufen einer Routine für einen Schattenkopieanbieter "
                  : "Error calling a routine on a Shadow Copy Provider ")
              + d.get(0)
              + (de ? ". Routinedetails " : ". Routine details ")
              + d.get(1)
              + "."
              + d.get(2);
      default -> throw new IllegalArgumentException("no message for VSS event " + e.eventId());
    };
  }

  private static String scmMessage(List<String> d, boolean de) {
    if (de) {
      String state = "running".equals(d.get(1)) ? "Wird ausgeführt" : "Beendet";
      return "Der Dienst \"" + d.get(0) + "\" befindet sich jetzt im Status \"" + state + "\".";
    }
    return "The " + d.get(0) + " service entered the " + d.get(1) + " state.";
  }
}
