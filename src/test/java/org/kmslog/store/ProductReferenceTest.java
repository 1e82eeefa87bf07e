package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The product reference (sql/reference/products.sql) loads into the table the clients table names
 * products from, and names the activation IDs the KMS reference quotes as it does.
 */
class ProductReferenceTest {
  /** The activation IDs ../shared/KMS-REFERENCE.md gives, with the products it says they are. */
  private static final Map<String, String> QUOTED = new LinkedHashMap<>();

  static {
    QUOTED.put("73111121-5638-40f6-bc11-f1d7b0d64300", "Windows 10/11 Enterprise");
    QUOTED.put("2de67392-b7a7-462a-b1ca-108dd189f588", "Windows 10/11 Pro");
    QUOTED.put("de32eafd-aaee-4662-9444-c1befb41bde2", "Windows Server 2019 Standard");
    QUOTED.put("34e1ae55-27f8-4950-8877-7a03be5fb181", "Windows Server 2019 Datacenter");
    QUOTED.put("9bd77860-9b31-4b7b-96ad-2564017315bf", "Windows Server 2022 Standard");
    QUOTED.put("ef6cfc9f-8c5d-44ac-9aad-de6a2ea0ae03", "Windows Server 2022 Datacenter");
    QUOTED.put("68531fb9-5511-4989-97be-d11a0f55633f", "Windows Server 2008 R2 Standard");
    QUOTED.put("ae2ee509-1b34-41c0-acb7-6d4650168915", "Windows 7 Enterprise");
    QUOTED.put("d450596f-894d-49e0-966a-fd39ed4c4c64", "Office Professional Plus 2016");
  }

  private static Connection loaded() throws Exception {
    Connection connection =
        DriverManager.getConnection("jdbc:h2:mem:products-" + UUID.randomUUID(), "sa", "");
    try (Statement statement = connection.createStatement()) {
      for (String script : new String[] {"reference/product-table.sql", "reference/products.sql"}) {
        for (String sql : SqlScript.load(script).statements()) {
          statement.execute(sql);
        }
      }
    }
    return connection;
  }

  @Test
  void theIdsTheKmsReferenceQuotesHaveItsNames() throws Exception {
    try (Connection connection = loaded();
        PreparedStatement query =
            connection.prepareStatement("SELECT product FROM product WHERE activation_id = ?")) {
      for (Map.Entry<String, String> quoted : QUOTED.entrySet()) {
        query.setObject(1, UUID.fromString(quoted.getKey()));
        try (ResultSet row = query.executeQuery()) {
          assertTrue(row.next(), quoted.getKey());
          assertEquals(quoted.getValue(), row.getString(1));
        }
      }
    }
  }

  @Test
  void everyFamilySinceWindows7AndOffice2010IsThere() throws Exception {
    try (Connection connection = loaded();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT family, COUNT(*) FROM product GROUP BY family ORDER BY family")) {
      Map<String, Long> families = new LinkedHashMap<>();
      while (rows.next()) {
        families.put(rows.getString(1), rows.getLong(2));
      }
      assertEquals(Map.of("Office", 93L, "Windows", 48L, "Windows Server", 43L), families);
    }
    try (Connection connection = loaded();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM product WHERE product LIKE 'Windows 7 %'"
                    + " OR product LIKE 'Windows 11 %' OR product LIKE 'Windows Server 2025 %'"
                    + " OR product LIKE 'Office % 2010' OR product LIKE 'Office %LTSC% 2024'"
                    + " OR product LIKE 'Office Project % 2024' OR product LIKE 'Office Visio %2024'")) {
      rows.next();
      assertTrue(rows.getLong(1) > 30, "the oldest and newest releases: " + rows.getLong(1));
    }
  }
}
