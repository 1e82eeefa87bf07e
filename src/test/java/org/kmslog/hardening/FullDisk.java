package org.kmslog.hardening;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:fulldisk:PATH}) on the real disk whose folders can be given a
 * number of bytes left: once the files there have written that many, every further write fails as a
 * full disk's does, with the operating system's "No space left on device". Nothing else differs, so
 * H2 meets a full disk where it would, without a small partition to fill. (A budget of bytes
 * written, not a file size: H2 reuses free space inside its file, so how far the file grows depends
 * on when its background writer ran.)
 */
public final class FullDisk extends FilePathWrapper {
  private static final String SCHEME = "fulldisk";
  private static final Map<String, AtomicLong> LEFT = new ConcurrentHashMap<>();

  static {
    FilePath.register(new FullDisk());
  }

  /** The JDBC URL of a database in a folder of this file system. */
  static String url(Path database) {
    return "jdbc:h2:" + SCHEME + ":" + database.toAbsolutePath() + ";TRACE_LEVEL_FILE=0";
  }

  /** Lets the files in this folder write this many more bytes, then fails their writes. */
  static void fillUpAfter(Path folder, long bytes) {
    LEFT.put(folder.toAbsolutePath().toString(), new AtomicLong(bytes));
  }

  /** Lets the files in this folder write without limit again. */
  static void free(Path folder) {
    LEFT.remove(folder.toAbsolutePath().toString());
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    FilePath parent = getBase().getParent();
    return new Channel(getBase().open(mode), parent == null ? "" : parent.toString());
  }

  /** A file whose writes past its folder's capacity fail. */
  private static final class Channel extends FileBase {
    private final FileChannel base;
    private final String folder;

    Channel(FileChannel base, String folder) {
      this.base = base;
      this.folder = folder;
    }

    private void room(int length) throws IOException {
      AtomicLong left = LEFT.get(folder);
      if (left != null && left.addAndGet(-length) < 0) {
        left.set(0);
        throw new IOException("No space left on device");
      }
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
      room(source.remaining());
      return base.write(source, position);
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
      room(source.remaining());
      return base.write(source);
    }

    @Override
    public int read(ByteBuffer target, long position) throws IOException {
      return base.read(target, position);
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
      return base.read(target);
    }

    @Override
    public long position() throws IOException {
      return base.position();
    }

    @Override
    public FileChannel position(long position) throws IOException {
      base.position(position);
      return this;
    }

    @Override
    public long size() throws IOException {
      return base.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      base.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      base.close();
    }
  }
}
