/**
 * The kmslog command line: one class per subcommand, shared options, and the one place where errors
 * become exit statuses and one line on stderr.
 *
 * <p>May import: org.kmslog.ingest, org.kmslog.kms, org.kmslog.store, org.kmslog.analyze,
 * org.kmslog.report, org.kmslog.importer. It is the top; nothing imports it.
 */
package org.kmslog.cli;
