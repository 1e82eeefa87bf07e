package org.kmslog.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the SQL scripts shipped from the top-level sql/ folder: statements end with a semicolon at
 * the end of a line, "--" lines are comments, and "-- name: x" names the statement after it.
 */
public final class SqlScript {
  private static final String NAME_MARK = "-- name:";

  private final Map<String, String> named;
  private final List<String> statements;

  private SqlScript(List<String> statements, Map<String, String> named) {
    this.statements = List.copyOf(statements);
    this.named = Map.copyOf(named);
  }

  /** True when the jar holds a script at this path below sql/ (such as "schema/v2.sql"). */
  public static boolean exists(String path) {
    return SqlScript.class.getResource(resource(path)) != null;
  }

  /**
   * Loads a script below sql/ for a dialect: for PostgreSQL, the named statements of its variant
   * NAME.pg.sql, when there is one, take the place of the statements of the same name, and a
   * variant without names takes the place of the whole script.
   */
  public static SqlScript load(String path, Dialect dialect) {
    SqlScript script = load(path);
    String variant = dialect.variant(path);
    if (variant.equals(path) || !exists(variant)) {
      return script;
    }
    SqlScript replacing = load(variant);
    if (replacing.named.isEmpty()) {
      return replacing;
    }
    Map<String, String> named = new LinkedHashMap<>(script.named);
    for (Map.Entry<String, String> statement : replacing.named.entrySet()) {
      if (named.put(statement.getKey(), statement.getValue()) == null) {
        throw new IllegalStateException(
            "SQL script " + resource(variant) + " names " + statement.getKey() + ", unknown");
      }
    }
    List<String> statements = new ArrayList<>();
    for (String statement : script.statements) {
      String name = script.nameOf(statement);
      statements.add(name == null ? statement : named.get(name));
    }
    return new SqlScript(statements, named);
  }

  private String nameOf(String statement) {
    for (Map.Entry<String, String> entry : named.entrySet()) {
      if (entry.getValue().equals(statement)) {
        return entry.getKey();
      }
    }
    return null;
  }

  /** Loads a script below sql/ (such as "schema/v1.sql"); a missing script is a packaging bug. */
  public static SqlScript load(String path) {
    try (InputStream in = SqlScript.class.getResourceAsStream(resource(path))) {
      if (in == null) {
        throw new IllegalStateException("SQL script " + resource(path) + " is not in the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SQL script " + resource(path), e);
    }
  }

  /** The lines of a list file below sql/ (such as "analyzers/ANALYZERS"), without # comments. */
  public static List<String> lines(String path) {
    try (InputStream in = SqlScript.class.getResourceAsStream(resource(path))) {
      if (in == null) {
        throw new IllegalStateException("list " + resource(path) + " is not in the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource(path), e);
    }
  }

  /** Splits script text into statements. */
  static SqlScript parse(String text) {
    List<String> statements = new ArrayList<>();
    Map<String, String> named = new LinkedHashMap<>();
    StringBuilder current = new StringBuilder();
    String name = null;
    try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String trimmed = line.strip();
        if (trimmed.startsWith(NAME_MARK)) {
          name = trimmed.substring(NAME_MARK.length()).strip();
          continue;
        }
        if (trimmed.isEmpty() || trimmed.startsWith("--")) {
          continue;
        }
        current.append(current.length() == 0 ? "" : "\n").append(line.stripTrailing());
        if (trimmed.endsWith(";")) {
          String statement = current.substring(0, current.length() - 1).strip();
          statements.add(statement);
          if (name != null) {
            named.put(name, statement);
            name = null;
          }
          current.setLength(0);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (current.length() > 0) {
      throw new IllegalStateException("SQL script ends without a semicolon: " + current);
    }
    return new SqlScript(statements, named);
  }

  /** All statements in order. */
  public List<String> statements() {
    return statements;
  }

  /** The statement with this name; a missing name is a programming error. */
  public String get(String statementName) {
    String statement = named.get(statementName);
    if (statement == null) {
      throw new IllegalArgumentException("no SQL statement named " + statementName);
    }
    return statement;
  }

  private static String resource(String path) {
    return "/sql/" + path;
  }
}
