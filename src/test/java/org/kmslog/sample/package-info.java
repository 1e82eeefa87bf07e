/**
 * The sample and estate generator: simulates a KMS estate and writes its event-log exports, in
 * every supported format and shape, reproducibly from a seed (the bundled samples/ or a synthetic
 * estate of any size).
 *
 * <p>May import: nothing from kmslog. It knows KMS from its own model, never from the product, so
 * the exports it writes are an honest oracle for the product's tests (its *Test classes are such
 * tests and may use the product).
 */
package org.kmslog.sample;
