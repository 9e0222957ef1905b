package org.nianbao.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.batch.Manifest;
import org.nianbao.batch.ManifestEntry;
import org.nianbao.batch.OutputFolders;

/**
 * The command line with the real pipeline over the born-digital corpus, killed with SIGKILL
 * mid-run and started again: the outputs equal those of an uninterrupted run byte for byte, and
 * every input is recorded done exactly once.
 */
class RealPipelineKillResumeTest {
  @TempDir Path tmp;

  @Test
  void killedCliRunResumesToTheSameOutputs() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    int inputs = 0;
    for (String set : List.of("testdata/born-digital", "testdata/seeds")) {
      try (Stream<Path> s = Files.list(Path.of(set))) {
        for (Path p : s.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
          Files.copy(p, in.resolve(p.getFileName()));
          inputs++;
        }
      }
    }
    assertTrue(inputs >= 10, "corpus present: " + inputs);

    Path reference = tmp.resolve("reference");
    Process ref = cli(in, reference, "reference.log");
    assertTrue(ref.waitFor(300, TimeUnit.SECONDS), "reference run finishes");
    assertEquals(0, ref.exitValue(), Files.readString(tmp.resolve("reference.log")));

    Path out = tmp.resolve("out");
    Path manifest = out.resolve(Manifest.FILE_NAME);
    Process first = cli(in, out, "first.log");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (OutputFolders.manifestLines(manifest) < 4 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    first.destroyForcibly();
    first.waitFor(10, TimeUnit.SECONDS);
    int afterKill = OutputFolders.manifestLines(manifest);
    assertTrue(afterKill >= 4 && afterKill < inputs, "killed mid-run: " + afterKill + " lines");

    Process second = cli(in, out, "second.log");
    assertTrue(second.waitFor(300, TimeUnit.SECONDS), "resumed run finishes");
    assertEquals(0, second.exitValue(), Files.readString(tmp.resolve("second.log")));

    assertEquals(OutputFolders.listing(reference), OutputFolders.listing(out));
    for (String name : OutputFolders.listing(reference)) {
      assertArrayEquals(Files.readAllBytes(reference.resolve(name)),
          Files.readAllBytes(out.resolve(name)), name);
    }
    Map<String, Integer> done = new TreeMap<>();
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      ManifestEntry e = ManifestEntry.parse(line);
      done.merge(e.path(), 1, Integer::sum);
    }
    assertEquals(inputs, done.size());
    done.forEach((path, n) -> assertEquals(1, n, "recorded once: " + path));
  }

  private Process cli(Path in, Path out, String log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "org.nianbao.cli.Main", "extract", "--jobs", "2", "--progress", "LOG",
        "--out", out.toString(), in.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile()).start();
  }


}
