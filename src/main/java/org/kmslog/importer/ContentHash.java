package org.kmslog.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A file's SHA-256 for the ledger, known already or being worked out on a thread of its own while
 * the file is imported: hashing a file first, before reading it, costs a second per gigabyte in
 * which nothing else happens, and only pays when the file may have been imported before.
 */
final class ContentHash {
  private final FutureTask<String> task;

  private ContentHash(FutureTask<String> task) {
    this.task = task;
  }

  /** A hash worked out already. */
  static ContentHash known(String sha256) {
    FutureTask<String> task = new FutureTask<>(() -> sha256);
    task.run();
    return new ContentHash(task);
  }

  /** Starts hashing the file on a thread of its own. */
  static ContentHash inBackground(Path file) {
    FutureTask<String> task =
        new FutureTask<>(
            () -> {
              try {
                return Sha256.of(file);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    Thread thread = new Thread(task, "kmslog-hash " + file.getFileName());
    thread.setDaemon(true);
    thread.start();
    return new ContentHash(task);
  }

  /**
   * The hash, waiting for it if need be.
   *
   * @throws IOException when the file could not be read to the end
   */
  String await() throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while hashing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("hashing failed: " + e.getCause(), e.getCause());
    }
  }

  /** The hash, or null when the file could not be read to the end. */
  String awaitOrNull() {
    try {
      return await();
    } catch (IOException e) {
      return null;
    }
  }
}
