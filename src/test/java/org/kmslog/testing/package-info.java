/**
 * Helpers for the tests of every package: exports written as plain text, fixtures copied into
 * temporary folders, golden files, questions to the database in plain JDBC, and kmslog run in a JVM
 * of its own.
 *
 * <p>May import: nothing from kmslog. The helpers look at the product from outside, as an admin
 * would, so a bug in it cannot make them agree with it.
 */
package org.kmslog.testing;
