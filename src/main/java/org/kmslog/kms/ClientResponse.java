package org.kmslog.kms;

import java.time.LocalDateTime;

/**
 * Event 12289, logged by a KMS client when it processed a host's response.
 *
 * @param header where and when it was logged
 * @param hresult the activation result
 * @param statusFlags the status flag bits
 * @param activated true when the client is now activated
 * @param hostCount the host's current count as the host reported it, or null
 * @param activationInterval minutes between retries while not activated, or null
 * @param renewalInterval minutes between renewals once activated, or null
 * @param clientTime the client's clock (UTC), or null
 * @param info the tuple as logged
 */
public record ClientResponse(
    EventHeader header,
    Hresult hresult,
    Long statusFlags,
    Boolean activated,
    Integer hostCount,
    Integer activationInterval,
    Integer renewalInterval,
    LocalDateTime clientTime,
    String info)
    implements KmsEvent {}
