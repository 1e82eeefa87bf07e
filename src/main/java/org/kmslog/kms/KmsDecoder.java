package org.kmslog.kms;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kmslog.ingest.RawEvent;

/** Turns raw events into typed KMS events; everything that is not a KMS event is left out. */
public final class KmsDecoder {
  /** Event IDs kmslog decodes. */
  public static final int CLIENT_REQUEST = 12288;

  public static final int CLIENT_RESPONSE = 12289;
  public static final int HOST_REQUEST = 12290;
  public static final int DNS_PUBLISH_FAILED = 12293;
  public static final int DNS_PUBLISH_SUCCEEDED = 12294;

  /**
   * Providers (and Event Viewer's short source names) that log KMS events. VSS logs 12289 and 12293
   * too, so the provider decides, not the ID alone.
   */
  private static final Set<String> KMS_PROVIDERS =
      Set.of(
          "microsoft-windows-security-spp",
          "security-spp",
          "software protection platform service",
          "microsoft-windows-security-licensing-slc",
          "security-licensing-slc",
          "kmsrequests",
          "office software protection platform service");

  private static final int MAX_NAME_LENGTH = 255;

  /**
   * Event times kmslog accepts: KMS is younger than 2000, and a time past 2099 is a clock or export
   * fault. Such a time would otherwise become the reference time of every analysis, and the store
   * and the analyzers count seconds from 1970 and 2000 in fixed widths.
   */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** The first instant after the times kmslog accepts. */
  public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private KmsDecoder() {}

  /**
   * Decodes one event.
   *
   * @return the KMS event, or empty when the event is not a KMS event
   * @throws DecodeException when it is a KMS event (by provider and ID) whose data cannot be read
   */
  public static Optional<KmsEvent> decode(RawEvent event) throws DecodeException {
    return decode(event, odd -> {});
  }

  /**
   * Decodes one event, keeping a KMS event one or two of whose optional fields (see {@link
   * TupleSpec}) hold values it cannot read: those fields are left out and named to oddFields.
   *
   * @return the KMS event, or empty when the event is not a KMS event
   * @throws DecodeException when it is a KMS event (by provider and ID) whose data cannot be read
   */
  public static Optional<KmsEvent> decode(RawEvent event, Consumer<OddField> oddFields)
      throws DecodeException {
    int id = event.eventId();
    if (id != CLIENT_REQUEST
        && id != CLIENT_RESPONSE
        && id != HOST_REQUEST
        && id != DNS_PUBLISH_FAILED
        && id != DNS_PUBLISH_SUCCEEDED) {
      return Optional.empty();
    }
    KmsEvent decoded;
    if (event.provider() == null) {
      // Exports without a provider column: only the data's shape can tell SPP from VSS.
      try {
        decoded = decodeKms(event, null);
      } catch (DecodeException e) {
        return Optional.empty();
      }
    } else if (!KMS_PROVIDERS.contains(event.provider().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    } else {
      decoded = decodeKms(event, oddFields);
    }
    requirePlausibleTime(event);
    return Optional.of(decoded);
  }

  /**
   * The client time in the Info tuple of a KMS request or response's message (12288 and 12289:
   * {@code 2010/09/29 17:52}; 12290: {@code 2010/9/29 21:46}), which is never ambiguous; null when
   * the event is not one of those, or its message has no such tuple. Its clock's base is not known
   * (the client's local time or UTC), so it tells the day, not the hour.
   *
   * @param provider the provider, or null when the export has none
   */
  public static LocalDateTime clientTimeIn(String provider, int eventId, String message) {
    TupleSpec spec =
        switch (eventId) {
          case CLIENT_REQUEST -> TupleSpec.CLIENT_REQUEST;
          case CLIENT_RESPONSE -> TupleSpec.CLIENT_RESPONSE;
          case HOST_REQUEST -> TupleSpec.HOST_REQUEST;
          default -> null;
        };
    boolean kmsProvider =
        provider != null && KMS_PROVIDERS.contains(provider.toLowerCase(Locale.ROOT));
    if (spec == null || (provider != null && !kmsProvider)) {
      return null;
    }
    List<String> values = TupleText.fromMessage(message);
    if (values.isEmpty()) {
      return null;
    }
    try {
      return spec.align(values, kmsProvider).time(spec.clientTimeField());
    } catch (DecodeException e) {
      return null;
    }
  }

  private static void requirePlausibleTime(RawEvent event) throws DecodeException {
    Instant time = event.timeCreated();
    if (time.isBefore(EARLIEST) || !time.isBefore(LATEST)) {
      throw new DecodeException(
          "event "
              + event.eventId()
              + " is dated "
              + time
              + ", outside 2000-2099: the clock of the computer that logged it, or the export, is"
              + " wrong");
    }
  }

  /**
   * Decodes an event the provider says is a KMS event, or that has no provider.
   *
   * @param oddFields hears of optional fields left out, or null to leave none out: without a
   *     provider only a tuple whose every value fits tells an SPP event from a VSS event
   */
  private static KmsEvent decodeKms(RawEvent event, Consumer<OddField> oddFields)
      throws DecodeException {
    if (event.computer() == null) {
      throw new DecodeException(
          "event " + event.eventId() + " does not name its computer; give it with --computer");
    }
    requireShort("computer name", event.computer());
    requireShort("channel", event.channel());
    requireShort("provider", event.provider());
    EventHeader header =
        new EventHeader(
            event.computer(),
            event.channel() != null ? event.channel() : defaultChannel(event.eventId()),
            event.recordId(),
            event.eventId(),
            event.provider(),
            event.timeCreated());
    return switch (event.eventId()) {
      case CLIENT_REQUEST ->
          clientRequest(header, tuple(TupleSpec.CLIENT_REQUEST, event, oddFields));
      case CLIENT_RESPONSE ->
          clientResponse(header, tuple(TupleSpec.CLIENT_RESPONSE, event, oddFields));
      case HOST_REQUEST -> hostRequest(header, tuple(TupleSpec.HOST_REQUEST, event, oddFields));
      default -> dnsPublish(header, event);
    };
  }

  /** Names longer than DNS allows are not from a real log; refuse them before they reach SQL. */
  private static void requireShort(String what, String value) throws DecodeException {
    if (value != null && value.length() > MAX_NAME_LENGTH) {
      throw new DecodeException(
          what + " is " + value.length() + " characters long; at most " + MAX_NAME_LENGTH);
    }
  }

  /** The log each KMS event is written to, for exports that leave the channel out. */
  private static String defaultChannel(int eventId) {
    return eventId == HOST_REQUEST ? "Key Management Service" : "Application";
  }

  /**
   * Finds the tuple in the data, else in the message, and checks it against the spec: a tuple whose
   * every value fits first, then (when oddFields is given) one with odd optional values left out.
   */
  private static Tuple tuple(TupleSpec spec, RawEvent event, Consumer<OddField> oddFields)
      throws DecodeException {
    List<String> fromData = TupleText.fromData(event.data());
    DecodeException dataProblem = null;
    if (!fromData.isEmpty()) {
      try {
        return spec.align(fromData);
      } catch (DecodeException e) {
        dataProblem = e;
      }
    }
    List<String> fromMessage = TupleText.fromMessage(event.message());
    DecodeException messageProblem = null;
    if (!fromMessage.isEmpty()) {
      try {
        return spec.align(fromMessage);
      } catch (DecodeException e) {
        messageProblem = e;
      }
    }
    if (oddFields != null) {
      for (List<String> values : List.of(fromData, fromMessage)) {
        Tuple kept = alignLeniently(spec, values);
        if (kept != null) {
          for (TupleSpec.OddValue odd : kept.odd()) {
            oddFields.accept(
                new OddField(
                    event.eventId(),
                    odd.field().name(),
                    odd.value(),
                    odd.field().kind().description()));
          }
          return kept;
        }
      }
    }
    if (dataProblem != null) {
      throw problem(event, "in the event data", dataProblem);
    }
    if (messageProblem != null) {
      throw problem(event, "in the message", messageProblem);
    }
    throw new DecodeException(
        "event " + event.eventId() + " has no Info tuple in its data or its message");
  }

  private static Tuple alignLeniently(TupleSpec spec, List<String> values) {
    if (values.isEmpty()) {
      return null;
    }
    try {
      return spec.align(values, true);
    } catch (DecodeException e) {
      return null;
    }
  }

  private static DecodeException problem(RawEvent event, String where, DecodeException cause) {
    return new DecodeException(
        "event " + event.eventId() + ": Info tuple " + where + ": " + cause.getMessage());
  }

  private static ClientRequest clientRequest(EventHeader header, Tuple t) {
    String target = t.text(2);
    String host = target;
    Integer port = null;
    if (target != null) {
      int colon = target.lastIndexOf(':');
      if (colon > 0 && target.indexOf(']', colon) < 0) {
        host = target.substring(0, colon);
        port = Integer.valueOf(target.substring(colon + 1));
      }
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
    }
    return new ClientRequest(
        header,
        t.hresult(0),
        t.hex(1),
        host,
        port,
        t.guid(3),
        t.time(4),
        t.integer(5),
        t.integer(6),
        t.longValue(7),
        t.guid(8),
        t.integer(9),
        t.joined());
  }

  private static ClientResponse clientResponse(EventHeader header, Tuple t) {
    return new ClientResponse(
        header,
        t.hresult(0),
        t.hex(1),
        t.bit(2),
        t.integer(4),
        t.integer(5),
        t.integer(6),
        t.time(7),
        t.joined());
  }

  private static HostRequest hostRequest(EventHeader header, Tuple t) {
    return new HostRequest(
        header,
        t.hresult(0),
        t.integer(1),
        t.text(2),
        t.guid(3),
        t.time(4),
        t.integer(5),
        t.integer(6),
        t.longValue(7),
        t.guid(8),
        t.joined());
  }

  /** 12293 holds an HRESULT and a domain, 12294 a domain; told apart by shape, not position. */
  private static DnsPublish dnsPublish(EventHeader header, RawEvent event) throws DecodeException {
    boolean succeeded = event.eventId() == DNS_PUBLISH_SUCCEEDED;
    String code = null;
    String domain = null;
    for (String value : event.data()) {
      String v = value.strip();
      if (code == null && Hresult.looksLike(v)) {
        code = v;
      } else if (domain == null && !v.isEmpty()) {
        domain = v;
      }
    }
    if (code == null) {
      code = TupleText.hresultIn(event.message());
    }
    if (domain == null) {
      domain = TupleText.domainIn(event.message());
    }
    requireShort("DNS domain", domain);
    if (!succeeded && code == null) {
      throw new DecodeException(
          "event 12293 (DNS publishing failed) has no HRESULT in its data or its message");
    }
    return new DnsPublish(header, succeeded, succeeded ? null : Hresult.parse(code), domain);
  }
}
