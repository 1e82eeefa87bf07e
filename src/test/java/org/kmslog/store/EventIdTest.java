package org.kmslog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventIdTest {
  @Test
  void aRecordIdIsTheLowFortyBitsBelowTheStreamNumber() {
    EventId id = new EventId(42, false, 4711, 0);
    assertEquals((3L << 40) | 4711, id.exactId(3));
    assertEquals(
        (EventId.MAX_STREAM << 40) | EventId.MAX_RECORD,
        new EventId(42, false, EventId.MAX_RECORD, 0).exactId(EventId.MAX_STREAM));
    assertEquals(Long.MAX_VALUE, (EventId.MAX_STREAM << 40) | EventId.MAX_RECORD, "ids stay >= 0");
  }

  @Test
  void aBlockIsTheSecondAboveEightBitsOfSlot() {
    long second = 4_102_444_799L; // 2099-12-31 23:59:59, the last second an event may have
    EventId id = new EventId(42, true, second, 99);
    assertEquals((7L << 40) | (second << 8), id.blockStart(7));
    assertTrue(id.firstSlot() >= 0 && id.firstSlot() < EventId.SLOTS);
  }

  @Test
  void positionsOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new EventId(1, false, 1L << 40, 0));
    assertThrows(IllegalArgumentException.class, () -> new EventId(1, false, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new EventId(1, true, 1L << 32, 0));
  }

  @Test
  void overflowLevelsAreStreamsOfTheirOwnWithTheSameBlockAndCheck() {
    EventId id = new EventId(42, true, 1_800_000_000L, 99);
    assertSame(id, id.atLevel(0));
    Set<Long> streams = new HashSet<>();
    for (int level = 0; level < 100; level++) {
      EventId at = id.atLevel(level);
      streams.add(at.stream());
      assertEquals(id.position(), at.position());
      assertEquals(id.keyCheck(), at.keyCheck());
      assertEquals(id.firstSlot(), at.firstSlot());
    }
    assertEquals(100, streams.size());
  }

  @Test
  void version1KeysGivePlacesByRecordOrByTime() {
    byte[] record = ByteBuffer.allocate(24).putLong(42).putLong(4711).putLong(0).array();
    assertEquals(new EventId(42, false, 4711, 0), EventIds.ofVersion1Key(record, 4711L));

    long nanos = 1_800_000_000_123_456_700L;
    byte[] timed = ByteBuffer.allocate(24).putLong(42).putLong(nanos).putLong(-5).array();
    EventId id = EventIds.ofVersion1Key(timed, null);
    assertEquals(42, id.stream());
    assertTrue(id.hashed());
    assertEquals(1_800_000_000L, id.position());
    assertEquals(EventId.mix(nanos) ^ -5, id.keyCheck());
  }

  @Test
  void recordIdsThatDoNotFitGoToBlocksOfAStreamOfTheirOwn() {
    for (long odd : new long[] {1L << 40, Long.MAX_VALUE, -7}) {
      byte[] key = ByteBuffer.allocate(24).putLong(42).putLong(odd).putLong(0).array();
      EventId id = EventIds.ofVersion1Key(key, odd);
      assertTrue(id.hashed());
      assertNotEquals(42, id.stream());
      assertEquals(odd, id.keyCheck());
    }
  }
}
