/**
 * The database (an H2 file, or a schema on a PostgreSQL server): its schema and upgrades, decoded
 * KMS events stored once each and one file per transaction, the import ledger, pruning, and the SQL
 * scripts and error-code reference shipped in sql/.
 *
 * <p>May import: org.kmslog.kms. It stores KMS events, never the formats they were read from.
 */
package org.kmslog.store;
