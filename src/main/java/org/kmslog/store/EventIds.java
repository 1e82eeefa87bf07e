package org.kmslog.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.kmslog.kms.DnsPublish;
import org.kmslog.kms.EventHeader;
import org.kmslog.kms.KmsEvent;

/**
 * Works out where each event belongs ({@link EventId}), so that the same event imported from any
 * export of its log lands on the same id and is stored once (see sql/schema/v2.sql). Not
 * thread-safe.
 */
final class EventIds {
  /** Tells the stream of a log's events with odd record ids from the log's own stream. */
  private static final long ODD_RECORDS = 0x4f44445245434f52L;

  private final MessageDigest sha256;
  private String lastComputer;
  private String lastChannel;
  private int lastEventId;
  private long lastStream;

  EventIds() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The event's place: by its stream (computer, channel) and record id where the export has a
   * record id; else by its stream (computer, event id), the second it was logged, and a hash of its
   * time and tuple.
   */
  EventId of(KmsEvent event, String tuple) {
    EventHeader header = event.header();
    if (header.recordId() != null) {
      return byRecord(stream(header.computer(), header.channel(), 0), header.recordId());
    }
    Instant time = header.time();
    long nanos = time.getEpochSecond() * 1_000_000_000L + time.getNano();
    return byTime(stream(header.computer(), null, header.eventId()), nanos, hash(tuple));
  }

  /**
   * The place of an event stored by kmslog's schema version 1, from its 24-byte event_key: 8 bytes
   * of the stream's hash, then the record id and 8 zero bytes, or the time in nanoseconds since
   * 1970 and 8 bytes of the tuple's hash. The same event imported now gets the same place.
   */
  static EventId ofVersion1Key(byte[] key, Long recordId) {
    ByteBuffer bytes = ByteBuffer.wrap(key);
    long stream = bytes.getLong();
    if (recordId != null) {
      return byRecord(stream, recordId);
    }
    return byTime(stream, bytes.getLong(), bytes.getLong());
  }

  /** The text that stands for a DNS event's data in its key. */
  static String tupleOf(DnsPublish event) {
    return event.hresult() + "," + event.domain();
  }

  private static EventId byRecord(long stream, long recordId) {
    if (recordId >= 0 && recordId <= EventId.MAX_RECORD) {
      return new EventId(stream, false, recordId, 0);
    }
    // No real log numbers its records past 2^40; a damaged export might. Blocks named by the
    // record id's hash, in a stream of their own, keep such events apart.
    return new EventId(
        EventId.derived(stream, ODD_RECORDS), true, EventId.mix(recordId) >>> 32, recordId);
  }

  private static EventId byTime(long stream, long nanos, long tupleHash) {
    long second = Math.floorDiv(nanos, 1_000_000_000L);
    if (second < 0 || second > EventId.MAX_BLOCK) {
      throw new IllegalArgumentException(
          "event time " + Instant.ofEpochSecond(second) + " out of the range ids can hold");
    }
    return new EventId(stream, true, second, EventId.mix(nanos) ^ tupleHash);
  }

  /**
   * The hashed stream: "r|computer|channel" for events with a record id (channel given), else
   * "t|computer|event id". A file holds one or a few streams, so each is hashed once, and the names
   * are compared as they come before anything is lower-cased or joined.
   */
  private long stream(String computer, String channel, int eventId) {
    if (!computer.equals(lastComputer)
        || !Objects.equals(channel, lastChannel)
        || (channel == null && eventId != lastEventId)) {
      lastComputer = computer;
      lastChannel = channel;
      lastEventId = eventId;
      String lower = computer.toLowerCase(Locale.ROOT);
      lastStream =
          hash(
              channel != null
                  ? "r|" + lower + "|" + channel.toLowerCase(Locale.ROOT)
                  : "t|" + lower + "|" + eventId);
    }
    return lastStream;
  }

  private long hash(String text) {
    return ByteBuffer.wrap(sha256.digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
  }
}
