/**
 * Runs the SQL analyzers of sql/analyzers over the store as one analysis run and reads back the
 * findings it keeps.
 *
 * <p>May import: org.kmslog.kms, org.kmslog.store. Analyzers are SQL over the stored events; kms
 * gives the machine keys the sanctioned hosts are compared by.
 */
package org.kmslog.analyze;
