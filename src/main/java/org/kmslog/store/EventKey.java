package org.kmslog.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import org.kmslog.kms.DnsPublish;
import org.kmslog.kms.EventHeader;
import org.kmslog.kms.KmsEvent;

/**
 * Computes an event's idempotency key: 16 bytes of SHA-256 over its natural key, so that the same
 * event imported from any export of its log is stored once. Not thread-safe.
 */
final class EventKey {
  static final int LENGTH = 16;

  private final MessageDigest sha256;

  EventKey() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The key: (computer, channel, record id) where the export has a record id, else (computer, event
   * id, time, tuple).
   */
  byte[] of(KmsEvent event, String channel, String tuple) {
    EventHeader header = event.header();
    String computer = header.computer().toLowerCase(Locale.ROOT);
    String natural =
        header.recordId() != null
            ? "r|" + computer + "|" + channel.toLowerCase(Locale.ROOT) + "|" + header.recordId()
            : "t|" + computer + "|" + header.eventId() + "|" + header.time() + "|" + tuple;
    byte[] digest = sha256.digest(natural.getBytes(StandardCharsets.UTF_8));
    return Arrays.copyOf(digest, LENGTH);
  }

  /** The text that stands for a DNS event's data in its key. */
  static String tupleOf(DnsPublish event) {
    return event.hresult() + "," + event.domain();
  }
}
