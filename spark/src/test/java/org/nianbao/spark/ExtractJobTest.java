package org.nianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Nianbao;
import org.nianbao.Options;
import org.nianbao.batch.BatchOptions;
import org.nianbao.batch.BatchResult;
import org.nianbao.batch.BatchRunner;
import org.nianbao.batch.DocumentStatus;
import org.nianbao.batch.Manifest;
import org.nianbao.batch.ManifestEntry;
import org.nianbao.batch.ProgressMode;

/**
 * The Spark job in local[2] against the local batch runner over the same mixed folder: two
 * born-digital reports, the smallest scan, an HTML page saved as .pdf, an empty file and a copy
 * of a born-digital report under another name. The local run is the reference: same statuses,
 * codes and duplicate links, same figures, checks and report fields; then a resubmission skips
 * what is done, as a resumed local batch does.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtractJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path in;
  static String scanName;
  static Path localOut;
  static String sparkOut;
  static SparkSession spark;
  static ExtractJob.Summary first;
  static Map<String, ManifestEntry> local;
  static Map<String, Row> manifest;
  static Map<String, JsonNode> reports;

  @BeforeAll
  static void runBoth() throws Exception {
    Path root = Path.of(System.getProperty("rootDir", "..")).toAbsolutePath().normalize();
    in = Files.createDirectories(tmp.resolve("in"));
    Path born = root.resolve("testdata/born-digital");
    Files.copy(born.resolve("gb2019-01.pdf"), in.resolve("gb2019-01.pdf"));
    Files.copy(born.resolve("gb2021-01.pdf"), in.resolve("gb2021-01.pdf"));
    Files.copy(born.resolve("gb2021-01.pdf"), in.resolve("gb2021-01 (1).pdf"));
    Path scan;
    try (Stream<Path> s = Files.list(root.resolve("testdata/scanned"))) {
      scan = s.filter(p -> p.toString().endsWith(".pdf"))
          .min(Comparator.comparingLong(ExtractJobTest::size)).orElseThrow();
    }
    scanName = "scan-" + scan.getFileName();
    Files.copy(scan, in.resolve(scanName));
    Files.writeString(in.resolve("notice.pdf"), "<!DOCTYPE html>\n<html><head><title>404 Not"
        + " Found</title></head><body>页面不存在</body></html>\n", StandardCharsets.UTF_8);
    Files.write(in.resolve("empty.pdf"), new byte[0]);

    localOut = tmp.resolve("local");
    try (Nianbao nianbao = Nianbao.create(JobSettings.of("-", List.of()).options())) {
      localBatch(nianbao);
    }
    local = Manifest.readLatest(localOut);

    spark = SparkSession.builder()
        .master("local[2]")
        .appName("nianbao-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "localhost")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    sparkOut = tmp.resolve("spark").toUri().toString();
    first = ExtractJob.run(spark, JobSettings.of(sparkOut, List.of(in.toUri().toString())),
        Nianbao.version());
    manifest = latestRows();
    reports = new HashMap<>();
    for (String line : spark.read().text(sparkOut + "/reports").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList()) {
      JsonNode n = JSON.readTree(line);
      assertNull(reports.put(localPath(n.get("path").asText()), n.get("report")),
          "one JSON line per document");
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static BatchResult localBatch(Nianbao nianbao) throws Exception {
    return new BatchRunner(BatchOptions.builder(localOut).jobs(2)
        .timeout(Duration.ofSeconds(600)).progress(ProgressMode.QUIET)
        .toolVersion(Nianbao.version()).build(), nianbao::extractFile).run(List.of(in));
  }

  @Test
  void statusesCodesAndDuplicateLinksEqualTheLocalManifest() {
    assertEquals(6, local.size());
    assertEquals(local.keySet(), manifest.keySet());
    for (ManifestEntry e : local.values()) {
      Row r = manifest.get(e.path());
      assertEquals(e.status().id(), r.getAs("status"), e.path());
      assertEquals(e.errorCode() == null ? null : e.errorCode().name(), r.getAs("errorCode"),
          e.path());
      assertEquals(e.sha256(), r.getAs("sha256"), e.path());
      assertEquals(e.size(), (long) r.getAs("size"), e.path());
      assertEquals(e.pages(), r.getAs("pages"), e.path());
      assertEquals(e.toolVersion(), r.getAs("version"), e.path());
      String dupOf = r.getAs("duplicateOf");
      assertEquals(e.duplicateOf(), dupOf == null ? null : localPath(dupOf), e.path());
    }
    // the fixture's bad inputs, by what they are rather than by what the local run said
    assertEquals("NOT_PDF", row("notice.pdf").getAs("errorCode"));
    assertEquals("EMPTY_FILE", row("empty.pdf").getAs("errorCode"));
    assertEquals(DocumentStatus.DUPLICATE.id(), row("gb2021-01.pdf").getAs("status"));
    assertEquals(in.resolve("gb2021-01 (1).pdf").toString(),
        localPath(row("gb2021-01.pdf").getAs("duplicateOf")));
  }

  @Test
  void reportsEqualTheLocalOutputsFigureByFigure() throws IOException {
    int extracted = 0;
    for (ManifestEntry e : local.values()) {
      if (e.status() == DocumentStatus.FAILED || e.status() == DocumentStatus.DUPLICATE) {
        assertTrue(!reports.containsKey(e.path()), "no JSON line for " + e.path());
        continue;
      }
      extracted++;
      JsonNode mine = reports.get(e.path());
      assertNotNull(mine, "JSON line for " + e.path());
      JsonNode theirs = JSON.readTree(localOut.resolve(e.output()).toFile());
      for (String part : List.of("report", "data", "checks")) {
        assertEquals(theirs.get(part), mine.get(part), part + " of " + e.path());
      }
      assertEquals(codes(theirs.get("warnings")), codes(mine.get("warnings")), e.path());
      assertEquals(theirs.path("source").path("file"), mine.path("source").path("file"));
    }
    assertEquals(3, extracted);
    assertEquals(3, reports.size());
  }

  @Test
  void parquetFiguresAndYearEqualTheLocalSummary() throws IOException {
    List<List<String>> csv = SummaryCsvReader.read(localOut.resolve("summary.csv"));
    List<String> header = csv.get(0);
    int year = header.indexOf("year");
    int checks = header.indexOf("checksFailed");
    for (String fig : Columns.FIGURES) {
      // summary.csv names the figure by its path without the group
      assertTrue(header.contains(fig.substring(fig.indexOf('.') + 1)), fig);
    }
    int rows = 0;
    for (List<String> line : csv.subList(1, csv.size())) {
      Row r = manifest.get(line.get(0));
      assertNotNull(r, line.get(0));
      String status = r.getAs("status");
      for (String fig : Columns.FIGURES) {
        Object v = r.getAs(Columns.column(fig));
        assertEquals(line.get(header.indexOf(fig.substring(fig.indexOf('.') + 1))),
            v == null ? "" : v.toString(), fig + " of " + line.get(0));
      }
      if (status.equals("ok") || status.equals("warnings")) {
        assertEquals(line.get(year), String.valueOf((Object) r.getAs("year")), line.get(0));
        assertEquals(line.get(checks), String.valueOf((Object) r.getAs("checksFailed")));
        rows++;
      }
    }
    assertEquals(3, rows);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void resubmissionSkipsWhatIsDoneAndRetriesFailures() throws Exception {
    ExtractJob.Summary again = ExtractJob.run(spark,
        JobSettings.of(sparkOut, List.of(in.toUri().toString())), Nianbao.version());
    BatchResult localAgain;
    try (Nianbao nianbao = Nianbao.create(JobSettings.of("-", List.of()).options())) {
      localAgain = localBatch(nianbao);
    }
    assertEquals(6, again.documents());
    assertEquals(localAgain.skipped(), again.skipped());
    assertEquals(4, again.skipped());
    assertEquals(Map.of("failed", 2L), again.byStatus());
    assertEquals(localAgain.failed(), 2);
    // no second JSON line for a skipped document
    assertEquals(3, spark.read().text(sparkOut + "/reports").count());
    Map<String, Row> latest = latestRows();
    for (ManifestEntry e : Manifest.readLatest(localOut).values()) {
      assertEquals(e.status().id(), latest.get(e.path()).getAs("status"), e.path());
    }
  }

  @Test
  void aSlowDocumentFailsOnlyItsOwnRow() throws Exception {
    // a 1 s limit: a five-page scan cannot be read in it; the bad input beside it still gets
    // its own row and the job ends normally
    Path slow = Files.createDirectories(tmp.resolve("slow"));
    Files.copy(in.resolve(scanName), slow.resolve(scanName));
    Files.copy(in.resolve("notice.pdf"), slow.resolve("notice.pdf"));
    String out = tmp.resolve("slow-out").toUri().toString();
    ExtractJob.Summary s = ExtractJob.run(spark, new JobSettings(
        List.of(slow.toUri().toString()), List.of(), out, 1, 0, Options.OcrStrategy.AUTO,
        Options.TableMethod.AUTO, 0, false), Nianbao.version());
    assertEquals(Map.of("failed", 2L), s.byStatus());
    Map<String, String> codes = new HashMap<>();
    for (Row r : spark.read().parquet(out + "/manifest").collectAsList()) {
      codes.put(localPath(r.getAs("path")), r.getAs("errorCode"));
    }
    assertEquals(Map.of(slow.resolve(scanName).toString(), "TIMEOUT",
        slow.resolve("notice.pdf").toString(), "NOT_PDF"), codes);
  }

  // ---- helpers ----

  static Map<String, Row> latestRows() {
    Map<String, Row> m = new HashMap<>();
    List<Row> rows = new ArrayList<>(spark.read().parquet(sparkOut + "/manifest")
        .orderBy("timestamp").collectAsList());
    for (Row r : rows) {
      m.put(localPath(r.getAs("path")), r);
    }
    return m;
  }

  static Row row(String name) {
    return manifest.get(in.resolve(name).toString());
  }

  /** Spark names local files file:/a/b.pdf; the local manifest /a/b.pdf. */
  static String localPath(String sparkPath) {
    String p = sparkPath.startsWith("file:") ? sparkPath.substring("file:".length()) : sparkPath;
    return p.startsWith("///") ? p.substring(2) : p;
  }

  static List<String> codes(JsonNode warnings) {
    List<String> c = new ArrayList<>();
    for (JsonNode w : warnings) {
      c.add(w.path("code").asText());
    }
    c.sort(null);
    return c;
  }

  static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
