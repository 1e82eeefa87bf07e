package org.kmslog.kms;

import java.time.Instant;

/**
 * Where a KMS event came from: the fields every logged event has.
 *
 * @param computer the computer that logged the event
 * @param channel the log it was logged in (where KMS logs it, when the export does not say)
 * @param recordId its record ID in that log, or null when the export has none
 * @param eventId the event ID
 * @param provider the provider name, or null when the export does not say
 * @param time when it was logged, UTC
 */
public record EventHeader(
    String computer, String channel, Long recordId, int eventId, String provider, Instant time) {}
