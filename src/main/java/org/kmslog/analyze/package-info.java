/**
 * Runs the SQL analyzers of sql/analyzers over the store as one analysis run and reads back the
 * findings it keeps.
 *
 * <p>May import: org.kmslog.store. Analyzers are SQL over the stored events.
 */
package org.kmslog.analyze;
