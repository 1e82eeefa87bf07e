package org.kmslog.analyze;

import java.time.LocalDateTime;

/**
 * One KMS host of an analysis run, as the table host_summary holds it.
 *
 * @param host the host's name
 * @param hostKey the host's machine key, which its count history is filed under
 * @param requests the requests it logged (12290)
 * @param clients30d the distinct clients it logged in the 30 days before the reference time
 * @param estimatedCount its count as the analysis estimated it
 * @param threshold the count its clients need
 * @param reportedMin the lowest count its clients saw (12289), or null
 * @param reportedMax the highest count its clients saw (12289), or null
 * @param firstRequest its first logged request, UTC, or null
 * @param lastRequest its last logged request, UTC, or null
 * @param dnsStatus how its DNS publishing went, in words
 */
public record HostSummary(
    String host,
    String hostKey,
    long requests,
    long clients30d,
    int estimatedCount,
    int threshold,
    Integer reportedMin,
    Integer reportedMax,
    LocalDateTime firstRequest,
    LocalDateTime lastRequest,
    String dnsStatus) {}
