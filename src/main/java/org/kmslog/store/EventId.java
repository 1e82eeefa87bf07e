package org.kmslog.store;

/**
 * Where an event belongs in its table, before its stream is numbered: the stream, and either the
 * exact position (a record id) or a block of ids with the hash that tells the block's events apart
 * (see sql/schema/v2.sql).
 *
 * @param stream the stream's 64-bit hash, which event_stream numbers
 * @param hashed false when position is the record id and the id says everything; true when position
 *     names a block of {@link #SLOTS} ids and keyCheck tells its events apart
 * @param position the record id, or the block (seconds since 1970, or a hash of a record id)
 * @param keyCheck for a hashed event, what tells it from the other events of its block
 */
record EventId(long stream, boolean hashed, long position, long keyCheck) {
  /** Bits of an id below the stream number. */
  static final int POSITION_BITS = 40;

  /** The highest stream number: the ids stay positive. */
  static final long MAX_STREAM = (1L << (63 - POSITION_BITS)) - 1;

  /** Ids in a block. */
  static final int SLOTS = 256;

  /** The highest block number: 32 bits, so that a block's ids fit below the stream number. */
  static final long MAX_BLOCK = (1L << (POSITION_BITS - 8)) - 1;

  /** The highest record id that is an event's exact position. */
  static final long MAX_RECORD = (1L << POSITION_BITS) - 1;

  private static final long OVERFLOW = 0x4f564552464c4f57L;

  private static final long REUSED = 0x5245555345444944L;

  EventId {
    if (hashed ? position < 0 || position > MAX_BLOCK : position < 0 || position > MAX_RECORD) {
      throw new IllegalArgumentException("position " + position + " out of range");
    }
  }

  /** The id of an event with an exact position, in the stream numbered streamNo. */
  long exactId(long streamNo) {
    return (streamNo << POSITION_BITS) | position;
  }

  /** The first id of the block of a hashed event, in the stream numbered streamNo. */
  long blockStart(long streamNo) {
    return (streamNo << POSITION_BITS) | (position << 8);
  }

  /** The slot of its block a hashed event tries first. */
  int firstSlot() {
    return (int) (mix(keyCheck) >>> 56);
  }

  /**
   * The same event in its stream's overflow level (1, 2, ...), where it goes when the block of the
   * level before is full; level 0 is the event itself.
   */
  EventId atLevel(int level) {
    if (level == 0) {
      return this;
    }
    return new EventId(derived(stream, OVERFLOW + level), hashed, position, keyCheck);
  }

  /**
   * The same event in its stream's generation 1, 2, ...: where an event with an exact position goes
   * when another event of its log, before the log was cleared or its machine rebuilt, holds its
   * record id in the generation before; generation 0 is the event itself.
   */
  EventId inGeneration(int generation) {
    if (generation == 0) {
      return this;
    }
    return new EventId(inGenerationOf(stream, generation), hashed, position, keyCheck);
  }

  /** The hash of a stream's generation (1, 2, ...). */
  static long inGenerationOf(long stream, int generation) {
    return derived(stream, REUSED + generation);
  }

  /** The hash of a stream that belongs to another: its overflow levels, its odd record ids. */
  static long derived(long stream, long tag) {
    return mix(stream ^ (tag * 0x9e3779b97f4a7c15L));
  }

  /** Mixes the bits of a number so that each depends on all (SplitMix64's finalizer). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
