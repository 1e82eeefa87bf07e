/**
 * The benchmark admins can rerun, and the comparison of two builds: generates a synthetic estate
 * and times kmslog's import, re-import, analysis and reports against the bare parsers.
 *
 * <p>May import: org.kmslog.ingest, org.kmslog.kms, org.kmslog.store, org.kmslog.analyze,
 * org.kmslog.report, org.kmslog.importer, org.kmslog.cli, org.kmslog.sample. It runs from
 * kmslog.jar and kmslog-tests.jar alone, and neither holds org.kmslog.testing.
 */
package org.kmslog.bench;
