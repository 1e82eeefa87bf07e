package org.kmslog.kms;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Event 12288, logged by a KMS client when it sent (or failed to send) an activation request.
 *
 * @param header where and when it was logged
 * @param hresult the result of sending the request
 * @param statusFlags the status flag bits
 * @param kmsHost the KMS host the client addressed, or null when empty
 * @param kmsPort the port it addressed, or null when not given
 * @param cmid the client machine ID
 * @param clientTime the client's clock (UTC) when it sent the request, or null
 * @param vm 1 when the client is a virtual machine, or null
 * @param licenseState the client's license state (0..6), or null
 * @param minutesToExpiry minutes until its current activation or grace period expires, or null
 * @param activationId the SKU's activation ID, or null
 * @param minCount the host count the client needs (25 client OS, 5 server or Office), or null
 * @param info the tuple as logged
 */
public record ClientRequest(
    EventHeader header,
    Hresult hresult,
    Long statusFlags,
    String kmsHost,
    Integer kmsPort,
    UUID cmid,
    LocalDateTime clientTime,
    Integer vm,
    Integer licenseState,
    Long minutesToExpiry,
    UUID activationId,
    Integer minCount,
    String info)
    implements KmsEvent {}
