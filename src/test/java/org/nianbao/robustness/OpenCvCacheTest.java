package org.nianbao.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenCV's native library is unpacked once to a cache, not to /tmp by every process. */
class OpenCvCacheTest {
  @TempDir Path tmp;

  private String runChild(Path cache, Path javaTmp) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Djava.io.tmpdir=" + javaTmp, "-cp",
        System.getProperty("java.class.path"), "org.nianbao.extract.image.OpenCvLoadChild");
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    Path log = tmp.resolve("child.log");
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String out = Files.readString(log);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("loaded, mat 2x2"), out);
    return out;
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void nativeLibraryIsUnpackedOnceToTheCache() throws Exception {
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    Path javaTmp = Files.createDirectories(tmp.resolve("javatmp"));
    runChild(cache, javaTmp);
    assertEquals(List.of(), files(javaTmp), "nothing left in the temp folder after a hard exit");
    List<Path> cached = files(cache);
    assertEquals(1, cached.size(), cached.toString());
    assertTrue(cached.get(0).toString().contains("/nianbao/opencv-"), cached.toString());
    long modified = Files.getLastModifiedTime(cached.get(0)).toMillis();
    runChild(cache, javaTmp);
    assertEquals(cached, files(cache));
    assertEquals(modified, Files.getLastModifiedTime(cached.get(0)).toMillis(), "not rewritten");
    assertEquals(List.of(), files(javaTmp));
  }
}
