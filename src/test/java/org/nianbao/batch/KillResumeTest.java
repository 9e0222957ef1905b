package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 a batch mid-run, run it again: same outputs as an uninterrupted run, no repeats. */
class KillResumeTest {
  static final String VERSION = "resume-test";

  @TempDir Path tmp;

  @Test
  void killedRunResumesToTheSameResult() throws Exception {
    Path in = tmp.resolve("in");
    for (int i = 0; i < 26; i++) {
      TestPdfs.write(in.resolve(String.format("r%02d.pdf", i)), TestPdfs.onePage("report " + i));
    }
    TestPdfs.write(in.resolve("dup-of-r03.pdf"), Files.readAllBytes(in.resolve("r03.pdf")));
    TestPdfs.write(in.resolve("zz/dup-of-r17.pdf"), Files.readAllBytes(in.resolve("r17.pdf")));
    TestPdfs.write(in.resolve("a/same.pdf"), TestPdfs.onePage("same a"));
    TestPdfs.write(in.resolve("b/same.pdf"), TestPdfs.onePage("same b"));
    int inputs = 30;

    Path reference = tmp.resolve("reference");
    new BatchRunner(BatchOptions.builder(reference).jobs(2).progress(ProgressMode.QUIET)
        .toolVersion(VERSION).build(), new FakeExtractor(0)).run(List.of(in));

    Path out = tmp.resolve("out");
    Process first = child(in, out, "first.log");
    Path manifest = out.resolve(Manifest.FILE_NAME);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (OutputFolders.manifestLines(manifest) < 8 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    first.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
    first.waitFor(10, TimeUnit.SECONDS);
    int afterKill = OutputFolders.manifestLines(manifest);
    assertTrue(afterKill >= 8 && afterKill < inputs, "killed mid-run: " + afterKill + " lines");

    Process second = child(in, out, "second.log");
    assertTrue(second.waitFor(60, TimeUnit.SECONDS), "resumed run finishes");
    assertEquals(0, second.exitValue(), Files.readString(tmp.resolve("second.log")));

    assertEquals(OutputFolders.listing(reference), OutputFolders.listing(out));
    for (String name : OutputFolders.listing(reference)) {
      assertArrayEquals(Files.readAllBytes(reference.resolve(name)),
          Files.readAllBytes(out.resolve(name)), name);
    }

    // every input recorded done exactly once: the resumed run did not redo finished ones
    OutputFolders.assertEachDoneOnce(manifest, inputs);
    Map<String, ManifestEntry> latest = Manifest.readLatest(out);
    Map<String, ManifestEntry> expected = Manifest.readLatest(reference);
    assertEquals(expected.keySet(), latest.keySet());
    for (ManifestEntry e : latest.values()) {
      ManifestEntry x = expected.get(e.path());
      assertEquals(x.status(), e.status(), e.path());
      assertEquals(x.output(), e.output(), e.path());
    }
  }

  private Process child(Path in, Path out, String log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        ResumeChild.class.getName(), in.toString(), out.toString(), "150")
        .redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile()).start();
  }


}
