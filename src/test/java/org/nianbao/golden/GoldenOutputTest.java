package org.nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.Nianbao;
import org.nianbao.emit.ReportJson;

/**
 * The whole output (pages, sections, table grids, provenance, checks, warnings) of the seed
 * reports against reviewed golden files in testdata/golden/, compared as JSON trees. Figures
 * are checked against independent truth elsewhere (BornDigitalTruthTest); this guards the rest
 * of the output against unnoticed change.
 *
 * <p>On mismatch the actual output and a diff go to target/golden/. Regenerate on purpose only:
 * {@code mvn test -Dtest=GoldenOutputTest -Dgolden.update=true}, then review the git diff.
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("testdata/golden");
  private static final Path ACTUAL = Path.of("target/golden");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> seedOutputsMatchGolden() throws Exception {
    List<Path> pdfs;
    try (Stream<Path> s = Files.list(Path.of("testdata/seeds"))) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertTrue(!pdfs.isEmpty(), "seed PDFs missing");
    return pdfs.stream().map(pdf -> DynamicTest.dynamicTest(pdf.getFileName().toString(),
        () -> check(pdf)));
  }

  private static void check(Path pdf) throws Exception {
    String name = pdf.getFileName().toString().replace(".pdf", ".json");
    JsonNode actual = ReportJson.toTree(Nianbao.extract(pdf));
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden file " + golden + "; create it with -Dgolden.update=true and review it");
    }
    List<String> diff = JsonTreeDiff.diff(JSON.readTree(golden.toFile()), actual);
    if (!diff.isEmpty()) {
      Files.createDirectories(ACTUAL);
      Files.writeString(ACTUAL.resolve(name),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
      Files.writeString(ACTUAL.resolve(name.replace(".json", ".diff.txt")),
          String.join("\n", diff) + "\n");
      fail(diff.size() + " differences from " + golden + " (see target/golden/), first: "
          + diff.subList(0, Math.min(5, diff.size())));
    }
  }
}
