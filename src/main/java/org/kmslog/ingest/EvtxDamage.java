package org.kmslog.ingest;

/** A structure inside an .evtx chunk is damaged at a byte offset within the chunk. */
final class EvtxDamage extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  EvtxDamage(int offset, String reason) {
    super(reason, null, false, false);
    this.offset = offset;
  }

  /** Where in the chunk, from its start. */
  int offset() {
    return offset;
  }
}
