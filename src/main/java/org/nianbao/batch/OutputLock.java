package org.nianbao.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.DirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An OS file lock on {@code OUT/.lock} so two runs never append to one manifest. The OS drops it
 * when the process dies, so a killed run never leaves a stale lock behind; a run that ends (or
 * is terminated) removes the file too.
 *
 * <p>Removing a lock file races with a run that opened it just before: that run would lock the
 * removed file while a third creates a new one. So a lock counts only if, once held, the path
 * still names the locked file; otherwise it is tried again on the new file.
 */
final class OutputLock implements AutoCloseable {
  static final String FILE_NAME = ".lock";

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean deleted;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  static OutputLock acquire(Path outputDir) throws IOException {
    Path file = outputDir.resolve(FILE_NAME);
    for (int attempt = 0; attempt < 10; attempt++) {
      FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (java.nio.channels.OverlappingFileLockException e) {
        lock = null; // held by this very JVM
      } catch (IOException | RuntimeException e) {
        ch.close();
        throw e;
      }
      if (lock == null) {
        ch.close();
        throw new IOException("another nianbao run is writing to " + InputNames.display(outputDir));
      }
      if (sameFile(file, ch)) {
        return new OutputLock(file, ch, lock);
      }
      lock.release(); // the file was removed by the run that held it: lock the new one
      ch.close();
    }
    throw new IOException("cannot lock " + InputNames.display(file) + ": it keeps changing");
  }

  /**
   * Whether the path still names a file this process has open (the one just locked). Only
   * stats: opening and closing the lock file again would drop the lock (POSIX locks belong to
   * the process and go with any close). The JDK gives no inode for a channel, so the open
   * descriptors under /proc/self/fd are compared; without /proc (not Linux) it is assumed.
   */
  private static boolean sameFile(Path file, FileChannel ch) throws IOException {
    Object key;
    try {
      key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (NoSuchFileException e) {
      return false;
    }
    Path fds = Path.of("/proc/self/fd");
    if (key == null || !Files.isDirectory(fds)) {
      return true;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(fds)) {
      for (Path fd : ds) {
        try {
          if (key.equals(Files.readAttributes(fd, BasicFileAttributes.class).fileKey())) {
            return true;
          }
        } catch (IOException ignored) {
          // a descriptor closed meanwhile
        }
      }
    }
    return false;
  }

  /** Removes the lock file (while still holding the lock); idempotent. */
  synchronized void deleteFile() {
    if (deleted) {
      return;
    }
    deleted = true;
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a lock file left behind is harmless: the OS lock is what counts
    }
  }

  @Override
  public void close() throws IOException {
    deleteFile();
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
