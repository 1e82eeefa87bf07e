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
 * Computes an event's idempotency key, so that the same event imported from any export of its log
 * is stored once. The key is 24 bytes: 8 naming the event's stream (a log on a computer), then 16
 * placing the event in it, so a log's events are neighbours in the index (inserts land at its end
 * instead of all over it). Not thread-safe.
 */
final class EventKey {
  static final int LENGTH = 24;

  private final MessageDigest sha256;
  private String lastComputer;
  private String lastChannel;
  private int lastEventId;
  private long lastPrefix;

  EventKey() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The key: the stream (computer, channel) and the record id where the export has a record id;
   * else the stream (computer, event id), the time in nanoseconds and a hash of the tuple.
   */
  byte[] of(KmsEvent event, String tuple) {
    EventHeader header = event.header();
    ByteBuffer key = ByteBuffer.allocate(LENGTH);
    if (header.recordId() != null) {
      key.putLong(stream(header.computer(), header.channel(), 0));
      key.putLong(header.recordId());
      key.putLong(0);
    } else {
      key.putLong(stream(header.computer(), null, header.eventId()));
      key.putLong(nanos(header.time()));
      key.putLong(hash(tuple));
    }
    return key.array();
  }

  /** The text that stands for a DNS event's data in its key. */
  static String tupleOf(DnsPublish event) {
    return event.hresult() + "," + event.domain();
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
      lastPrefix =
          hash(
              channel != null
                  ? "r|" + lower + "|" + channel.toLowerCase(Locale.ROOT)
                  : "t|" + lower + "|" + eventId);
    }
    return lastPrefix;
  }

  private long hash(String text) {
    return ByteBuffer.wrap(sha256.digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
  }

  private static long nanos(Instant time) {
    return time.getEpochSecond() * 1_000_000_000L + time.getNano();
  }
}
