package org.kmslog.ingest;

/**
 * What a file turned out to be.
 *
 * @param format the export format
 * @param encoding the text encoding
 */
public record SniffedInput(InputFormat format, TextEncoding encoding) {}
