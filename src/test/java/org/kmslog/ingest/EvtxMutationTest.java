package org.kmslog.ingest;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmslog.testing.HangGuard;

/**
 * Real .evtx files with bytes flipped and ends cut off, from fixed seeds: reading each ends with
 * events and warnings or one clear {@link ReadException}, never another exception or a hang.
 */
class EvtxMutationTest {
  private static final String[] FILES = {
    "Application_no_crc32.evtx",
    "Security_short_selected.evtx",
    "new-user-security.evtx",
    "issue_38.evtx",
    "dns_log_malformed.evtx",
    "Microsoft-Windows-HelloForBusiness%4Operational.evtx",
    "post-Security.evtx",
  };

  @TempDir Path dir;

  static Stream<Arguments> mutations() {
    return IntStream.range(0, 140).mapToObj(seed -> Arguments.of(seed, FILES[seed % FILES.length]));
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("mutations")
  void endsInWarningsOrAClearError(int seed, String name) throws Exception {
    Random random = new Random(seed);
    byte[] bytes = Files.readAllBytes(EvtxEventReaderTest.fixture(name));
    int span = Math.min(bytes.length, 4096 + 2 * EvtxChunk.SIZE);
    if (seed % 4 == 3) {
      bytes = Arrays.copyOf(bytes, random.nextInt(span));
    } else {
      // Mostly inside the records, where the BinXML is; some in the file and chunk headers.
      int flips = 1 + random.nextInt(seed % 4 == 0 ? 200 : 8);
      for (int i = 0; i < flips; i++) {
        int at = random.nextInt(10) == 0 ? random.nextInt(4096 + 512) : random.nextInt(span);
        bytes[at] ^= (byte) (1 << random.nextInt(8));
      }
    }
    Path file = dir.resolve("mutated.evtx");
    Files.write(file, bytes);
    long maxCalls = bytes.length / 8 + 10;
    assertTimeoutPreemptively(
        HangGuard.LIMIT,
        () -> {
          long calls = 0;
          try (EvtxEventReader reader = EvtxEventReader.open(file, null)) {
            while (true) {
              calls++;
              assertTrue(calls <= maxCalls, "more steps than the file has records: a loop");
              try {
                if (reader.readNext() == null) {
                  break;
                }
              } catch (ReadException e) {
                if (!e.isEventOnly()) {
                  break;
                }
              }
            }
            reader.notes();
          } catch (ReadException e) {
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
          }
        },
        () -> "reading " + name + " mutated with seed " + seed);
  }
}
