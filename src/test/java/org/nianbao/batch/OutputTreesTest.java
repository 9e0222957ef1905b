package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-of-run reader of outputs, and the worker command line it shares a change with. */
class OutputTreesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  @Test
  void keepsExactlyTheTableMembersOfTheWholeDocument() throws IOException {
    String doc = "{\"schemaVersion\":\"1\",\"source\":{\"file\":\"a.pdf\",\"pageCount\":5},"
        + "\"report\":{\"organization\":\"某市\",\"year\":2021,\"template\":null},"
        + "\"pages\":[{\"number\":1}],\"tables\":[{\"cells\":[[1,2],[3,{\"x\":[]}]]}],"
        + "\"data\":{\"applications\":{\"newReceived\":{\"total\":12}}},"
        + "\"provenance\":{\"applications.newReceived.total\":{\"source\":\"text-layer\"}},"
        + "\"checks\":[{\"rule\":\"r\",\"passed\":false}],\"warnings\":[]}";
    Files.writeString(tmp.resolve("a.json"), doc, StandardCharsets.UTF_8);
    JsonNode whole = JSON.readTree(doc);
    JsonNode kept = new OutputTrees(tmp, OutputTrees.TABLE_FIELDS, true).read("a.json");
    ObjectNode expected = ((ObjectNode) whole).deepCopy();
    expected.remove(List.of("pages", "tables"));
    assertEquals(expected, kept);
    assertTrue(kept.path("report").path("template").isNull());
    assertFalse(kept.has("tables"));
    assertEquals(whole, new OutputTrees(tmp, null, false).read("a.json"));
  }

  @Test
  void aBrokenOutputFailsWithTheWholeParsersMessage() throws IOException {
    String broken = "{\"source\":{\"file\":\"a.pdf\"},\"data\":{\"x\":[1,2}";
    Files.writeString(tmp.resolve("b.json"), broken, StandardCharsets.UTF_8);
    String whole = assertThrows(IOException.class,
        () -> JSON.readTree(Files.readAllBytes(tmp.resolve("b.json")))).getMessage();
    OutputTrees trees = new OutputTrees(tmp, OutputTrees.TABLE_FIELDS, true);
    assertEquals(whole, assertThrows(IOException.class, () -> trees.read("b.json")).getMessage());
    // kept: the second reader sees the same failure
    assertEquals(whole, assertThrows(IOException.class, () -> trees.read("b.json")).getMessage());
    assertThrows(java.nio.file.NoSuchFileException.class, () -> trees.read("missing.json"));
  }

  @Test
  void workersGetTheArchiveNamedByTheProperty() {
    String before = System.getProperty(WorkerLaunch.ARCHIVE_PROPERTY);
    try {
      System.setProperty(WorkerLaunch.ARCHIVE_PROPERTY, "/a b/nianbao-cli.jsa");
      List<String> cmd = WorkerLaunch.java("x.Main", List.of("worker"), 64L << 20, 0).command();
      int archive = cmd.indexOf("-XX:SharedArchiveFile=/a b/nianbao-cli.jsa");
      assertTrue(archive > 0 && archive < cmd.indexOf("x.Main"), cmd.toString());
      assertTrue(cmd.contains("-Xlog:cds=off"), cmd.toString());
      System.clearProperty(WorkerLaunch.ARCHIVE_PROPERTY);
      assertFalse(WorkerLaunch.java("x.Main", List.of("worker"), 64L << 20, 0).command().stream()
          .anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")));
    } finally {
      if (before == null) {
        System.clearProperty(WorkerLaunch.ARCHIVE_PROPERTY);
      } else {
        System.setProperty(WorkerLaunch.ARCHIVE_PROPERTY, before);
      }
    }
  }
}
