package org.kmslog.sample;

/**
 * One file the generator wrote.
 *
 * @param name the file name inside the output directory
 * @param events how many events it holds (0 for the README)
 * @param bytes its size on disk
 */
public record WrittenFile(String name, long events, long bytes) {}
