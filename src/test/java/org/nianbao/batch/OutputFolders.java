package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reading a batch output folder in the kill-and-resume tests. */
public final class OutputFolders {
  private OutputFolders() {}

  /** Complete lines in the manifest so far (0 before it exists). */
  public static int manifestLines(Path manifest) throws IOException {
    if (!Files.exists(manifest)) {
      return 0;
    }
    return (int) new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8).chars()
        .filter(c -> c == '\n').count();
  }

  /** Outputs and the summary; not the manifest (timestamps) nor the lock file. */
  public static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") || n.endsWith(".csv")).sorted().toList();
    }
  }

  /**
   * Every manifest line succeeded and each of {@code inputs} inputs is recorded exactly once: a
   * resumed run did not redo finished ones.
   */
  public static void assertEachDoneOnce(Path manifest, int inputs) throws IOException {
    Map<String, Integer> doneLines = new TreeMap<>();
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      ManifestEntry e = ManifestEntry.parse(line);
      assertTrue(e.status().succeeded(), line);
      doneLines.merge(e.path(), 1, Integer::sum);
    }
    assertEquals(inputs, doneLines.size());
    doneLines.forEach((path, n) -> assertEquals(1, n, path));
  }
}
