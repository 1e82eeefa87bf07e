package org.kmslog.sample;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Adds the non-KMS events that share the Application log (and one System event): VSS events whose
 * ids collide with KMS ids, unrelated SPP events, and Service Control Manager 7036.
 */
final class NoiseEvents {
  private static final String VSS_PROVIDER = "{b5946137-7b9f-4925-af80-51abd60b20d5}";
  private static final String SPPSVC_BINARY = "7300700070007300760063002F0034000000";

  private static final String SERVICE_OBJECTS =
      "C:\\Windows\\system32\\sppwinob.dll, msft:spp/windowsfunctionality/agent/7.0,"
          + " 0x00000000, 0x00000000\r\n"
          + "C:\\Windows\\system32\\sppwinob.dll, msft:spp/ActionScheduler/1.0,"
          + " 0x00000000, 0x00000000\r\n";
  private static final int VSS_UNEXPECTED = -12289;
  private static final int VSS_PROVIDER_ERROR = -12293;

  /** Noise kinds in order, weighted by repetition; negative ids stand for the VSS events. */
  private static final int[] ROTATION = {
    16384,
    1003,
    8224,
    903,
    VSS_UNEXPECTED,
    16384,
    1066,
    903,
    8224,
    16394,
    16384,
    1003,
    8224,
    903,
    VSS_PROVIDER_ERROR,
    16384,
    1066,
    1003,
    8224,
    VSS_UNEXPECTED
  };

  private final double probability;
  private final Set<String> systemLogComputers;
  private int rotation;

  /**
   * Creates the noise source.
   *
   * @param probability the chance that a KMS event in an Application log is followed by noise
   * @param systemLogComputers machines whose System log is exported, which also get SCM events
   */
  NoiseEvents(double probability, Set<String> systemLogComputers) {
    this.probability = probability;
    this.systemLogComputers = Set.copyOf(systemLogComputers);
  }

  /** With the configured probability, logs one unrelated event a little after the given one. */
  void maybeFollow(LogEvent kmsEvent, EventBuffer out, SplittableRandom r) {
    String computer = kmsEvent.computer();
    if (systemLogComputers.contains(computer) && r.nextInt(100) < 40) {
      // The SPP service starts for the request and stops when idle: 7036 in the System log.
      Instant t = kmsEvent.time().plusNanos(r.nextLong(300_000_000L, 900_000_000L) * 100);
      List<String> data = List.of("Software Protection", r.nextBoolean() ? "running" : "stopped");
      out.add(t, computer, Channel.SYSTEM, Provider.SCM, 7036, 4, data, SPPSVC_BINARY);
    }
    if (r.nextDouble() >= probability) {
      return;
    }
    Instant t = kmsEvent.time().plusNanos(r.nextLong(50_000_000L, 6_000_000_000L) * 100);
    Channel app = Channel.APPLICATION;
    // A fixed rotation rather than a random pick, so that even a small estate has every kind.
    switch (ROTATION[rotation++ % ROTATION.length]) {
      case 16384 -> {
        String restart = new SystemTimeStyle(0, false).format(t.plusSeconds(r.nextLong(60, 86400)));
        List<String> data = List.of(restart, r.nextInt(4) == 0 ? "TBL" : "RulesEngine");
        out.add(t, computer, app, Provider.SPP, 16384, 4, data, null);
      }
      case 1003 -> out.add(t, computer, app, Provider.SPP, 1003, 4, licensingStatus(r), null);
      case 903 -> out.add(t, computer, app, Provider.SPP, 903, 4, List.of(), null);
      case 1066 -> out.add(t, computer, app, Provider.SPP, 1066, 4, List.of(SERVICE_OBJECTS), null);
      case 16394 -> out.add(t, computer, app, Provider.SPP, 16394, 4, List.of(), null);
      case 8224 -> out.add(t, computer, app, Provider.VSS, 8224, 4, List.of(), vssBinary(r));
      case VSS_UNEXPECTED ->
          out.add(t, computer, app, Provider.VSS, 12289, 2, vssUnexpectedError(r), vssBinary(r));
      default ->
          out.add(t, computer, app, Provider.VSS, 12293, 2, vssProviderError(r), vssBinary(r));
    }
  }

  private static List<String> licensingStatus(SplittableRandom r) {
    String status =
        "1: 73111121-5638-40f6-bc11-f1d7b0d64300, 1, 1 [(0 [0x00000000, 1, 0], [( 1 0x00000000 "
            + r.nextInt(240000, 259200)
            + " )( 2 0x00000000 )( 3 0x00000000 )( 9 0x00000000 )( 10 00000000 )(?)"
            + "( 11 0x00000000 0x00000000 )(?)( 12 )])(1 )(2 )(3 [0x00000000, 0, 0])]";
    return List.of("55c92734-d682-4d71-983e-d6ec3f16059f", status);
  }

  private static List<String> vssUnexpectedError(SplittableRandom r) {
    String call =
        String.format(
            Locale.ROOT,
            "DeviceIoControl(\\\\?\\Volume{%s}\\ - 0000000000000%03X,0x0053c008,"
                + "0000000000000000,0,0000021C9A6F2E10,4096,[0])",
            RandomIds.uuid(r),
            r.nextInt(0x100, 0x400));
    return List.of(
        call,
        "0x80070001, Incorrect function.\r\n",
        "\r\n\r\nOperation:\r\n   Processing EndPrepareSnapshots\r\n\r\n"
            + "Context:\r\n   Execution Context: System Provider");
  }

  private static List<String> vssProviderError(SplittableRandom r) {
    String routine =
        "Cannot ask provider "
            + VSS_PROVIDER
            + " if volume is supported. [0x8004230f] [hr = 0x8004230f, The shadow copy provider"
            + " had an unexpected error while trying to process the specified operation.\r\n]";
    String context =
        "\r\n\r\nOperation:\r\n   Check If Volume Is Supported by Provider\r\n\r\nContext:\r\n"
            + "   Execution Context: Coordinator\r\n   Provider ID: "
            + VSS_PROVIDER
            + "\r\n   Volume Name: \\\\?\\Volume{"
            + RandomIds.uuid(r)
            + "}\\ [R&D <archive>]";
    return List.of(VSS_PROVIDER, routine, context);
  }

  private static String vssBinary(SplittableRandom r) {
    String text =
        String.format(
            Locale.ROOT,
            "- Code: SNAPSHOTC00000372- Call: SNAPSHOTC00000248- PID:  %08d- TID:  %08d"
                + "- CMD:  C:\\Windows\\system32\\vssvc.exe   - User: Name: NT AUTHORITY\\SYSTEM,"
                + " SID:S-1-5-18",
            r.nextInt(1000, 20000),
            r.nextInt(1000, 20000));
    StringBuilder hex = new StringBuilder(text.length() * 2);
    for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
      hex.append(String.format(Locale.ROOT, "%02X", b));
    }
    return hex.toString();
  }
}
