package org.nianbao.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Nianbao;

/**
 * The long figure table (CSV) and the workbook, read back as a user's tools read them (Commons
 * CSV; LibreOffice converting the workbook's sheets to CSV), hold every figure of the truth.
 */
class OutputWritersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DOCS =
      List.of("born-digital/gb2021-04", "born-digital/gb2019-01", "seeds/seed-002");
  private static final List<JsonNode> REPORTS = new ArrayList<>();
  private static final Map<String, JsonNode> TRUTH = new HashMap<>();

  @BeforeAll
  static void extract() throws Exception {
    for (String d : DOCS) {
      Path pdf = Path.of("testdata", d + ".pdf");
      REPORTS.add(ReportJson.toTree(Nianbao.extract(pdf)));
      TRUTH.put(pdf.getFileName().toString(),
          JSON.readTree(Path.of("testdata", d + ".truth.json").toFile()));
    }
  }

  /** Every truth figure as (file, path) → value. */
  private static Map<String, BigDecimal> truthFigures() {
    Map<String, BigDecimal> out = new HashMap<>();
    TRUTH.forEach((file, t) -> {
      for (Iterator<Map.Entry<String, JsonNode>> g = t.path("data").fields(); g.hasNext(); ) {
        var group = g.next();
        for (Iterator<Map.Entry<String, JsonNode>> i = group.getValue().fields(); i.hasNext(); ) {
          var item = i.next();
          for (Iterator<Map.Entry<String, JsonNode>> f = item.getValue().fields(); f.hasNext(); ) {
            var field = f.next();
            if (field.getValue().isNumber()) {
              out.put(file + "|" + group.getKey() + "." + item.getKey() + "." + field.getKey(),
                  field.getValue().decimalValue());
            }
          }
        }
      }
    });
    return out;
  }

  private static void assertFigures(List<CSVRecord> rows) {
    Map<String, BigDecimal> truth = truthFigures();
    Map<String, BigDecimal> got = new HashMap<>();
    for (CSVRecord r : rows) {
      if (!r.get("value").isEmpty()) {
        got.put(r.get("file") + "|" + r.get("path"), new BigDecimal(r.get("value")));
      }
    }
    int compared = 0;
    for (var e : truth.entrySet()) {
      BigDecimal v = got.get(e.getKey());
      assertTrue(v != null && v.compareTo(e.getValue()) == 0,
          e.getKey() + ": truth " + e.getValue() + ", table " + v);
      compared++;
    }
    assertTrue(compared > 300, "compared " + compared);
  }

  @Test
  void figuresCsvHoldsEveryTruthFigureWithItsLabels(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("figures.csv");
    try (OutputStream out = Files.newOutputStream(csv)) {
      OutputFormat.FIGURES_CSV.writer().write(REPORTS, out);
    }
    byte[] bytes = Files.readAllBytes(csv);
    assertEquals((byte) 0xEF, bytes[0], "UTF-8 BOM for Excel/WPS");
    List<CSVRecord> rows;
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      r.read(); // BOM
      rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)
          .getRecords();
    }
    assertFigures(rows);
    CSVRecord granted = rows.stream()
        .filter(r -> r.get("path").equals("applications.granted.total")
            && r.get("file").equals("gb2021-04.pdf")).findFirst().orElseThrow();
    assertEquals("(一)予以公开", granted.get("row"));
    assertEquals("总计", granted.get("column"));
    // gb2021-04's truth says granted's row total does not add up: the figure is marked
    assertEquals("failed", granted.get("check"));
    assertEquals("件", granted.get("unit"));
  }

  @Test
  void workbookOpensInLibreOfficeWithEveryTruthFigure(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("nianbao.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      OutputFormat.XLSX.writer().write(REPORTS, out);
    }
    // every sheet to CSV (UTF-8, comma, quoted text), as LibreOffice itself reads the workbook
    Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://"
        + dir.resolve("lo-profile").toAbsolutePath(), "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir", dir.toString(), xlsx.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
    Path figures = dir.resolve("nianbao-figures.csv");
    assertTrue(Files.exists(figures), () -> "LibreOffice wrote no figures sheet: "
        + readQuietly(dir.resolve("soffice.log")));
    List<CSVRecord> rows;
    try (Reader r = Files.newBufferedReader(figures, StandardCharsets.UTF_8)) {
      rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)
          .getRecords();
    }
    assertFigures(rows);
    Path checks = dir.resolve("nianbao-failed checks.csv");
    long failedInJson = REPORTS.stream().mapToLong(rep -> {
      long n = 0;
      for (JsonNode c : rep.path("checks")) {
        n += c.path("passed").asBoolean(true) ? 0 : 1;
      }
      return n;
    }).sum();
    assertEquals(failedInJson + 1, Files.readAllLines(checks).size(), "one row per failed check");
    assertEquals(DOCS.size() + 1, Files.readAllLines(dir.resolve("nianbao-reports.csv")).size());
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      return "(no log)";
    }
  }
}
