package org.kmslog.ingest;

/**
 * Walks the BinXML of one record inside a chunk, expanding template instances with their
 * substitution values, and hands elements, attributes and values to an {@link EvtxEventBuilder}.
 *
 * <p>Every offset and size comes from the file, so each is checked against the bounds of what holds
 * it before use; nesting and the number of tokens per record are bounded, so that templates which
 * refer to themselves or to each other end in an error instead of a loop.
 */
final class BinXmlWalker {
  /** Templates and BinXML values nest a few levels in real logs. */
  private static final int MAX_DEPTH = 24;

  /** Far more tokens than any real record expands to (a few hundred). */
  private static final int MAX_STEPS = 1 << 18;

  private final byte[] b;
  private final int chunkSize;
  private final String[] names;
  private final int[] namedOffsets;
  private int named;
  private EvtxEventBuilder out;
  private int steps;

  BinXmlWalker(byte[] chunk) {
    this.b = chunk;
    this.chunkSize = chunk.length;
    this.names = new String[chunk.length];
    this.namedOffsets = new int[chunk.length / 8];
  }

  /** Forgets the names of the previous chunk; called when the buffer holds a new chunk. */
  void newChunk() {
    for (int i = 0; i < named; i++) {
      names[namedOffsets[i]] = null;
    }
    named = 0;
  }

  /** Walks the record's BinXML from {@code start} (inclusive) to {@code end} (exclusive). */
  void walkRecord(int start, int end, EvtxEventBuilder builder) throws EvtxDamage {
    out = builder;
    steps = 0;
    int pos = walk(start, end, null, 0, false);
    // A record may hold further fragments; what follows the first one may also be slack.
    while (pos < end && b[pos] == 0x0f) {
      try {
        pos = walk(pos, end, null, 0, false);
      } catch (EvtxDamage slack) {
        return;
      }
    }
  }

  /** The values of one template instance: offsets, sizes and types of each substitution. */
  private record Values(int[] offsets, int[] sizes, int[] types) {}

  private int walk(int start, int end, Values subs, int depth, boolean template) throws EvtxDamage {
    if (depth > MAX_DEPTH) {
      throw new EvtxDamage(
          start,
          "templates nested more than " + MAX_DEPTH + " deep (a template refers to itself?)");
    }
    int pos = start;
    while (pos < end) {
      if (++steps > MAX_STEPS) {
        throw new EvtxDamage(
            pos, "more than " + MAX_STEPS + " BinXML tokens in one record (templates in a loop?)");
      }
      int token = b[pos] & 0xff;
      if ((token & 0xbf) == 0x00) {
        return pos + 1;
      }
      pos = token(pos, end, token, subs, depth, template);
    }
    return pos;
  }

  /** Handles the token at {@code pos} (not the end token); returns where the next one starts. */
  private int token(int pos, int end, int token, Values subs, int depth, boolean template)
      throws EvtxDamage {
    switch (token & 0xbf) {
      case 0x0f -> {
        need(pos, 4, end);
        return pos + 4;
      }
      case 0x01 -> {
        return openElement(pos, end, template, (token & 0x40) != 0);
      }
      case 0x02, 0x03, 0x04 -> {
        out.endAttributes();
        if ((token & 0xbf) != 0x02) {
          out.endElement();
        }
        return pos + 1;
      }
      case 0x05 -> {
        return characters(pos, end, pos + 2, true); // value text: token, type, length
      }
      case 0x06, 0x09, 0x0a -> {
        need(pos, 5, end);
        int nameOffset = u32(pos + 1);
        int next = skipInlineName(pos + 5, nameOffset, end);
        if ((token & 0xbf) == 0x06) {
          out.attribute(name(nameOffset));
        } else if ((token & 0xbf) == 0x09) {
          out.text(entity(name(nameOffset)));
        }
        return next;
      }
      case 0x07 -> {
        return characters(pos, end, pos + 1, true); // CDATA
      }
      case 0x08 -> {
        need(pos, 3, end);
        out.text(String.valueOf((char) u16(pos + 1)));
        return pos + 3;
      }
      case 0x0b -> {
        return characters(pos, end, pos + 1, false); // processing instruction data
      }
      case 0x0c -> {
        return templateInstance(pos, end, depth);
      }
      case 0x0d, 0x0e -> {
        need(pos, 4, end);
        substitute(pos, subs, u16(pos + 1), (token & 0xbf) == 0x0e, depth);
        return pos + 4;
      }
      default -> throw new EvtxDamage(pos, "unknown BinXML token 0x" + Integer.toHexString(token));
    }
  }

  /** A length-prefixed UTF-16 string whose length is at {@code lengthAt}, kept when wanted. */
  private int characters(int pos, int end, int lengthAt, boolean keep) throws EvtxDamage {
    need(lengthAt, 2, end);
    int length = 2 * u16(lengthAt);
    need(lengthAt + 2, length, end);
    if (keep && out.wantsValue()) {
      out.text(EvtxValues.utf16(b, lengthAt + 2, length));
    }
    return lengthAt + 2 + length;
  }

  private int openElement(int pos, int end, boolean template, boolean hasAttributes)
      throws EvtxDamage {
    // Elements of a template definition carry a dependency identifier; others do not.
    int p = pos + (template ? 3 : 1);
    need(p, 8, end);
    int nameOffset = u32(p + 4);
    p = skipInlineName(p + 8, nameOffset, end);
    if (hasAttributes) {
      need(p, 4, end);
      p += 4;
    }
    out.startElement(name(nameOffset));
    return p;
  }

  private int templateInstance(int pos, int end, int depth) throws EvtxDamage {
    need(pos, 10, end);
    int definition = u32(pos + 6);
    int p = pos + 10;
    if (definition == p) {
      // The definition follows inline, the first time the chunk uses the template.
      need(p, 24, end);
      long size = u32(p + 20) & 0xffffffffL;
      if (size > end - p - 24) {
        throw new EvtxDamage(p, "template definition runs past the end of its record");
      }
      p += 24 + (int) size;
    }
    if (definition < 0 || definition > chunkSize - 24) {
      throw new EvtxDamage(pos, "template offset " + definition + " lies outside the chunk");
    }
    long definitionSize = u32(definition + 20) & 0xffffffffL;
    if (definitionSize > chunkSize - definition - 24) {
      throw new EvtxDamage(definition, "template definition runs past the end of the chunk");
    }
    need(p, 4, end);
    long count = u32(p) & 0xffffffffL;
    p += 4;
    if (count > (end - p) / 4) {
      throw new EvtxDamage(
          p - 4, count + " substitution values do not fit in the rest of the record");
    }
    int n = (int) count;
    int[] sizes = new int[n];
    int[] types = new int[n];
    int[] offsets = new int[n];
    for (int i = 0; i < n; i++) {
      sizes[i] = u16(p);
      types[i] = b[p + 2] & 0xff;
      p += 4;
    }
    for (int i = 0; i < n; i++) {
      offsets[i] = p;
      if (sizes[i] > end - p) {
        throw new EvtxDamage(p, "substitution value " + i + " runs past the end of the record");
      }
      p += sizes[i];
    }
    int start = definition + 24;
    walk(start, start + (int) definitionSize, new Values(offsets, sizes, types), depth + 1, true);
    return p;
  }

  private void substitute(int pos, Values subs, int index, boolean optional, int depth)
      throws EvtxDamage {
    if (subs == null) {
      throw new EvtxDamage(pos, "a substitution outside a template");
    }
    if (index >= subs.types.length) {
      throw new EvtxDamage(
          pos,
          "substitution "
              + index
              + " of a template instance with "
              + subs.types.length
              + " values");
    }
    int type = subs.types[index];
    int off = subs.offsets[index];
    int size = subs.sizes[index];
    if (type == EvtxValues.NULL
        || size == 0 && type != EvtxValues.STRING && (type & EvtxValues.ARRAY) == 0) {
      out.nullValue(optional);
      return;
    }
    if (type == EvtxValues.BINXML) {
      walk(off, off + size, null, depth + 1, false);
    } else if (out.wantsValue()) {
      out.value(b, off, size, type);
    }
  }

  private static String entity(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> "&" + name + ";";
    };
  }

  /** Skips a name written inline (where its offset points to the very next byte). */
  private int skipInlineName(int p, int nameOffset, int end) throws EvtxDamage {
    if (nameOffset != p) {
      return p;
    }
    need(p, 8, end);
    int length = 10 + 2 * u16(p + 6);
    need(p, length, end);
    return p + length;
  }

  /** The name at an offset in the chunk, read once per chunk. */
  private String name(int offset) throws EvtxDamage {
    if (offset < 0 || offset > chunkSize - 8) {
      throw new EvtxDamage(offset, "a name offset outside the chunk");
    }
    String name = names[offset];
    if (name == null) {
      int length = 2 * u16(offset + 6);
      if (length > chunkSize - offset - 8) {
        throw new EvtxDamage(offset, "a name that runs past the end of the chunk");
      }
      name = EvtxValues.decodeUtf16(b, offset + 8, length / 2);
      names[offset] = name;
      if (named == namedOffsets.length) {
        newChunk();
        names[offset] = name;
      }
      namedOffsets[named++] = offset;
    }
    return name;
  }

  private void need(int pos, int length, int end) throws EvtxDamage {
    if (length > end - pos) {
      throw new EvtxDamage(pos, "BinXML cut short");
    }
  }

  private int u16(int p) {
    return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
  }

  private int u32(int p) {
    return (b[p] & 0xff)
        | (b[p + 1] & 0xff) << 8
        | (b[p + 2] & 0xff) << 16
        | (b[p + 3] & 0xff) << 24;
  }
}
