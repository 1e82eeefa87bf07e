package org.kmslog.kms;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Event 12290, logged by a KMS host for every client request it processed.
 *
 * @param header where and when it was logged
 * @param hresult the result the host returned
 * @param minCount the count the client needs (its N-policy), or null
 * @param clientName the client's FQDN, or its NetBIOS name when it has no DNS suffix
 * @param cmid the client machine ID
 * @param clientTime the client's clock (UTC) as sent in the request, or null
 * @param vm 1 when the client is a virtual machine, or null
 * @param licenseState the client's license state (0..6), or null
 * @param minutesToExpiry minutes until the client's activation or grace expires, or null
 * @param activationId the SKU's activation ID, or null
 * @param info the tuple as logged
 */
public record HostRequest(
    EventHeader header,
    Hresult hresult,
    Integer minCount,
    String clientName,
    UUID cmid,
    LocalDateTime clientTime,
    Integer vm,
    Integer licenseState,
    Long minutesToExpiry,
    UUID activationId,
    String info)
    implements KmsEvent {}
