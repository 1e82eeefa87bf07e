package org.kmslog.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kmslog.kms.KmsDecoder;

/**
 * The event tables, in the order kmslog reports them: each one's name in sql/, where its statements
 * are named after it (such as count_client_request), and the event IDs it holds.
 */
public enum EventTable {
  CLIENT_REQUEST("client_request", Map.of(KmsDecoder.CLIENT_REQUEST, "client request")),
  CLIENT_RESPONSE("client_response", Map.of(KmsDecoder.CLIENT_RESPONSE, "client response")),
  HOST_REQUEST("host_request", Map.of(KmsDecoder.HOST_REQUEST, "host request")),
  DNS_PUBLISH(
      "dns_publish",
      Map.of(
          KmsDecoder.DNS_PUBLISH_FAILED, "DNS publish failed",
          KmsDecoder.DNS_PUBLISH_SUCCEEDED, "DNS publish ok"));

  private final String sqlName;
  private final TreeMap<Integer, String> kinds;

  EventTable(String sqlName, Map<Integer, String> kinds) {
    this.sqlName = sqlName;
    this.kinds = new TreeMap<>(kinds);
  }

  /** The table's name in SQL, such as client_request. */
  String sqlName() {
    return sqlName;
  }

  /** The event IDs its rows are, in order. */
  List<Integer> eventIds() {
    return List.copyOf(kinds.keySet());
  }

  /**
   * Whether its rows keep their event ID in a column of their own, as they must in a table that
   * holds several.
   */
  boolean hasEventIdColumn() {
    return kinds.size() > 1;
  }

  /** What an event of the ID is, such as "client request"; null for an ID no table holds. */
  static String kindOf(int eventId) {
    for (EventTable table : values()) {
      String kind = table.kinds.get(eventId);
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }
}
