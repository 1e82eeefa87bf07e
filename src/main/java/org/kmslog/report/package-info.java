/**
 * Renders the newest finished analysis run as text, CSV, JSON or one self-contained HTML page, and
 * writes report files so that no reader ever sees half of one.
 *
 * <p>May import: org.kmslog.analyze. Reports show findings; they never compute them.
 */
package org.kmslog.report;
