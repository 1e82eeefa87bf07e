package org.kmslog.store;

import java.time.Instant;

/**
 * What the ledger keeps about a file before its events are read.
 *
 * @param path the path as given or found
 * @param sha256 hex SHA-256 of the content, or null while it is being worked out (it is given when
 *     the import ends)
 * @param sizeBytes its size
 * @param format the detected format, or null when it could not be told
 * @param encoding the detected encoding, or null
 * @param timeZone the zone local times are read in, or null when the format has UTC times
 * @param startedAt when the import began (wall clock)
 * @param readOptions the options it was read with (zone, computer, date order), in words: a file
 *     that failed is read again when they change, since they may be what it failed for
 * @param modifiedAt its last-modified time, read before its content (the ledger keeps it to the
 *     microsecond); null when not known
 * @param checkedAt when its size and last-modified time were read (the file system's clock, not the
 *     import's), or null when not known
 */
public record FileInfo(
    String path,
    String sha256,
    long sizeBytes,
    String format,
    String encoding,
    String timeZone,
    Instant startedAt,
    String readOptions,
    Instant modifiedAt,
    Instant checkedAt) {

  /** The same with the hash known (or still null). */
  public FileInfo withSha256(String hash) {
    return new FileInfo(
        path,
        hash,
        sizeBytes,
        format,
        encoding,
        timeZone,
        startedAt,
        readOptions,
        modifiedAt,
        checkedAt);
  }

  /** The same as read in this format and encoding, local times in this zone (or null). */
  public FileInfo readAs(String format, String encoding, String timeZone) {
    return new FileInfo(
        path,
        sha256,
        sizeBytes,
        format,
        encoding,
        timeZone,
        startedAt,
        readOptions,
        modifiedAt,
        checkedAt);
  }
}
