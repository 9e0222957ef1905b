package org.nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
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
import org.nianbao.batch.SummaryCsv;
import org.nianbao.model.Report;
import org.nianbao.model.Template;
import org.nianbao.model.Warning;
import org.nianbao.reconcile.ReportKind;

/**
 * A document that is no disclosure report (a policy notice downloaded by mistake, with or
 * without a small unrelated table) gets template unknown and NOT_A_REPORT, and a batch counts it
 * apart; no report of the test corpus does.
 */
class NotAReportTest {
  private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  private static final Options TEXT = Options.builder().ocrStrategy(Options.OcrStrategy.NO_OCR).build();

  @TempDir Path tmp;

  /** A4 page with Chinese lines (x, y from the top, size, text) and ruled rectangles. */
  private static void page(PDDocument doc, PDType0Font font, List<Object[]> lines,
      List<float[]> rules) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    float h = PDRectangle.A4.getHeight();
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      for (float[] r : rules) {
        cs.moveTo(r[0], h - r[1]);
        cs.lineTo(r[2], h - r[3]);
      }
      cs.setLineWidth(0.8f);
      cs.stroke();
      for (Object[] l : lines) {
        cs.beginText();
        cs.setFont(font, (Float) l[2]);
        cs.newLineAtOffset((Float) l[0], h - (Float) l[1]);
        cs.showText((String) l[3]);
        cs.endText();
      }
    }
  }

  private static PDType0Font font(PDDocument doc) throws IOException {
    TrueTypeFont[] first = new TrueTypeFont[1];
    TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile());
    ttc.processAllFonts(f -> {
      if (first[0] == null) {
        first[0] = f;
      }
    });
    return PDType0Font.load(doc, first[0], true);
  }

  private static Object[] line(float x, float y, float size, String text) {
    return new Object[] {x, y, size, text};
  }

  private Path policyNotice(boolean withTable) throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(FONT), "CJK font " + FONT + " not installed");
    Path pdf = tmp.resolve(withTable ? "notice-with-table.pdf" : "notice.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDType0Font f = font(doc);
      List<Object[]> lines = new ArrayList<>();
      List<float[]> rules = new ArrayList<>();
      lines.add(line(130, 90, 20, withTable ? "关于下达2023年度农业专项资金的通知"
          : "关于印发《政务服务事项管理办法》的通知"));
      lines.add(line(72, 140, 15, "各县（市、区）人民政府，市人民政府各部门："));
      lines.add(line(102, 170, 15, "现将有关事项通知如下，请认真贯彻执行。本办法自发布之日起施"));
      lines.add(line(72, 195, 15, "行，有效期五年。各单位要加强组织领导，确保各项工作落实到位。"));
      if (withTable) {
        String[][] cells = {{"序号", "项目名称", "金额（万元）"}, {"1", "高标准农田建设", "1200"},
            {"2", "农机购置补贴", "350"}, {"3", "合计", "1550"}};
        float top = 230;
        float[] xs = {72, 142, 352, 522};
        for (int r = 0; r <= cells.length; r++) {
          rules.add(new float[] {xs[0], top + 28 * r, xs[3], top + 28 * r});
        }
        for (float x : xs) {
          rules.add(new float[] {x, top, x, top + 28 * cells.length});
        }
        for (int r = 0; r < cells.length; r++) {
          for (int c = 0; c < 3; c++) {
            lines.add(line(xs[c] + 6, top + 28 * r + 19, 12, cells[r][c]));
          }
        }
      }
      lines.add(line(372, 400, 15, "某某市人民政府办公室"));
      lines.add(line(392, 425, 15, "2023年5月8日"));
      page(doc, f, lines, rules);
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  private static boolean flagged(Report r) {
    return r.warnings().stream().map(Warning::code).anyMatch(ReportKind.NOT_A_REPORT::equals);
  }

  @Test
  void aPolicyNoticeIsNotAReport() throws Exception {
    Report r = Nianbao.extract(policyNotice(false), TEXT);
    assertEquals(Template.UNKNOWN, r.report().template());
    assertTrue(flagged(r), r.warnings().toString());
  }

  @Test
  void aNoticeWithASmallUnrelatedTableIsNotAReport() throws Exception {
    Report r = Nianbao.extract(policyNotice(true), TEXT);
    assertFalse(r.tables().isEmpty(), "the ruled table is read as a table");
    assertEquals(Template.UNKNOWN, r.report().template());
    assertTrue(flagged(r), r.warnings().toString());
  }

  @Test
  void aScanReadWithOcrOffIsUnreadNotANonReport() throws Exception {
    Report r = Nianbao.extract(Path.of("testdata/scanned/gb2021-12.pdf"), TEXT);
    assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("OCR_SKIPPED")));
    assertFalse(flagged(r), r.warnings().toString());
  }

  @Test
  void noReportOfTheCorpusIsFlagged() throws Exception {
    List<Path> pdfs;
    try (Stream<Path> s = Stream.concat(Files.list(Path.of("testdata/born-digital")),
        Files.list(Path.of("testdata/seeds")))) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertEquals(27, pdfs.size());
    for (Path pdf : pdfs) {
      Report r = Nianbao.extract(pdf, TEXT);
      assertFalse(flagged(r), pdf + ": " + r.warnings());
      assertNotEquals(Template.UNKNOWN, r.report().template(), pdf.toString());
    }
  }

  @Test
  void aBatchCountsNonReportsApartAndExitsZero() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.copy(policyNotice(false), in.resolve("notice.pdf"));
    Files.copy(Path.of("testdata/born-digital/gb2021-11.pdf"), in.resolve("report.pdf"));
    Path out = tmp.resolve("out");
    BatchResult result = new BatchRunner(BatchOptions.builder(out).jobs(1)
        .timeout(Duration.ofSeconds(120)).progress(ProgressMode.QUIET).toolVersion("test").build(),
        Nianbao.create(TEXT)::extractFile).run(List.of(in));
    Map<String, ManifestEntry> latest = Manifest.readLatest(out);
    ManifestEntry notice = latest.get(in.resolve("notice.pdf").toAbsolutePath().normalize().toString());
    ManifestEntry report = latest.get(in.resolve("report.pdf").toAbsolutePath().normalize().toString());
    assertEquals(DocumentStatus.NOT_A_REPORT, notice.status());
    assertTrue(Files.isRegularFile(out.resolve(notice.output())));
    assertNotEquals(DocumentStatus.NOT_A_REPORT, report.status());
    assertEquals(1, result.notReports());
    assertEquals(0, result.failed());
    assertEquals(0, result.exitCode());
    List<String> csv = Files.readAllLines(out.resolve(SummaryCsv.FILE_NAME), StandardCharsets.UTF_8);
    int status = List.of(csv.get(0).split(",")).indexOf("status");
    long notReportRows = csv.stream().skip(1)
        .filter(row -> row.split(",", -1)[status].equals("not-a-report")).count();
    assertEquals(1, notReportRows, String.join("\n", csv));
  }

  @Test
  void titlesOfDisclosureReportsAndOfOtherDocuments() {
    assertTrue(ReportKind.reportTitle("2022年政府信息公开工作年度报告"));
    assertTrue(ReportKind.reportTitle("洛阳市自然资源和规划局关于2023年度政府信息公开工作情况的报告"));
    assertTrue(ReportKind.reportTitle("某某局2023年度报告"));
    assertTrue(ReportKind.reportTitle("海东市2019年度政务公开工作情况报告"));
    assertFalse(ReportKind.reportTitle(null));
    assertFalse(ReportKind.reportTitle("2023年政府工作报告"));
    assertFalse(ReportKind.reportTitle("关于2023年度法治政府建设情况的报告"));
    assertFalse(ReportKind.reportTitle("关于公开征求意见的通知"));
  }
}
