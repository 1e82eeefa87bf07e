-- Activation error codes: the reference kmslog explains them from (kmslog explain CODE) and the
-- single source of truth for them. Running this script (re)loads the table error_code created by
-- error-code-table.sql; it holds failure codes only (0x0 is success and not listed).
--
-- Columns:
--   code             the HRESULT as 0x and eight upper-case hex digits, as slui and the events show it
--   meaning          one short sentence: what the code means
--   causes           what an admin should check, as a sentence or a "; "-separated list
--   fix              the concrete fix, with the commands to run
--   contact_failure  TRUE when the client never got an answer from any KMS host (it could not find
--                    or reach one); FALSE when a host answered (and refused), for key and license
--                    codes, and for codes a host logs about its own DNS publishing (12293)
--
-- Facts from shared/KMS-REFERENCE.md ("Activation error codes", events 8198 and 12293), the
-- Winsock connection errors clients report, Microsoft's "Troubleshoot Windows activation error
-- codes" (learn.microsoft.com, troubleshoot/windows-server/licensing-and-activation), the message
-- texts of the Windows SDK's slerror.h (the text slui.exe 0x2a shows), and the Microsoft KB
-- articles named beside a code. Where a source leaves a cause open, the comment above the code
-- says so. Format rules: one INSERT per code; a statement ends with a semicolon at the end of a
-- line, so no string may end a line with one; quotes are doubled.

DELETE FROM error_code;

-- Could not find or reach a KMS host.

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F074',
    'No KMS host could be contacted: the client found no host, or none answered.',
    'No _vlmcs._tcp SRV record for the client''s DNS domain, or one naming a retired host; the Software Protection service (sppsvc) is stopped on the host; TCP 1688 is blocked by the host''s firewall or the network; the host''s name does not resolve. The client''s 12288 events of the attempt name the host it tried.',
    'On the client run nslookup -type=srv _vlmcs._tcp to see the published hosts, then Test-NetConnection host -Port 1688 for the host it should use; on the host start sppsvc and allow inbound TCP 1688; delete stale SRV records, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F039',
    'The KMS host did not respond, or KMS is not enabled on it.',
    'The host''s firewall or a network firewall blocks TCP 1688; no KMS host key is installed on the host, or its Software Protection service (sppsvc) is stopped; the client names a machine that is not a KMS host.',
    'From the client run Test-NetConnection host -Port 1688; on the host allow inbound TCP 1688, check with slmgr /dlv that the KMS host key is installed and KMS listens on port 1688, and start sppsvc; then run slmgr /ato on the client.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x800706BA',
    'The RPC server is unavailable: the client could not open a connection to the KMS host.',
    'The host''s firewall blocks TCP 1688; the SRV record names a machine that is no longer a KMS host (stale record); the host is down or its Software Protection service (sppsvc) is stopped.',
    'From the client run Test-NetConnection host -Port 1688; on the host allow inbound TCP 1688 and start sppsvc; delete the stale records that nslookup -type=srv _vlmcs._tcp lists; then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC0020017',
    'The RPC server is unavailable (logged by slui in event 8198): the client could not reach a KMS host.',
    'The host''s firewall or the network blocks TCP 1688; the SRV record or slmgr /skms names a machine that is not a KMS host any more; the host is down or its Software Protection service (sppsvc) is stopped.',
    'From the client run Test-NetConnection host -Port 1688 and nslookup -type=srv _vlmcs._tcp; open TCP 1688 to the host and start sppsvc there, or point the client at a working host with slmgr /skms host:1688; then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x8007139F',
    'Activation was not in a state to go on; slui logs it in event 8198 when contacting the KMS host failed.',
    'The client''s last attempt to reach a KMS host failed (its 12288 events around that time show the host and code, usually 0xC004F074); the host named by the SRV record or by slmgr /skms cannot be reached.',
    'Fix the contact failure the client''s 12288 events show: check the published hosts with nslookup -type=srv _vlmcs._tcp and the path with Test-NetConnection host -Port 1688; then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x8007274C',
    'The connection attempt to the KMS host timed out.',
    'A firewall on the path or on the host silently drops TCP 1688; the host is down or off the network; DNS gives an old or wrong address for the host.',
    'From the client run Test-NetConnection host -Port 1688 and nslookup host to check the address; open TCP 1688 from the client network to the host, fix the host''s A record if it is wrong, then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x8007274D',
    'The KMS host refused the connection: nothing listens on the port the client used.',
    'The machine is not (or no longer) a KMS host, or its Software Protection service (sppsvc) is stopped; the host listens on another port than the client uses (changed with slmgr /sprt); the SRV record names the wrong machine or port.',
    'On the host check with slmgr /dlv that KMS is enabled and which port it listens on, and start sppsvc; on the client set the right host and port with slmgr /skms host:1688, check with Test-NetConnection host -Port 1688, then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x80072751',
    'The KMS host is unreachable: the client has no network route to it.',
    'The client is on a network with no route to the host (VPN down, wrong gateway, isolated VLAN); a router or firewall rejects the traffic.',
    'From the client run Test-NetConnection host -Port 1688 and tracert host, fix the routing or the VPN, or use a KMS host the client can reach with slmgr /skms host:1688; then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x80072AF9',
    'The KMS host''s name was not found in DNS.',
    'The host name set with slmgr /skms, or the target of the _vlmcs._tcp SRV record, has no A or AAAA record; a typo in the host name; the client asks a DNS server that does not know the host''s zone.',
    'Run nslookup host on the client; create or fix the host''s A record, correct the name with slmgr /skms host:1688 (or remove it with slmgr /ckms to find hosts through DNS again), then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x80072746',
    'The connection to the KMS host was reset before the host answered.',
    'A firewall, proxy or intrusion prevention device on the path resets TCP 1688; the host''s Software Protection service (sppsvc) restarted or crashed during the request.',
    'From the client run Test-NetConnection host -Port 1688, check the logs of the firewalls on the path and the host''s Application log at that time, allow TCP 1688 through, then run slmgr /ato.',
    TRUE);

-- ERROR_TIMEOUT. Microsoft documents it for activation of Azure VMs ("Windows VM activation error
-- 0x800705B4": a time-out, network connectivity or DNS resolution); a KMS client reports it when
-- no answer came in time, so it is a contact failure.
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x800705B4',
    'The operation timed out: no answer came back in time.',
    'Network connectivity or name resolution problems, as Microsoft''s article on this code says: a firewall on the path or on the host silently drops TCP 1688, the client''s DNS server does not answer, or the host is off the network.',
    'From the client run nslookup -type=srv _vlmcs._tcp and Test-NetConnection host -Port 1688; fix the DNS server or open TCP 1688 to the host, or point the client at a host it can reach with slmgr /skms host:1688; then run slmgr /ato.',
    TRUE);

-- Could not find a KMS host in DNS.

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x8007232A',
    'DNS server failure: the DNS server could not answer the lookup of the KMS SRV record.',
    'The client''s DNS server is down or cannot reach its forwarders or the zone''s servers; the zone or its delegation is broken. In event 12293 on a KMS host, the same failure while publishing the host''s SRV record.',
    'On the client run ipconfig /all to see its DNS servers and nslookup -type=srv _vlmcs._tcp to test them; fix that DNS server or the client''s DNS settings; until then point the client at a host with slmgr /skms host:1688 and run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x8007232B',
    'The DNS name does not exist: no _vlmcs._tcp SRV record was found for the client''s domain.',
    'No KMS host publishes to this DNS domain (publishing fails with event 12293 on the host, or is turned off); the client''s primary DNS suffix or search list names a domain the host does not publish to; the record was deleted.',
    'Run nslookup -type=srv _vlmcs._tcp.<domain> for the client''s domain; on the host read its 12293 and 12294 events and turn publishing on with slmgr /sdns, or create the SRV record by hand; or point the client at a host with slmgr /skms host:1688; then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x8007251D',
    'DNS has no records for the query: no _vlmcs._tcp SRV record exists for the client''s domain.',
    'No KMS host publishes to this DNS domain (publishing fails with event 12293 on the host, or is turned off); the client''s primary DNS suffix or search list names a domain the host does not publish to; the record was deleted.',
    'Run nslookup -type=srv _vlmcs._tcp.<domain> for the client''s domain; on the host read its 12293 and 12294 events and turn publishing on with slmgr /sdns, or create the SRV record by hand; or point the client at a host with slmgr /skms host:1688; then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x80092328',
    'No _vlmcs._tcp SRV record was found in DNS for the client''s domain.',
    'No KMS host publishes to this DNS domain (publishing fails with event 12293 on the host, or is turned off); the client''s primary DNS suffix or search list names a domain the host does not publish to; the record was deleted.',
    'Run nslookup -type=srv _vlmcs._tcp.<domain> for the client''s domain; on the host read its 12293 and 12294 events and turn publishing on with slmgr /sdns, or create the SRV record by hand; or point the client at a host with slmgr /skms host:1688; then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x8007007B',
    'The name the client looked up is not a valid DNS name, so it could not find a KMS host.',
    'The client has no primary DNS suffix (a workgroup machine, or a suffix that was removed), so the SRV lookup has no domain; a typo or invalid characters in the host name given to slmgr /skms.',
    'Set the client''s primary DNS suffix (System Properties, Computer Name, Change, More) or a DNS suffix search list by Group Policy or DHCP, or name the host directly with slmgr /skms host:1688; then run slmgr /ato.',
    TRUE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x8007267C',
    'No DNS server is configured on the client.',
    'The network adapter has no DNS server (a static address without one, or DHCP does not hand one out); a VPN or a disconnected adapter left none.',
    'Check with ipconfig /all, set a DNS server on the adapter or fix the DHCP scope, then run slmgr /ato; without DNS, name the host by address with slmgr /skms <host IP>:1688.',
    TRUE);

-- The KMS host answered and refused.

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F038',
    'The KMS host answered, but its count of recent clients is below the threshold for this product.',
    'Fewer than 25 distinct client OS machines (5 for servers and Office) contacted the host in the last 30 days; cloned machines share one CMID and count as one; the clients are split across several KMS hosts.',
    'On the host slmgr /dlv shows the current count; add clients until it reaches 25 (client OS) or 5 (server, Office); generalize images with sysprep /generalize and run slmgr /rearm and restart on clones already deployed; send all clients to one host with slmgr /skms host:1688. Clients retry every 2 hours, or run slmgr /ato.',
    FALSE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F06C',
    'The KMS host refused the request timestamp: client and host clocks differ by more than 4 hours.',
    'A wrong date, time or time zone on the client or the host; a virtual machine restored from a snapshot or without time synchronization; no working time source (domain controller or NTP server).',
    'Correct the date and time zone, run w32tm /resync on the client and on the host (w32tm /query /status shows the time source), then run slmgr /ato.',
    FALSE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F041',
    'The KMS host answered, but the host itself is not activated.',
    'The KMS host key was installed on the host but never activated with Microsoft; the host lost its activation after a reinstall or a hardware change.',
    'On the host run slmgr /ato (online) or slui 4 (by phone) and check with slmgr /dlv that it shows Licensed; then run slmgr /ato on the client.',
    FALSE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F042',
    'The KMS host answered, but it cannot activate this product.',
    'The client reached a host whose KMS host key does not cover this product (an Office host for Windows, or a host key older than the client''s version); the client names the wrong host.',
    'Point the client at a host that activates this product with slmgr /skms host:1688 and run slmgr /ato, or install a matching KMS host key on the host with slmgr /ipk <KMS host key> and slmgr /ato there.',
    FALSE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F015',
    'The KMS host answered, but the license for this client''s product is not installed on it.',
    'The host''s KMS host key is older than the client (a newer Windows or Server version than the key covers); the host lacks the update that lets it activate newer versions.',
    'On the host install the latest cumulative update and a current KMS host key with slmgr /ipk <KMS host key> and slmgr /ato, restart the Software Protection service (sppsvc), then run slmgr /ato on the client.',
    FALSE);

-- The client's own installation: its hardware, firmware, virtual machine or licenses.

-- SL_E_VL_MACHINE_NOT_BOUND in slerror.h. Seen as "Notification Reason: 0xC004F056" in slmgr
-- /dli of KMS clients past their grace period; no Microsoft page gives a narrower cause.
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F056',
    'The product could not be activated using the Key Management Service (KMS).',
    'A general KMS failure that says no more than that; slmgr /dli shows it as the notification reason of a KMS client whose grace period ran out without an activation. The cause is in the client''s other events: its 12288 events of the attempts name the host and the code (no host found, the count too low, a refused request).',
    'Read the codes of the client''s 12288 events (or run slmgr /ato to see the code of a new attempt), fix that cause (kmslog explain tells how), then run slmgr /ato.',
    FALSE);

-- SL_E_VL_KEY_MANAGEMENT_SERVICE_VM_NOT_SUPPORTED in slerror.h; the meaning is its text. Which
-- products refuse KMS in a virtual machine is not on Microsoft's current troubleshooting pages
-- (current Windows Server versions run a KMS host in a VM), so the causes are worded as the two
-- roles the text can apply to.
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F06B',
    'The Software Licensing Service found that it runs in a virtual machine, where this product does not support the Key Management Service (KMS).',
    'The machine is a virtual machine (the VM field of its 12288 or 12290 events is 1) and the installed product does not allow KMS there: a KMS host key on a virtual machine whose Windows version cannot be a KMS host in one, or a product that cannot be activated by KMS in a virtual machine.',
    'Run the KMS host on a physical machine or on a Windows version that can be a KMS host in a virtual machine; activate a client that cannot use KMS in a virtual machine with a MAK (slmgr /ipk <MAK>, then slmgr /ato), or with Automatic Virtual Machine Activation where its Hyper-V host offers it.',
    FALSE);

-- Microsoft, "Troubleshoot Windows activation error codes" (MAK, KMS client and KMS host).
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F00F',
    'The hardware ID binding is beyond the level of tolerance: the hardware changed too much since the activation.',
    'Hardware was changed or replaced, or drivers were updated; the machine is then in out-of-tolerance grace (license state 3) until it activates again.',
    'For a KMS client restart Windows or run slmgr /ato, which activates it against its KMS host again; for MAK activation reactivate online or by phone (slui 4) during the out-of-tolerance grace period.',
    FALSE);

-- SL_E_SLP_BAD_FORMAT in slerror.h; the meaning is its text. Microsoft documents no cause beyond
-- it, so the causes name the data the text is about (as for 0xC004F035 and 0xC004F063).
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F059',
    'The Software Licensing Service reported that a license in the computer''s BIOS is invalid.',
    'The OEM license data in the firmware (the SLIC table that OEM activation and the volume license of Windows client check) is damaged or not in a format this Windows accepts.',
    'Update the BIOS from the manufacturer; a machine without a valid OEM license needs another key: a MAK (slmgr /ipk <MAK>, then slmgr /ato).',
    FALSE);

-- SL_E_SLP_OEM_CERT_MISSING in slerror.h ("missing a required OEM license"); KB 2817024 quotes
-- it as "the computer BIOS is missing a required license" and gives the causes and fix.
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F063',
    'The computer is missing a required OEM license: Windows cannot read the license table (SLIC) in its BIOS.',
    'An OEM preinstalled Windows (OEM_SLP key) checks the manufacturer''s license table and the service tag in the BIOS; after a motherboard replacement the service tag or serial number was not set, or the BIOS holds a default value or wrong product information (Microsoft KB 2817024).',
    'Have the manufacturer update the BIOS with the right serial number or service tag (wmic bios get serialnumber shows it); a machine that never had a qualifying OEM license needs another key: a MAK (slmgr /ipk <MAK>, then slmgr /ato).',
    FALSE);

-- Microsoft's troubleshooting page writes 0xC004F065; slerror.h defines the same text as 0x4004F065
-- (SL_I_NONGENUINE_GRACE_PERIOD, an informational code). Listed as the page writes it. The
-- reinstall advice is from the Volume Activation 2.0 Operations Guide ("Recovering from a
-- Non-Genuine State").
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F065',
    'The application is running within the valid non-genuine grace period.',
    'Windows found the installation not genuine (tampered system files, or a key that was marked non-genuine) and lets it run for a grace period; when that ends it goes into the notification state.',
    'Install a genuine key (for a KMS client the GVLK of its edition: slmgr /ipk <GVLK>) and activate before the grace period ends (slmgr /ato); a system with tampered files is best reinstalled, then activated.',
    FALSE);

-- Uncertain: slerror.h names it SL_E_DEPENDENT_PROPERTY_NOT_SET with the text used here as its
-- meaning; third-party tools list it as "the dependent SKU is not installed" or "the product SKU
-- is not found" (which slerror.h gives to 0xC004F069). No Microsoft page describes it.
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F066',
    'The Software Licensing Service reported that the genuine information property cannot be set before the property it depends on is set.',
    'An error inside the licensing service about the order its properties are set in; some tools describe this code instead as an add-on license whose base product is not installed, or as a product SKU that is not found.',
    'Check with slmgr /dlv all that the base product of every installed license is installed, reinstall the key with slmgr /ipk <key> and run slmgr /ato; if it persists, reinstall the system licenses with slmgr /rilc and restart the Software Protection service (sppsvc).',
    FALSE);

-- SL_E_MISMATCHED_PRODUCT_SKU in slerror.h; the meaning is its text, the causes what a mismatched
-- product SKU can be (no Microsoft page gives them).
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F069',
    'The Software Licensing Service reported that the product SKU was not found.',
    'A command named a product (an activation ID) that is not installed on this machine, or the installed key belongs to another edition than the installed licenses.',
    'Run slmgr /dlv all to list the installed products and their activation IDs and use one of those, or install the key of the installed edition with slmgr /ipk <key>; then run slmgr /ato.',
    FALSE);

-- Product keys and licenses.

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F035',
    'A volume license key was refused because this computer has no qualifying operating system.',
    'Volume licenses for Windows client are upgrades and need a qualifying OEM Windows license marked in the firmware; self-built PCs, some virtual machines and machines bought without Windows lack it.',
    'Activate this machine with a MAK instead: slmgr /ipk <MAK> then slmgr /ato, or by phone with slui 4.',
    FALSE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F050',
    'The product key is invalid.',
    'A mistyped key; a key for another edition or version than the one installed; a KMS host key or a retail key where a KMS client setup key (GVLK) belongs.',
    'Check the installed edition with slmgr /dlv, install the GVLK Microsoft publishes for that edition and version with slmgr /ipk <GVLK>, then run slmgr /ato.',
    FALSE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004C003',
    'The activation server reports that the product key is blocked.',
    'Microsoft blocked the key (leaked, revoked, or not valid for your agreement).',
    'Get a new key from your volume licensing portal, install it with slmgr /ipk <key> (on a KMS host, the new KMS host key) and run slmgr /ato.',
    FALSE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004C008',
    'The activation server reports that the KMS host key has been activated too often.',
    'The KMS host key was used on more machines or more times than it allows; reinstalling and reactivating hosts uses up activations.',
    'Ask the Microsoft Licensing Activation Centre for more activations (phone activation with slui 4 shows the number), or install another KMS host key from your volume licensing portal with slmgr /ipk <KMS host key> and run slmgr /ato.',
    FALSE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004E015',
    'License consumption failed: the Software Protection service could not use the installed license.',
    'A damaged license store (tokens.dat), often after an in-place upgrade or a failed update; a product key that does not match the installed edition.',
    'Rebuild the store from an elevated prompt: net stop sppsvc, rename %windir%\System32\spp\store\2.0\tokens.dat to tokens.bak, net start sppsvc, slmgr /rilc; then reinstall the key with slmgr /upk and slmgr /ipk <GVLK>, and run slmgr /ato.',
    FALSE);

-- SL_E_INVALID_LICENSE in slerror.h: "the license is invalid", not "not found" (the codes for a
-- license that is not found are 0xC004F003, 0xC004F007, 0xC004F008 and 0xC004F062). Microsoft
-- documents no cause; the causes are the license-store faults of the neighbouring codes.
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F01F',
    'The Software Licensing Service determined that the license is invalid.',
    'The license files of the installed product are damaged or do not match the installed edition: a damaged license store, a license installed by hand with slmgr /ilc, or an edition changed without its licenses.',
    'Reinstall the system licenses from an elevated prompt with slmgr /rilc, restart the Software Protection service (net stop sppsvc, net start sppsvc), reinstall the key with slmgr /ipk <GVLK> and run slmgr /ato; if it persists, rebuild the license store (tokens.dat) as for 0xC004E015.',
    FALSE);

-- SL_E_PKEY_INVALID_CONFIG in slerror.h; the meaning is its text ("the product key is invalid", as
-- for 0xC004E017 and 0xC004E018). "Invalid configuration" of the key is the name's hint; the causes
-- are worded from it, not from a Microsoft page.
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004E016',
    'The Software Licensing Service reported that the product key is invalid.',
    'The key does not fit this installation: a key for another edition, version or channel than the one installed (a GVLK of another edition, a KMS host key the installed version does not accept), or a mistyped key.',
    'Check the installed edition with slmgr /dlv, install the key Microsoft publishes for that edition and channel (the GVLK for a KMS client) with slmgr /ipk <key>, then run slmgr /ato.',
    FALSE);

-- ERROR_NOT_FOUND; Microsoft, "Troubleshoot Windows activation error codes", "0x80070490 The
-- product key didn't work" (MAK).
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x80070490',
    'Element not found; when a key is installed, Windows reports that the product key did not work.',
    'The key (a MAK) is not valid for this edition; a known issue in Windows Server 2019 interferes with checking the key (Microsoft''s activation troubleshooting page).',
    'Install the key from an elevated prompt with slmgr /ipk <key> instead of the Settings page, as Microsoft''s workaround says, check that it is a key for the installed edition, then run slmgr /ato.',
    FALSE);

-- ERROR_INVALID_DATA. The cause is KB 2230957's ("Error code 0x8007000D when you try to activate a
-- Windows 7 machine"). A damaged license store (tokens.dat) is blamed for it in forums, but no
-- Microsoft page says so, so it is not listed.
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x8007000D',
    'The data is invalid.',
    'The System account lost its default rights on the registry key HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Enum\Root or one of its subkeys, which the Software Protection service reads; slmgr /dlv and slmgr /ato then fail with this code (Microsoft KB 2230957).',
    'Give the System account at least Enumerate Subkeys (by default Full Control) on HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Enum\Root and all its subkeys, then run slmgr /ato.',
    FALSE);

-- Rights (client commands, and a KMS host publishing to DNS in event 12293).

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x80070005',
    'Access denied.',
    'On a client, slmgr or slui was run from a prompt that is not elevated; in event 12293 on a KMS host, the host''s computer account may not create or update the _vlmcs._tcp SRV record in the DNS zone.',
    'On a client, run slmgr /ato from an elevated prompt. For 12293, let the host''s computer account update the zone (secure dynamic updates), or create the _vlmcs._tcp SRV record and give the host Full Control on it; then restart sppsvc on the host (it also publishes every 24 hours) and look for event 12294.',
    FALSE);

INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x80072338',
    'Logged in event 12293 on a KMS host: DNS refused its update of the existing _vlmcs._tcp SRV record.',
    'The _vlmcs record was created by another account (an earlier KMS host, or an admin), so this host has no rights on it.',
    'In DNS Manager open the _vlmcs record under _tcp in the zone, Properties, Security, and give the KMS host''s computer account Full Control (or delete the record so the host creates it again); then restart sppsvc on the host and look for event 12294.',
    FALSE);

-- SL_E_LUA_ACCESSDENIED in slerror.h ("the action requires administrator privilege").
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0xC004F025',
    'The action requires administrator privileges.',
    'slmgr or another licensing command was run from a prompt that is not elevated, or by a user who is not an administrator.',
    'Open Command Prompt with Run as administrator and run the command again (for example slmgr /ato).',
    FALSE);

-- Activation over the Internet with Microsoft (retail and MAK keys, KMS host keys), not KMS.

-- KB 921471, "Windows activation or validation fails with error code 0x8004FE33"; Office's
-- volume activation troubleshooting cites it for MAK activation through an authenticated proxy.
-- Not a KMS code: it says nothing about a KMS host, so it is no contact failure.
INSERT INTO error_code (code, meaning, causes, fix, contact_failure) VALUES (
    '0x8004FE33',
    'Activation or validation over the Internet failed: Microsoft''s activation servers could not be reached through the proxy.',
    'The Internet connection goes through a proxy server that requires authentication, or that blocks the activation and validation addresses, and online activation cannot pass it (Microsoft KB 921471); this is activation with Microsoft (retail or MAK keys, or a KMS host activating its own key), not a KMS client''s request.',
    'Let the addresses KB 921471 lists (such as activation.sls.microsoft.com and validation.sls.microsoft.com) through the proxy without authentication, or activate by phone (slui 4); a KMS client needs no Internet access: point it at a KMS host with slmgr /skms host:1688 and run slmgr /ato.',
    FALSE);
