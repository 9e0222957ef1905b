package org.nianbao.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run manifest {@code OUT/_manifest.jsonl}: an append-only log of finished inputs, one JSON
 * line each, flushed and fsynced per line so a kill -9 loses at most the line being written.
 * Reading takes the latest line per input path and ignores lines that do not parse (a torn last
 * line, or an editor's mistake).
 */
public final class Manifest implements Closeable {

  public static final String FILE_NAME = "_manifest.jsonl";

  private final Path file;
  private final FileChannel channel;
  private final Map<String, ManifestEntry> latest;
  private final int unreadableLines;
  private boolean sealed;

  private Manifest(Path file, FileChannel channel, Map<String, ManifestEntry> latest,
      int unreadableLines) {
    this.file = file;
    this.channel = channel;
    this.latest = latest;
    this.unreadableLines = unreadableLines;
  }

  /** Opens (creating if needed) the manifest in {@code outputDir} for appending. */
  public static Manifest open(Path outputDir) throws IOException {
    Path file = outputDir.resolve(FILE_NAME);
    Read read = read(file);
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    // A torn last line has no newline: end it, or the next entry would be glued onto it.
    if (ch.size() > 0 && !endsWithNewline(file, ch.size())) {
      ch.write(ByteBuffer.wrap(new byte[] {'\n'}));
      ch.force(false);
    }
    return new Manifest(file, ch, read.latest, read.unreadable);
  }

  /** Latest entry per input path in the manifest of {@code outputDir}; empty when there is none. */
  public static Map<String, ManifestEntry> readLatest(Path outputDir) throws IOException {
    return read(outputDir.resolve(FILE_NAME)).latest;
  }

  /** Latest entry per input path as of opening, sorted by path. */
  public Map<String, ManifestEntry> latestAtOpen() {
    return latest;
  }

  /** Lines that did not parse when the manifest was opened. */
  public int unreadableLines() {
    return unreadableLines;
  }

  public Path file() {
    return file;
  }

  /**
   * Appends one entry and forces it to disk before returning; after {@link #seal} does
   * nothing (the run is being terminated and its summary written).
   */
  public synchronized void append(ManifestEntry entry) throws IOException {
    if (sealed) {
      return;
    }
    ByteBuffer buf = ByteBuffer.wrap((entry.toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      channel.write(buf);
    }
    channel.force(false);
  }

  /** No more appends: what is in the manifest now is what the summary will show. */
  public synchronized void seal() {
    sealed = true;
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }

  private record Read(Map<String, ManifestEntry> latest, int unreadable) {}

  private static Read read(Path file) throws IOException {
    Map<String, ManifestEntry> latest = new TreeMap<>();
    int unreadable = 0;
    if (Files.exists(file)) {
      // Decode leniently: a torn last line may end inside a multi-byte character.
      String all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      for (String line : all.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        try {
          ManifestEntry e = ManifestEntry.parse(line);
          latest.put(e.path(), e);
        } catch (IllegalArgumentException e) {
          unreadable++;
        }
      }
    }
    return new Read(Collections.unmodifiableMap(latest), unreadable);
  }

  private static boolean endsWithNewline(Path file, long size) throws IOException {
    try (FileChannel r = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer last = ByteBuffer.allocate(1);
      r.read(last, size - 1);
      return last.get(0) == '\n';
    }
  }
}
