package org.kmslog.analyze;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two H2 idioms of the analyzer fixtures (src/test/resources/analyzers) put into SQL that
 * PostgreSQL runs too, so the same fixtures test the analyzers on both stores: session variables
 * ({@code SET @pc01_app = 3 * 1099511627776;}, then {@code @pc01_app + 1}) become the values they
 * hold, and a stream's hash ({@code CAST(SUBSTRING(HASH('SHA-256', 'text'), 1, 8) AS BIGINT)}) its
 * number, computed here as H2 computes it.
 */
final class FixtureDialect {
  private static final Pattern SET = Pattern.compile("(?s)^SET (@\\w+) = (.+)$");
  private static final Pattern HASH =
      Pattern.compile("CAST\\(SUBSTRING\\(HASH\\('SHA-256', '([^']*)'\\), 1, 8\\) AS BIGINT\\)");

  private final Map<String, String> variables = new LinkedHashMap<>();

  /** The statement as PostgreSQL runs it, or null for a SET, whose value this keeps. */
  String translate(String sql, Connection connection) throws SQLException {
    String text = withVariables(withHashes(sql));
    Matcher set = SET.matcher(text.strip());
    if (!set.matches()) {
      return text;
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT " + set.group(2))) {
      row.next();
      variables.put(set.group(1), row.getString(1));
    }
    return null;
  }

  private String withVariables(String sql) {
    String text = sql;
    // Longest names first, so @pc01_app never eats the start of @pc01_app2.
    for (String name :
        variables.keySet().stream()
            .sorted(Comparator.comparing(String::length).reversed())
            .toList()) {
      text = text.replace(name, "(" + variables.get(name) + ")");
    }
    return text;
  }

  private static String withHashes(String sql) {
    Matcher hash = HASH.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (hash.find()) {
      hash.appendReplacement(out, Long.toString(streamHash(hash.group(1))));
    }
    return hash.appendTail(out).toString();
  }

  /** The first 8 bytes of the SHA-256 of the text's UTF-8, as a signed 64-bit number. */
  private static long streamHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest, 0, 8).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
