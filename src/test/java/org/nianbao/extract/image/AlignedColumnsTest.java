package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import org.nianbao.ocr.OcrEngine;

/**
 * Tables ruled only horizontally: hrules-tables.png is fixture.html with {@code frame="hsides"
 * rules="rows"} (no vertical rules), rendered by LibreOffice, pdftoppm -r 150 -gray. The
 * expected cells are those of the HTML, written by hand; cells whose extent the page does not
 * show (an empty slot of a header spanning columns, its text left-aligned) are held only to
 * lie inside their true span.
 */
class AlignedColumnsTest {
  static BufferedImage page() throws Exception {
    try (InputStream in = AlignedColumnsTest.class.getResourceAsStream("hrules-tables.png")) {
      return ImageIO.read(in);
    }
  }

  static ImagePageResult read(BufferedImage img) {
    try (OcrEngine blind = TestImages.blind()) {
      return new ImageTableReader(blind).read(img, GridReconstructionTest.PPP, 1);
    }
  }

  static Set<String> row(Table t, int r) {
    Set<String> out = new TreeSet<>();
    for (Cell c : t.cells()) {
      if (c.row() == r) {
        out.add(c.row() + "," + c.column() + "," + c.rowSpan() + "," + c.columnSpan());
      }
    }
    return out;
  }

  static void assertHruleGrid(ImagePageResult r) {
    assertEquals(2, r.tables().size(), "tables");
    Table a = r.tables().get(0);
    assertEquals(7, a.rowCount());
    assertEquals(5, a.columnCount());
    // rows 2..6 of table 三's excerpt as the HTML has them
    for (int k = 2; k < 7; k++) {
      Set<String> want = new TreeSet<>();
      for (String s : GridReconstructionTest.TABLE_A) {
        if (s.startsWith(k + ",")) {
          want.add(s);
        }
      }
      assertEquals(want, row(a, k), "table A row " + k);
    }
    // 自然人 法人 总计 each in its own column
    assertEquals(Set.of("1,2,1,1", "1,3,1,1", "1,4,1,1"),
        new TreeSet<>(row(a, 1).stream().filter(s -> !s.startsWith("1,0,") && !s.startsWith("1,1,"))
            .toList()));
    Table b = r.tables().get(1);
    assertEquals(4, b.rowCount());
    assertEquals(15, b.columnCount());
    for (int k = 1; k < 4; k++) {
      Set<String> want = new TreeSet<>();
      for (String s : GridReconstructionTest.TABLE_B) {
        if (s.startsWith(k + ",")) {
          want.add(s);
        }
      }
      // row 1's group headers (未经复议直接起诉, 复议后起诉) are left-aligned over five columns
      if (k == 1) {
        Set<String> got = row(b, 1);
        for (int c = 0; c < 5; c++) {
          assertTrue(got.contains("1," + c + ",2,1"), "结果维持… span rows 1-2: " + got);
        }
        assertFalse(got.stream().anyMatch(s -> crosses(s, 10)), "no cell crosses 5|10: " + got);
        continue;
      }
      assertEquals(want, row(b, k), "table B row " + k);
    }
    // 行政复议 over columns 0-4, 行政诉讼 over 5-14: no cell of row 0 crosses between them
    assertFalse(row(b, 0).stream().anyMatch(s -> crosses(s, 5)), row(b, 0).toString());
  }

  /** Whether cell "r,c,rs,cs" covers both column at-1 and column at. */
  private static boolean crosses(String cell, int at) {
    String[] p = cell.split(",");
    int c = Integer.parseInt(p[1]);
    int cs = Integer.parseInt(p[3]);
    return c < at && c + cs > at;
  }

  @Test
  void columnsFromTextAlignment() throws Exception {
    assertHruleGrid(read(page()));
  }

  @Test
  void skewedAndNoisy() throws Exception {
    assertHruleGrid(read(TestImages.noise(TestImages.rotate(page(), 1.0), 20, 5)));
  }

  @Test
  void ruledTablesKeepTheirColumns() throws Exception {
    GridReconstructionTest.assertFixtureGrid(read(TestImages.fixture()));
  }

  @Test
  void boundariesInGapsOfTheFullestRowsAndAtRuleEnds() {
    // three rows: a header of one run, two figure rows label | 1 | 2 | 3
    List<List<AlignedColumns.Run>> rows = List.of(
        List.of(new AlignedColumns.Run(10, 60)),
        List.of(new AlignedColumns.Run(10, 40), new AlignedColumns.Run(110, 120),
            new AlignedColumns.Run(160, 170), new AlignedColumns.Run(210, 220)),
        List.of(new AlignedColumns.Run(10, 50), new AlignedColumns.Run(105, 125),
            new AlignedColumns.Run(158, 172), new AlignedColumns.Run(212, 218)));
    // a rule end at 90 lies in the label gap: it is the boundary there, and one at 30 (a label
    // column under a cell spanning rows) is added
    int[] xs = AlignedColumns.boundaries(rows, List.of(30, 90), 0, 250, 3);
    assertArrayEquals(new int[] {0, 30, 90, 141, 191, 250}, xs);
  }

  @Test
  void aDecimalPointKeepsAFigureOneRun() {
    OpenCv.load();
    // 200 dpi: 381.35万元 as boxes, the point 4 px square on the baseline, 9 px from the
    // digits either side (a monospaced font), the next cell's figure 90 px further
    org.opencv.core.Mat ink = org.opencv.core.Mat.zeros(60, 600, org.opencv.core.CvType.CV_8UC1);
    int[][] glyphs = {{100, 116}, {120, 136}, {140, 156}, {178, 194}, {198, 214}};
    for (int[] g : glyphs) {
      // 2 px strokes: the glyphs stay apart, as printed digits are
      org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(g[0], 20),
          new org.opencv.core.Point(g[1], 48), new org.opencv.core.Scalar(255), 2);
    }
    org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(218, 17),
        new org.opencv.core.Point(250, 49), new org.opencv.core.Scalar(255), 3); // 万
    org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(165, 45),
        new org.opencv.core.Point(168, 48), new org.opencv.core.Scalar(255), -1); // .
    org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(340, 20),
        new org.opencv.core.Point(356, 48), new org.opencv.core.Scalar(255), 3);
    List<AlignedColumns.Run> runs = AlignedColumns.runs(ink, 0, 600, 0, 60, 7, 200);
    // (the digits' strokes reach 1 px left of where they are drawn, the others' 2 px)
    assertEquals(List.of(99, 338), runs.stream().map(AlignedColumns.Run::left).toList());
    // the same dot high on the line is no decimal point: the gap splits
    org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(165, 45),
        new org.opencv.core.Point(168, 48), new org.opencv.core.Scalar(0), -1);
    org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(165, 21),
        new org.opencv.core.Point(168, 24), new org.opencv.core.Scalar(255), -1);
    runs = AlignedColumns.runs(ink, 0, 600, 0, 60, 7, 200);
    assertEquals(List.of(99, 177, 338), runs.stream().map(AlignedColumns.Run::left).toList());
    OpenCv.release(ink);
  }

  @Test
  void aSpeckAfterALabelsGlyphIsNoDecimalPoint() {
    OpenCv.load();
    // a scan's label ending in a square CJK glyph, a speck low on the line in the gap, and the
    // figure of the next column: a decimal point stands between digits only (fresh scan
    // 515997-8 read its 自然人 figures into the label cell)
    org.opencv.core.Mat ink = org.opencv.core.Mat.zeros(60, 600, org.opencv.core.CvType.CV_8UC1);
    org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(100, 17),
        new org.opencv.core.Point(132, 49), new org.opencv.core.Scalar(255), 3); // 和
    org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(136, 17),
        new org.opencv.core.Point(168, 49), new org.opencv.core.Scalar(255), 3); // 理
    org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(179, 45),
        new org.opencv.core.Point(182, 48), new org.opencv.core.Scalar(255), -1); // speck
    org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(192, 20),
        new org.opencv.core.Point(208, 48), new org.opencv.core.Scalar(255), 3); // 2
    List<AlignedColumns.Run> runs = AlignedColumns.runs(ink, 0, 600, 0, 60, 7, 200);
    assertEquals(List.of(98, 190), runs.stream().map(AlignedColumns.Run::left).toList());
    OpenCv.release(ink);
  }

  /** A header text two glyphs (of height {@code em}) wide, or a digit run, at x. */
  private static AlignedColumns.Run head(int x) {
    return new AlignedColumns.Run(x, x + 40, 20, 20);
  }

  private static AlignedColumns.Run digit(int x) {
    return new AlignedColumns.Run(x, x + 10, 14, 14);
  }

  @Test
  void tallSansNumeralsAreDigitShaped() {
    // ink heights of a sans font's figure row beside its CJK headers (25 px high at 200 ppi,
    // 20 px at 150 ppi): numerals of 22 and 17 px are figures, a line of CJK glyphs is not
    assertTrue(new AlignedColumns.Run(0, 12, 22, 22).digitShaped(25));
    assertTrue(new AlignedColumns.Run(0, 12, 17, 17).digitShaped(20));
    assertFalse(new AlignedColumns.Run(0, 50, 25, 25).digitShaped(25));
    assertFalse(new AlignedColumns.Run(0, 50, 24, 24).digitShaped(25));
    // two stacked header lines, each a full glyph high
    assertFalse(new AlignedColumns.Run(0, 50, 48, 23).digitShaped(25));
  }

  @Test
  void leafHeadersGiveTheColumnsOfATableOfBlankFigures() {
    // table 四's shape: two group heads, under the first its five fields, under the second two
    // sub-groups whose five fields each sit in the next row; one row of figures, most blank
    List<List<AlignedColumns.Run>> rows = new java.util.ArrayList<>();
    rows.add(List.of(new AlignedColumns.Run(100, 180, 20, 20),
        new AlignedColumns.Run(600, 680, 20, 20)));
    List<AlignedColumns.Run> mid = new java.util.ArrayList<>();
    for (int k = 0; k < 5; k++) {
      mid.add(head(10 + 60 * k));
    }
    mid.add(new AlignedColumns.Run(380, 560, 20, 20));
    mid.add(new AlignedColumns.Run(700, 860, 20, 20));
    rows.add(mid);
    List<AlignedColumns.Run> leaf = new java.util.ArrayList<>();
    for (int k = 5; k < 15; k++) {
      leaf.add(head(10 + 60 * k));
    }
    rows.add(leaf);
    rows.add(List.of(digit(85), digit(205), digit(265), digit(505), digit(565), digit(625)));
    // the figures alone give seven slots
    int[] xs = {0, 100, 240, 300, 520, 580, 610, 900};
    int[] out = AlignedColumns.leafColumns(rows, xs, 20);
    assertEquals(16, out.length, java.util.Arrays.toString(out));
    assertEquals(0, out[0]);
    assertEquals(900, out[15]);
    for (int k = 1; k < 15; k++) {
      assertEquals(60 * k, out[k], "between leaf " + (k - 1) + " and " + k);
    }
    // a figure under no leaf (the headers are not its column heads): left as it was
    rows.set(3, List.of(digit(85), digit(200 + 40)));
    assertArrayEquals(xs, AlignedColumns.leafColumns(rows, xs, 20));
  }

  @Test
  void wrappedApplicantHeadersCloserThanAGlyphEachHeadOneColumn() {
    // table 三 ruled only horizontally at 18 px glyphs (a scan at 150 dpi): the group head's rule
    // spans only the figure columns, so the label's second line in the leaf row is cut to digit
    // height; the seven leaves (two lines in the narrow columns) stand 13 to 33 px apart
    List<List<AlignedColumns.Run>> rows = new java.util.ArrayList<>();
    rows.add(List.of(new AlignedColumns.Run(801, 892, 19, 19)));
    rows.add(List.of(new AlignedColumns.Run(136, 571, 18, 18),
        new AlignedColumns.Run(783, 911, 18, 18)));
    rows.add(List.of(new AlignedColumns.Run(124, 297, 15, 15),
        new AlignedColumns.Run(598, 650, 18, 18), new AlignedColumns.Run(666, 739, 18, 18),
        new AlignedColumns.Run(753, 807, 45, 18), new AlignedColumns.Run(820, 874, 45, 18),
        new AlignedColumns.Run(888, 960, 45, 18), new AlignedColumns.Run(983, 1019, 19, 19),
        new AlignedColumns.Run(1052, 1088, 18, 18)));
    rows.add(List.of(new AlignedColumns.Run(161, 421, 18, 18),
        new AlignedColumns.Run(618, 628, 14, 14), new AlignedColumns.Run(700, 707, 14, 14),
        new AlignedColumns.Run(998, 1005, 14, 14), new AlignedColumns.Run(1065, 1073, 15, 15)));
    // the figures (most printed blank) and the rule ends give three label and four figure columns
    int[] xs = {114, 207, 327, 585, 660, 861, 1036, 1111};
    int[] out = AlignedColumns.leafColumns(rows, xs, 18);
    assertArrayEquals(new int[] {114, 207, 327, 585, 658, 746, 813, 881, 971, 1035, 1111}, out,
        java.util.Arrays.toString(out));
    // single glyphs that close are one letter-spaced header: left as it was
    rows.set(2, List.of(new AlignedColumns.Run(598, 616, 36, 18),
        new AlignedColumns.Run(628, 646, 36, 18), new AlignedColumns.Run(700, 739, 18, 18)));
    assertArrayEquals(xs, AlignedColumns.leafColumns(rows, xs, 18));
  }

  @Test
  void letterSpacedLeafHeadersEachHeadOneColumn() {
    // fifteen narrow columns headed two glyphs to a line, the glyphs a letter space apart
    // (结 果 over 维 持): two stacked runs per header, 8 px apart at a 20 px glyph height
    List<AlignedColumns.Run> leaf = new java.util.ArrayList<>();
    for (int k = 0; k < 15; k++) {
      int x = 10 + 60 * k;
      leaf.add(new AlignedColumns.Run(x, x + 16, 36, 20));
      leaf.add(new AlignedColumns.Run(x + 24, x + 40, 36, 20));
    }
    List<List<AlignedColumns.Run>> rows = new java.util.ArrayList<>();
    rows.add(leaf);
    rows.add(List.of(digit(85), digit(205), digit(265), digit(505), digit(565), digit(625)));
    int[] xs = {0, 100, 240, 300, 520, 580, 610, 900};
    int[] out = AlignedColumns.leafColumns(rows, xs, 20);
    assertEquals(16, out.length, java.util.Arrays.toString(out));
    for (int k = 1; k < 15; k++) {
      assertEquals(60 * k, out[k], "between leaf " + (k - 1) + " and " + k);
    }
    // two figures of one row under one header: it is not their column head
    rows.set(1, List.of(digit(75), digit(95), digit(205)));
    assertArrayEquals(xs, AlignedColumns.leafColumns(rows, xs, 20));
  }

  @Test
  void aFigureCentredInItsSlotKeepsItDespiteBlankNeighbours() {
    int[] xs = {0, 100, 150, 200, 250};
    boolean[] ruled = {true, true, true, true};
    boolean[] open = AlignedColumns.openBoundaries(
        List.of(new AlignedColumns.Run(10, 60), new AlignedColumns.Run(170, 180)), xs, ruled);
    assertFalse(open[2] || open[3], "label | blank | 7 | blank keeps three slots");
  }

  @Test
  void aHeaderCentredOverEmptySlotsSpansThem() {
    int[] xs = {0, 100, 150, 200, 250};
    boolean[] ruled = {false, true, true, true};
    // centred over 100..250, inside slot 150..200 only by its own extent
    boolean[] open = AlignedColumns.openBoundaries(
        List.of(new AlignedColumns.Run(160, 190)), xs, ruled);
    assertFalse(open[2] || open[3], "centred in its own slot as well: stays");
    // a header text left of its span's centre, 110..170: the slots 1-2 centre it best
    open = AlignedColumns.openBoundaries(List.of(new AlignedColumns.Run(105, 195)), xs, ruled);
    assertTrue(open[2], "crosses 150");
    open = AlignedColumns.openBoundaries(List.of(new AlignedColumns.Run(101, 149)), xs, ruled);
    assertFalse(open[2], "fits and is centred in slot 1");
    // a run crossing a boundary into a slot that spans rows does not reach further
    open = AlignedColumns.openBoundaries(List.of(new AlignedColumns.Run(40, 60)), xs, ruled);
    assertFalse(open[1], "slot 0 spans rows: no span from it");
  }

  @Test
  void aShadedBandKeepsItsTextRunsAndLosesItsBlotches() {
    OpenCv.load();
    // 150 dpi: a band shaded gray 200 with mottling of ±30, two black words on it
    org.opencv.core.Mat gray = new org.opencv.core.Mat(60, 600, org.opencv.core.CvType.CV_8UC1,
        new org.opencv.core.Scalar(200));
    java.util.Random rnd = new java.util.Random(3);
    for (int i = 0; i < 120; i++) {
      int x = rnd.nextInt(590);
      int y = rnd.nextInt(50);
      org.opencv.imgproc.Imgproc.rectangle(gray, new org.opencv.core.Point(x, y),
          new org.opencv.core.Point(x + 4 + rnd.nextInt(5), y + 3 + rnd.nextInt(5)),
          new org.opencv.core.Scalar(170), -1);
    }
    // glyph strokes 2 px wide, 4 px apart
    for (int[] word : new int[][] {{100, 180}, {400, 440}}) {
      for (int x = word[0]; x + 1 <= word[1]; x += 6) {
        org.opencv.imgproc.Imgproc.rectangle(gray, new org.opencv.core.Point(x, 20),
            new org.opencv.core.Point(Math.min(x + 1, word[1]), 40),
            new org.opencv.core.Scalar(30), -1);
      }
    }
    // the local threshold of the ink mask takes the blotches for ink as well
    org.opencv.core.Mat ink = new org.opencv.core.Mat();
    org.opencv.core.Core.compare(gray, new org.opencv.core.Scalar(190), ink,
        org.opencv.core.Core.CMP_LT);
    List<AlignedColumns.Run> noisy = AlignedColumns.runs(ink, 0, 600, 0, 60, 5, 150);
    assertTrue(noisy.size() > 2, "blotches make runs: " + noisy);
    org.opencv.core.Mat dark = AlignedColumns.darkInk(gray, ink, 150);
    List<AlignedColumns.Run> runs = AlignedColumns.runs(dark, 0, 600, 0, 60, 5, 150);
    assertEquals(List.of(100, 400), runs.stream().map(AlignedColumns.Run::left).toList());
    assertEquals(List.of(179, 437), runs.stream().map(AlignedColumns.Run::right).toList());
    OpenCv.release(gray, ink, dark);
  }

  private static Cell cell(int r, int c, String text) {
    return new Cell(r, c, 1, 1, text, 1, new org.nianbao.model.BBox(c, r, c + 1, r + 1), 0.95);
  }

  @Test
  void figuresOfARowWithABlankFigureSlotAreDoubted() {
    // one-figure rows (table 二's one-field blocks, the figure centred in its span)
    List<Cell> cells = List.of(
        cell(0, 0, "信息内容"), cell(0, 1, ""), cell(0, 2, "本年处理决定数量"), cell(0, 3, ""),
        cell(1, 0, "行政许可"), cell(1, 1, ""), cell(1, 2, "188"), cell(1, 3, ""),
        cell(2, 0, "行政处罚"), cell(2, 1, "7"), cell(2, 2, "8"), cell(2, 3, "9"));
    java.util.Map<String, Double> conf = confidences(AlignedColumns.doubtRowsWithBlanks(cells));
    assertEquals(AlignedColumns.BLANK_NEIGHBOUR_CONFIDENCE, conf.get("1,2"));
    // its blank slots too: read as zero they would pass unflagged where 188 is theirs
    assertEquals(AlignedColumns.BLANK_NEIGHBOUR_CONFIDENCE, conf.get("1,1"));
    assertEquals(AlignedColumns.BLANK_NEIGHBOUR_CONFIDENCE, conf.get("1,3"));
    assertEquals(0.95, conf.get("2,1"), "a full row keeps its confidence");
    assertEquals(0.95, conf.get("0,2"));
    assertTrue(AlignedColumns.BLANK_NEIGHBOUR_CONFIDENCE < 0.9, "flagged as doubtful");
  }

  @Test
  void blanksAmongSeveralFiguresDoubtTheWholeTable() {
    List<Cell> cells = List.of(
        cell(0, 0, "信息内容"), cell(0, 1, "自然人"), cell(0, 2, "法人"), cell(0, 3, "总计"),
        cell(1, 0, "一、本年新收"), cell(1, 1, "3"), cell(1, 2, ""), cell(1, 3, "3"),
        cell(2, 0, "二、上年结转"), cell(2, 1, "1"), cell(2, 2, "0"), cell(2, 3, "1"),
        cell(3, 0, "（七）总计"), cell(3, 1, ""), cell(3, 2, "—"), cell(3, 3, ""));
    java.util.Map<String, Double> conf = confidences(AlignedColumns.doubtRowsWithBlanks(cells));
    for (String at : List.of("1,1", "1,3", "2,1", "2,2", "2,3", "3,2")) {
      assertEquals(AlignedColumns.BLANK_NEIGHBOUR_CONFIDENCE, conf.get(at), at);
    }
    assertEquals(0.95, conf.get("0,1"), "header text is no figure");
  }

  private static java.util.Map<String, Double> confidences(List<Cell> cells) {
    java.util.Map<String, Double> conf = new java.util.HashMap<>();
    cells.forEach(c -> conf.put(c.row() + "," + c.column(), c.confidence()));
    return conf;
  }

  private static AlignedColumns.Run ink(int left, int right, int height) {
    return new AlignedColumns.Run(left, right, height, height);
  }

  @Test
  void headersOfLaterBlocksAreNoLeavesOfTheHead() {
    // table 二 pictured at 300 ppi (fresh-159870-61): a block title, a header row, two item rows;
    // further down block 八's header puts 本年增/减 over two columns merged, between the head's
    // leaves: it heads a block of its own and gives no column
    List<List<AlignedColumns.Run>> rows = List.of(
        List.of(ink(765, 948, 35), ink(975, 1038, 35), ink(1064, 1098, 34)),
        List.of(ink(183, 249, 35), ink(261, 329, 35), ink(607, 865, 36), ink(1056, 1314, 35),
            ink(1507, 1765, 35)),
        List.of(ink(220, 292, 36)),
        List.of(ink(164, 348, 35), ink(730, 743, 29), ink(1179, 1191, 29), ink(1620, 1653, 29)),
        List.of(ink(765, 948, 35), ink(975, 1038, 36), ink(1064, 1098, 34)),
        List.of(ink(183, 249, 35), ink(261, 329, 35), ink(607, 865, 35), ink(1331, 1490, 39)),
        List.of(ink(127, 385, 35), ink(726, 745, 29), ink(1409, 1426, 28)));
    int[] xs = {0, 524, 960, 1410, 1864};
    assertArrayEquals(xs, AlignedColumns.leafColumns(rows, xs, 36));
  }

  @Test
  void aFigureColumnAllBlankBesideTheLabelsGetsItsColumnFromItsHeader() {
    // table 二 pictured at 300 ppi (fresh-159870-74) with 本年新制作数量 blank in every row: the
    // figures put the first boundary in the middle of its header, between labels and figures
    List<List<AlignedColumns.Run>> rows = List.of(
        List.of(ink(785, 999, 41), ink(1030, 1103, 41), ink(1134, 1174, 40)),
        List.of(ink(185, 262, 42), ink(275, 355, 42), ink(623, 924, 42), ink(1095, 1396, 42),
            ink(1567, 1869, 42)),
        List.of(ink(228, 311, 41)),
        List.of(ink(162, 377, 41), ink(1710, 1730, 33)),
        List.of(ink(785, 999, 41), ink(1030, 1103, 41), ink(1134, 1174, 40)),
        List.of(ink(185, 262, 42), ink(275, 355, 42), ink(623, 924, 42), ink(1153, 1338, 46),
            ink(1589, 1847, 41)),
        List.of(ink(185, 355, 41), ink(1237, 1256, 33), ink(1686, 1701, 33), ink(1714, 1754, 41)),
        List.of(ink(55, 486, 41), ink(1238, 1253, 33)));
    int[] xs = {0, 790, 1481, 1959};
    assertArrayEquals(new int[] {0, 554, 1009, 1481, 1959},
        AlignedColumns.leafColumns(rows, xs, 42));
    // a label running under that header: its column cannot be told from the labels, left as it was
    List<List<AlignedColumns.Run>> long_ = new java.util.ArrayList<>(rows);
    long_.set(7, List.of(ink(55, 700, 41), ink(1238, 1253, 33)));
    assertArrayEquals(xs, AlignedColumns.leafColumns(long_, xs, 42));
  }

  @Test
  void labelsCutToDigitHeightAreNoFiguresOfTheFullestRows() {
    // table 三 pictured (fresh-150633-68): the label of a row under a label spanning rows is cut
    // to digit height by the rule above it; its pieces sit under the labels of other rows
    List<List<AlignedColumns.Run>> rows = List.of(
        List.of(ink(95, 177, 33), ink(194, 394, 33), ink(404, 534, 32), ink(773, 804, 22),
            ink(893, 924, 22), ink(1261, 1274, 22)),
        List.of(ink(99, 116, 24), ink(132, 230, 25), ink(306, 368, 26), ink(408, 470, 28),
            ink(775, 804, 22), ink(904, 913, 22), ink(1495, 1524, 22)),
        List.of(ink(80, 317, 33), ink(758, 821, 22), ink(884, 932, 22), ink(1021, 1035, 22),
            ink(1252, 1283, 22), ink(1365, 1412, 22), ink(1478, 1539, 22)),
        List.of(ink(80, 317, 33), ink(764, 812, 22), ink(886, 932, 22), ink(1021, 1035, 22),
            ink(1252, 1283, 22), ink(1372, 1403, 22), ink(1485, 1533, 22)));
    assertEquals(List.of(rows.get(2), rows.get(3)), AlignedColumns.fullestRows(rows, 32));
    // a figure with its unit (61件) is no label: the figures under it still count
    List<List<AlignedColumns.Run>> units = List.of(
        List.of(ink(117, 322, 35), ink(591, 671, 33), ink(1085, 1165, 25), ink(1178, 1258, 25)),
        List.of(ink(135, 306, 34), ink(613, 650, 25), ink(997, 1034, 25), ink(1383, 1421, 25)),
        List.of(ink(152, 289, 33), ink(603, 661, 25), ink(1011, 1030, 24), ink(1363, 1442, 25)));
    assertEquals(List.of(units.get(1), units.get(2)), AlignedColumns.fullestRows(units, 35));
  }

  @Test
  void aHeaderRowWithAShortWordAtDigitHeightStillGivesTheBlankColumn() {
    // table 三 pictured (fresh-150633-68): 然人 of 自然人 is as low as digits in this font; the
    // header row still heads the columns, 社会公益组织's (all blank) between 科研 and 法律
    List<List<AlignedColumns.Run>> rows = List.of(
        List.of(ink(80, 455, 33), ink(745, 761, 30), ink(777, 839, 26),
            new AlignedColumns.Run(877, 940, 65, 29), new AlignedColumns.Run(995, 1060, 69, 31),
            new AlignedColumns.Run(1115, 1181, 103, 29),
            new AlignedColumns.Run(1235, 1300, 108, 33), ink(1356, 1420, 29),
            ink(1484, 1541, 30)),
        List.of(ink(80, 317, 33), ink(758, 821, 22), ink(884, 932, 22), ink(1021, 1035, 22),
            ink(1252, 1283, 22), ink(1365, 1412, 22), ink(1478, 1539, 22)));
    int[] xs = {0, 724, 846, 967, 1147, 1328, 1449, 1572};
    assertArrayEquals(new int[] {0, 724, 846, 967, 1087, 1208, 1328, 1449, 1572},
        AlignedColumns.headerColumns(rows, xs, 32));
  }
}
