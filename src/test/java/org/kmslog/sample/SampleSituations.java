package org.kmslog.sample;

import java.util.List;
import java.util.Map;

/** The situations the sample estate contains, as README bullets naming machines and files. */
final class SampleSituations {
  private SampleSituations() {}

  static List<String> describe(Map<String, ClientProfile> clients) {
    return List.of(
        "**Healthy host** KMS01 (count >= 25): about 33 client-OS machines (N=25), 4 Windows"
            + " Server 2022 machines and Office 2016 on PC-1003, PC-1011, PC-1019 and PC-FIN03"
            + " (N=5). Clients renew every 7 days; new machines (PC-1021..PC-1026, the clones,"
            + " PC-FW09, PC-BRANCH-NEW) first ask in OOB grace (license state 2). Only"
            + " `KMS01_Key-Management-Service.xml` shows the 30 generic PCs and servers.",
        "**Wrapped log, overlapping exports**: `KMS01_Key-Management-Service.xml` starts on"
            + " 2026-08-01 (older events were overwritten, so record ids do not start at 1);"
            + " `"
            + SampleExports.KMS01_LAST_7_DAYS
            + "` holds the events from 2026-10-24 again, with the same record ids, times and"
            + " EventData, newest first.",
        "**Binary .evtx beside XML**: `"
            + SampleExports.KMS01_OCTOBER_EVTX
            + "` is a monthly archive of KMS01's Key Management Service log (`wevtutil epl` with a"
            + " query from 2026-10-01) and `"
            + SampleExports.PC_CLONE_A_EVTX
            + "` a copy of PC-CLONE-A's Application log from"
            + " `C:\\Windows\\System32\\winevt\\Logs`; every event in them is also in an XML"
            + " export of the same log, with the same record id, so each is stored once (they add"
            + " duplicates, no finding).",
        "**DNS publishing**: KMS01 logs 12294 daily, one 12293 with 0x8007232A on 2026-10-12"
            + " and 12294 again on 2026-10-13 (`KMS01_Application.xml`); KMS02 logs 12293 with"
            + " 0x80070005 for `branch.corp.example` every day and never succeeds"
            + " (`KMS02_Application.xml`); KMS03 publishes daily until it fails.",
        "**Host below threshold** KMS02 (`KMS02_Key-Management-Service.csv`): only BR-PC01 .."
            + " BR-PC07 (installed every other day from 2026-09-01) ask it; every 12290 has"
            + " 0xC004F038, and the 12289s of BR-PC01 and BR-PC02 show activated=0 with counts"
            + " 1..7. Never activated, they fall from OOB grace (state 2) to notification"
            + " (state 5) after 30 days.",
        "**Silent host** KMS03 (`KMS03_Key-Management-Service.xml`) serves SRV-APP01 ..."
            + " SRV-APP05 (N=5) until it fails on 2026-10-05 at 15:20 UTC; its last 12290 is"
            + " SRV-APP01's Monday renewal that morning. Afterwards the servers log only 12288s"
            + " with 0xC004F074 and no 12289 (`SRV-APP01_Application.xml`).",
        "**Rogue host** WS-DEV07, a workstation with a KMS host key (service from 2026-09-18,"
            + " no DNS publishing): its Key Management Service log has 12290s with 0xC004F038"
            + " for LAB-PC01 and LAB-PC02 (count 1..2), while WS-DEV07 itself renews with"
            + " KMS01. `"
            + SampleExports.WS_DEV07_CUSTOM_VIEW
            + "` is a German custom-view export mixing its Application, System and Key"
            + " Management Service events; in German the 12288 label reads `Informationen:`,"
            + " 12289 and 12290 keep `Info:`.",
        "**Clones** PC-CLONE-A and PC-CLONE-B share CMID `"
            + clients.get("PC-CLONE-A").cmid()
            + "`; KMS01 logs both names with it, and they add only 1 to the count.",
        "**Two products, one CMID**: PC-FIN03 asks for Windows (N=25) and Office 2016 (N=5)"
            + " under CMID `"
            + clients.get("PC-FIN03").cmid()
            + "` (not a clone: one machine name).",
        "**No DNS suffix**: KMS01 logs PC-HR01 by its NetBIOS name `PC-HR01`; its own events"
            + " say `PC-HR01.corp.example` (`PC-HR01_Application.csv`, shape H).",
        "**Clock skew**: PC-SKEW05's clock is 5 hours ahead, so the client-time fields of its"
            + " 12288, 12289 and of KMS01's 12290 are event time + 5 h (the event's own"
            + " SystemTime is kept true). KMS01's 12290 and its 12289 carry 0xC004F06C,"
            + " activated=0.",
        "**Transient failure**: PC-LAPTOP12's first attempt after 2026-09-21 fails with"
            + " 0xC004F074 (off network: a 12288 only); the retry 2 h later succeeds.",
        "**Blocked TCP 1688**: PC-FW09 (installed 2026-10-12) names KMS01.corp.example:1688 but"
            + " every 12288 has 0x8007274C; it is in no host log (`PC-FW09_Application.csv`,"
            + " a column subset).",
        "**Stale SRV record**: PC-BRANCH-NEW (installed 2026-10-14) names the decommissioned"
            + " `kms-old.corp.example:1688`: 12288s with 0xC004F074; no log of kms-old exists.",
        "**Long absence**: PC-OLD20 last activated on 2026-05-22, was stored, and tried twice"
            + " on 2026-10-28 and 2026-10-29 (0xC004F074). Its 12288 tuples lack the last two"
            + " fields. KMS01's export starts in August, so its May request is in no host file.",
        "**Expired activation**: PC-GRACE15 lost its host in April; every attempt fails with"
            + " 0xC004F074 (12288 only, no 12289: no host answered). License state 1 counts"
            + " down to 2026-10-07, then its 12288s show state 5 (notification), 0 minutes.",
        "**Trailing fields**: SRV-APP01 runs Server 2019 Datacenter and its 12288s end in"
            + " `..., 34e1ae55-27f8-4950-8877-7a03be5fb181, ` (empty minimum count).",
        "**Tuple placement in XML**: one `Data` with the joined tuple (12288/12289 everywhere,"
            + " 12290 in KMS03's log), one `Data` per field (12290 in WS-DEV07's), an empty"
            + " leading `Data` then the fields (12290 in KMS01's), and no tuple in EventData at"
            + " all (`PC-CLONE-B_Application.xml`: `<EventData/>` or none, message only).",
        "**Retries are bounded**: a failed attempt is retried after 120 minutes at most twice"
            + " (PC-OLD20: once), then the client waits a full 7-day cycle; workstations only"
            + " try on weekdays in office hours, so files stay small.",
        "**Noise** (to count and skip): VSS 12289, 12293 (errors, with ids that collide with"
            + " KMS) and 8224 with their own Data and Binary; SPP 16384, 16394, 1003, 1066, 903;"
            + " Service Control Manager 7036 in WS-DEV07's System log. About 15% of the"
            + " Application-log events.");
  }
}
