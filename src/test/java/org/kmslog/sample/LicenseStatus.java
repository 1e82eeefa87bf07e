package org.kmslog.sample;

/**
 * A client's license state and minutes to expiry at the time of a request.
 *
 * @param state 1 licensed, 2 OOB grace, 5 notification (see KMS-REFERENCE)
 * @param minutesToExpiry minutes until the activation or grace period ends, 0 when it has ended
 */
record LicenseStatus(int state, long minutesToExpiry) {}
