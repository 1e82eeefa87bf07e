package org.kmslog.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.kmslog.kms.MachineKey;

/**
 * The machine names one file's import has seen, for machine_name: each name's machine key, and the
 * name kept for each key (the longest, or the alphabetically first of equally long ones, so the
 * name shown does not depend on the order files were imported in).
 */
final class MachineNames {
  /** How many distinct machine names a file's import remembers the keys of. */
  private static final int MAX_REMEMBERED_NAMES = 10_000;

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();

  /**
   * The machine key of a name, which also notes the name. The same few names come with every event
   * of a file, so each name's key is worked out once (up to a bound, for files naming millions of
   * machines).
   */
  String key(String name) {
    if (name == null) {
      return null;
    }
    String key = keys.get(name);
    if (key == null && !keys.containsKey(name)) {
      key = MachineKey.of(name);
      if (keys.size() >= MAX_REMEMBERED_NAMES) {
        keys.clear();
      }
      keys.put(name, key);
      if (key != null) {
        names.merge(key, name.strip(), MachineNames::preferred);
      }
    }
    return key;
  }

  /** Writes the names noted into machine_name (in the caller's transaction). */
  void merge(Database database) throws SQLException {
    PreparedStatement merge = database.prepared().get("merge_machine_name");
    for (Map.Entry<String, String> name : names.entrySet()) {
      merge.setString(1, name.getKey());
      merge.setString(2, SqlValues.truncate(name.getValue(), 255));
      merge.addBatch();
    }
    merge.executeBatch();
  }

  /** The longer of two names, or the alphabetically first of two equally long ones. */
  private static String preferred(String a, String b) {
    if (a.length() != b.length()) {
      return a.length() > b.length() ? a : b;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }
}
