/**
 * The KMS decoder: turns raw events into typed KMS events (12288, 12289, 12290, 12293 and 12294)
 * with the values they carry, such as HRESULTs and machine keys, and leaves out every other event.
 *
 * <p>May import: org.kmslog.ingest. It knows raw events, never the files they came from.
 */
package org.kmslog.kms;
