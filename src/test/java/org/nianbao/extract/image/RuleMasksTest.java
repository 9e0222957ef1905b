package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

/** Rule detection on small drawn images. */
class RuleMasksTest {
  private static final double PPI = 200;

  /**
   * A pale 1-px row rule (gray 215 on white) right under a line of dense dark glyph-like
   * strokes, between two dark column rules, as label cells of scanned tables print it: the
   * local threshold loses it next to the text, the rule must still be found.
   */
  private static BufferedImage paleRuleUnderText() {
    BufferedImage img = new BufferedImage(900, 300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 900, 300);
    g.setColor(Color.BLACK);
    g.fillRect(50, 40, 2, 220); // column rules
    g.fillRect(850, 40, 2, 220);
    g.fillRect(50, 40, 802, 2); // top rule
    g.fillRect(50, 258, 802, 2); // bottom rule
    // glyph-like strokes in 26-px cells (seeded, irregular as real characters), ending 3 px
    // above the pale rule
    java.util.Random rnd = new java.util.Random(11);
    for (int x = 70; x + 26 < 830; x += 29) {
      for (int k = 0; k < 3; k++) {
        int w = 10 + rnd.nextInt(14);
        g.fillRect(x + rnd.nextInt(26 - w + 1), 122 + rnd.nextInt(24), w, 3);
      }
      for (int k = 0; k < 2; k++) {
        g.fillRect(x + 2 + rnd.nextInt(20), 122 + rnd.nextInt(6), 3, 20);
      }
    }
    g.setColor(new Color(215, 215, 215));
    g.fillRect(52, 151, 798, 1);
    g.dispose();
    return TestImages.noise(img, 4, 7);
  }

  @Test
  void paleRuleDirectlyUnderTextIsFound() {
    OpenCv.load();
    Mat gray = OpenCv.toMat(paleRuleUnderText());
    Mat ink = Binarizer.ink(gray, PPI);
    RuleMasks m = RuleMasks.of(gray, ink, PPI);
    double cov = SpanResolver.coverage(m.horizontal, 151, 52, 850, 8, true);
    assertTrue(cov >= 0.9, "pale rule coverage " + cov);
    // the glyph strokes are no rule
    for (int y = 118; y <= 146; y++) {
      double strokes = SpanResolver.coverage(m.horizontal, y, 52, 850, 0, true);
      assertTrue(strokes < 0.5, "glyph strokes at y=" + y + " taken as a rule: " + strokes);
    }
  }

  /** Row and column rule positions of the drawn photocopied grid. */
  private static final int[] XS = {60, 300, 480, 660, 840};
  private static final int[] YS = {60, 110, 160, 210, 260, 310, 360};

  /**
   * A photocopied table at 150 dpi: dull paper (232), text a dark gray (80), rules faded to a
   * pale gray (185) and broken every few pixels by toner drop-outs, toner specks around.
   */
  private static Mat photocopiedGrid(boolean faint) {
    Mat page = new Mat(420, 900, org.opencv.core.CvType.CV_8UC1, new org.opencv.core.Scalar(232));
    java.util.Random rnd = new java.util.Random(5);
    org.opencv.core.Scalar rule = new org.opencv.core.Scalar(faint ? 185 : 40);
    for (int y : YS) {
      for (int x = XS[0]; x < XS[XS.length - 1]; ) {
        int run = 4 + rnd.nextInt(9);
        org.opencv.imgproc.Imgproc.line(page, new org.opencv.core.Point(x, y),
            new org.opencv.core.Point(Math.min(XS[XS.length - 1], x + run), y), rule, 1);
        x += run + (faint ? 1 + rnd.nextInt(3) : 0);
      }
    }
    for (int x : XS) {
      for (int y = YS[0]; y < YS[YS.length - 1]; ) {
        int run = 4 + rnd.nextInt(9);
        org.opencv.imgproc.Imgproc.line(page, new org.opencv.core.Point(x, y),
            new org.opencv.core.Point(x, Math.min(YS[YS.length - 1], y + run)), rule, 1);
        y += run + (faint ? 1 + rnd.nextInt(3) : 0);
      }
    }
    org.opencv.core.Scalar text = new org.opencv.core.Scalar(80);
    for (int r = 0; r + 1 < YS.length; r++) {
      org.opencv.imgproc.Imgproc.putText(page, "ABCDEFG HIJ", new org.opencv.core.Point(70, YS[r] + 34),
          org.opencv.imgproc.Imgproc.FONT_HERSHEY_SIMPLEX, 0.7, text, 2);
      for (int c = 1; c + 1 < XS.length; c++) {
        org.opencv.imgproc.Imgproc.putText(page, String.valueOf(17 * r + c),
            new org.opencv.core.Point(XS[c] + 70, YS[r] + 34),
            org.opencv.imgproc.Imgproc.FONT_HERSHEY_SIMPLEX, 0.7, text, 2);
      }
    }
    for (int i = 0; i < 60; i++) {
      org.opencv.imgproc.Imgproc.circle(page, new org.opencv.core.Point(rnd.nextInt(900),
          rnd.nextInt(420)), 1, new org.opencv.core.Scalar(90), -1);
    }
    org.opencv.imgproc.Imgproc.GaussianBlur(page, page, new org.opencv.core.Size(3, 3), 0.6);
    return page;
  }

  private static void assertNear(int[] drawn, int[] found, String what) {
    assertTrue(drawn.length == found.length, what + ": drawn " + java.util.Arrays.toString(drawn)
        + ", found " + java.util.Arrays.toString(found));
    for (int i = 0; i < drawn.length; i++) {
      assertTrue(Math.abs(drawn[i] - found[i]) <= 3, what + ": drawn "
          + java.util.Arrays.toString(drawn) + ", found " + java.util.Arrays.toString(found));
    }
  }

  @Test
  void photocopiedFaintBrokenRulesMakeTheGrid() {
    OpenCv.load();
    Mat gray = photocopiedGrid(true);
    RuleMasks m = RuleMasks.of(gray, Binarizer.ink(gray, 150), 150);
    java.util.List<Grid> grids = GridFinder.find(m, 150);
    assertTrue(grids.size() == 1, "one table, found " + grids.size());
    assertNear(XS, grids.get(0).xs(), "columns");
    assertNear(YS, grids.get(0).ys(), "rows");
  }

  @Test
  void darkRulesGetNoPhantomRulesFromTheText() {
    OpenCv.load();
    Mat gray = photocopiedGrid(false);
    RuleMasks m = RuleMasks.of(gray, Binarizer.ink(gray, 150), 150);
    java.util.List<Grid> grids = GridFinder.find(m, 150);
    assertTrue(grids.size() == 1, "one table, found " + grids.size());
    assertNear(XS, grids.get(0).xs(), "columns");
    assertNear(YS, grids.get(0).ys(), "rows");
  }

  /** Rule and text positions of the drawn clean-paper tables (150 dpi). */
  private static final int[] CLEAN_XS = {80, 330, 530, 730, 930};
  private static final int[] CLEAN_YS = {70, 118, 166, 214, 262, 310};

  /**
   * A table on clean paper (white 255, as a photocopy's clipped white), text a mid gray, every
   * rule 1 px and {@code ruleGray}; in the header row the cells of columns 1 and 2 are one cell,
   * which {@code ghostGray} (if below 255) crosses with a 1-px continuation of the column rule.
   */
  private static BufferedImage tableOnCleanPaper(int ruleGray, int ghostGray, double noise) {
    BufferedImage img = new BufferedImage(1000, 380, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1000, 380);
    g.setColor(new Color(ruleGray, ruleGray, ruleGray));
    int right = CLEAN_XS[CLEAN_XS.length - 1];
    int bottom = CLEAN_YS[CLEAN_YS.length - 1];
    for (int y : CLEAN_YS) {
      g.fillRect(CLEAN_XS[0], y, right - CLEAN_XS[0] + 1, 1);
    }
    for (int x : CLEAN_XS) {
      if (x == CLEAN_XS[2]) {
        // the merged cell: no rule between the header row's columns 1 and 2
        g.fillRect(x, CLEAN_YS[1], 1, bottom - CLEAN_YS[1] + 1);
      } else {
        g.fillRect(x, CLEAN_YS[0], 1, bottom - CLEAN_YS[0] + 1);
      }
    }
    if (ghostGray < 255) {
      g.setColor(new Color(ghostGray, ghostGray, ghostGray));
      g.fillRect(CLEAN_XS[2], CLEAN_YS[0], 1, CLEAN_YS[1] - CLEAN_YS[0]);
    }
    g.setColor(new Color(120, 120, 120));
    g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 22));
    for (int r = 0; r + 1 < CLEAN_YS.length; r++) {
      g.drawString("Row label " + r, CLEAN_XS[0] + 12, CLEAN_YS[r] + 32);
      for (int c = 1; c + 1 < CLEAN_XS.length; c++) {
        g.drawString(String.valueOf(31 * r + 7 * c), CLEAN_XS[c] + 80, CLEAN_YS[r] + 32);
      }
    }
    g.dispose();
    return noise > 0 ? TestImages.noise(img, noise, 3) : img;
  }

  private static java.util.List<SpanResolver.Span> merged(Grid grid, RuleMasks m) {
    return SpanResolver.resolve(grid, m, 6).stream()
        .filter(s -> s.rowSpan() > 1 || s.columnSpan() > 1).toList();
  }

  /**
   * A photocopy's rules printed 10 levels below its clipped white: paler than the broken-rule
   * level, found as pale cell edges that run from rule to rule; the merged cell stays merged.
   */
  @Test
  void paleRulesOnCleanPaperMakeTheGrid() {
    OpenCv.load();
    Mat gray = OpenCv.toMat(tableOnCleanPaper(245, 255, 1.0));
    RuleMasks m = RuleMasks.of(gray, Binarizer.ink(gray, 150), 150);
    java.util.List<Grid> grids = GridFinder.find(m, 150);
    assertTrue(grids.size() == 1, "one table, found " + grids.size());
    assertNear(CLEAN_XS, grids.get(0).xs(), "columns");
    assertNear(CLEAN_YS, grids.get(0).ys(), "rows");
    assertTrue(merged(grids.get(0), m).equals(java.util.List.of(new SpanResolver.Span(0, 1, 1, 2))),
        "merged cells " + merged(grids.get(0), m));
  }

  /**
   * Dark rules on clean paper with a faint run continuing a column rule through a merged cell
   * (a rule's blur or ringing in a scan): far paler than the table's rules, it splits no cell.
   */
  @Test
  void faintContinuationOfADarkRuleSplitsNoMergedCell() {
    OpenCv.load();
    Mat gray = OpenCv.toMat(tableOnCleanPaper(60, 245, 0));
    RuleMasks m = RuleMasks.of(gray, Binarizer.ink(gray, 150), 150);
    java.util.List<Grid> grids = GridFinder.find(m, 150);
    assertTrue(grids.size() == 1, "one table, found " + grids.size());
    assertTrue(merged(grids.get(0), m).equals(java.util.List.of(new SpanResolver.Span(0, 1, 1, 2))),
        "merged cells " + merged(grids.get(0), m));
  }

  /** Edge pieces that end on a rule at both ends are kept; one that ends in a cell is not. */
  @Test
  void framedEdgesKeepOnlyPiecesBetweenRules() {
    OpenCv.load();
    Mat verticals = Mat.zeros(200, 500, org.opencv.core.CvType.CV_8U);
    verticals.colRange(100, 102).setTo(new org.opencv.core.Scalar(255));
    verticals.colRange(400, 402).setTo(new org.opencv.core.Scalar(255));
    Mat pale = Mat.zeros(200, 500, org.opencv.core.CvType.CV_8U);
    pale.submat(50, 51, 95, 406).setTo(new org.opencv.core.Scalar(255)); // rule to rule
    pale.submat(120, 121, 95, 300).setTo(new org.opencv.core.Scalar(255)); // ends in the cell
    Mat response = new Mat(200, 500, org.opencv.core.CvType.CV_8U, new org.opencv.core.Scalar(9));
    Mat kept = RuleMasks.framedEdges(pale, verticals, response, 0, 4, true);
    assertTrue(SpanResolver.coverage(kept, 50, 101, 401, 0, true) == 1, "edge between rules");
    assertTrue(org.opencv.core.Core.countNonZero(kept.row(120)) == 0, "dangling edge kept");
    // the same edge far paler than the page's rules (darkness 60) is their blur, no rule
    Mat underDarkRules = RuleMasks.framedEdges(pale, verticals, response, 60, 4, true);
    assertTrue(org.opencv.core.Core.countNonZero(underDarkRules) == 0, "pale edge under dark rules");
  }

  @Test
  void aShadedHeaderBandHeadsTheRulesUnderIt() {
    // a table ruled only horizontally whose header rows are printed on a gray band (its sides
    // read as short vertical rules, its lower edge as the one rule across it): the band's lower
    // edge and the band itself belong to the table, so its first row is not left outside
    OpenCv.load();
    Mat gray = new Mat(700, 1000, org.opencv.core.CvType.CV_8UC1, new org.opencv.core.Scalar(255));
    org.opencv.imgproc.Imgproc.rectangle(gray, new org.opencv.core.Point(100, 100),
        new org.opencv.core.Point(900, 220), new org.opencv.core.Scalar(200), -1);
    int[] ys = {220, 270, 320, 370, 420};
    for (int y : ys) {
      org.opencv.imgproc.Imgproc.line(gray, new org.opencv.core.Point(100, y),
          new org.opencv.core.Point(900, y), new org.opencv.core.Scalar(0), 2);
    }
    RuleMasks m = RuleMasks.of(gray, Binarizer.ink(gray, 150), 150);
    java.util.List<Grid> grids = GridFinder.find(m, 150);
    assertTrue(grids.size() == 1, "one table, found " + grids.size());
    int[] found = grids.get(0).ys();
    assertTrue(Math.abs(found[0] - 100) <= 8 && Math.abs(found[1] - 220) <= 4,
        "the band's top and lower edge begin the table: " + java.util.Arrays.toString(found));
  }
}
