/**
 * Imports export files into the store, one transaction per file: expands folders, skips content the
 * ledger already holds, and reads, decodes and stores each file's events on threads of their own.
 *
 * <p>May import: org.kmslog.ingest, org.kmslog.kms, org.kmslog.store. It sits on top of the stages
 * it joins, and no stage imports it.
 */
package org.kmslog.importer;
