package org.nianbao.extract.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import org.nianbao.ocr.OcrEngine;
import org.nianbao.ocr.OcrWord;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Reads a scanned page image: levels it, turns it upright, finds ruled tables with their merged
 * cells and OCRs each inked cell, then reads the text outside the tables.
 *
 * <p>Not thread-safe (it drives one {@link OcrEngine}); use one reader per thread.
 */
public final class ImageTableReader implements AutoCloseable {
  private final OcrEngine ocr;
  private final LabelLexicon lexicon;

  public ImageTableReader(OcrEngine ocr) {
    this(ocr, LabelLexicon.none());
  }

  /** @param lexicon labels the tables are expected to print (spares second reads of them) */
  public ImageTableReader(OcrEngine ocr, LabelLexicon lexicon) {
    this.ocr = ocr;
    this.lexicon = lexicon;
  }

  /**
   * @param page the page image (any type; read as gray)
   * @param pointsPerPixel PDF points per image pixel (72 / dpi)
   * @param pageNumber 1-based page number, stored in every cell
   */
  public ImagePageResult read(BufferedImage page, double pointsPerPixel, int pageNumber) {
    return read(page, pointsPerPixel, pageNumber, null);
  }

  /**
   * As {@link #read(BufferedImage, double, int)}, the table at the top of the page, when ruled
   * only horizontally and as wide as {@code continued}'s table, cut on those columns instead of
   * on its own text's (its piece on the page before).
   */
  public ImagePageResult read(BufferedImage page, double pointsPerPixel, int pageNumber,
      ColumnHint continued) {
    OpenCv.load();
    double ppi = 72.0 / pointsPerPixel;
    ocr.setResolution((int) Math.round(ppi));
    Mat scan = OpenCv.toMat(page);
    UprightPage upright = UprightPage.of(scan, ppi, ocr);
    Mat gray = upright.gray();
    // a seal over the signature is lighter than text in a gray scan: whitened before anything
    // reads the page (colour scans lost theirs by colour when decoded)
    boolean sealed = !SealInk.suppressGraySeals(gray, ppi).isEmpty();
    Mat ink = upright.ink();
    if (ink == null || sealed) {
      // the page was levelled, turned or had a seal whitened: its ink is measured afresh
      if (ink != null) {
        OpenCv.release(ink);
      }
      ink = Binarizer.ink(gray, ppi);
    }
    RuleMasks masks = RuleMasks.of(gray, ink, ppi);
    List<Grid> grids = GridFinder.find(masks, ppi);
    // Rules are erased only inside tables: outside them a "rule" is a glyph stroke (bold
    // titles, runs of 工/生/卫) that erasing would cut out of the text.
    Mat rules = rulesInside(masks.rules, grids);
    Mat textInk = new Mat();
    Mat notRules = notOf(rules);
    Core.bitwise_and(ink, notRules, textInk);
    OpenCv.release(notRules);
    // tables ruled only horizontally: columns from the alignment of their text
    List<Grid> aligned = new ArrayList<>();
    java.util.Set<Grid> columnsFromText =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Mat dark = grids.stream().anyMatch(AlignedColumns::wanted)
        ? AlignedColumns.darkInk(gray, textInk, ppi) : null;
    Grid top = grids.stream().min(java.util.Comparator.comparingInt(g -> g.area().y))
        .orElse(null);
    for (Grid stack : grids) {
      if (!AlignedColumns.wanted(stack)) {
        aligned.add(stack);
        continue;
      }
      boolean first = stack == top && continued != null;
      for (Grid g : AlignedColumns.split(stack, dark, ppi)) {
        int[] given = first && continued.fits(g.area().width * pointsPerPixel)
            ? continued.on(g.area().x, g.area().width) : null;
        first = false;
        Grid a = AlignedColumns.columns(g, dark, masks.horizontal, masks.vertical, ppi, given);
        if (!a.stacked() || a.columns() > 1) {
          aligned.add(a);
          if (a.columns() > 1) {
            columnsFromText.add(a);
          }
        }
      }
    }
    if (dark != null) {
      OpenCv.release(dark);
    }
    if (!aligned.equals(grids)) {
      // rules of a dropped stack stay: outside tables they may be glyph strokes
      OpenCv.release(rules, textInk);
      rules = rulesInside(masks.rules, aligned);
      textInk = new Mat();
      notRules = notOf(rules);
      Core.bitwise_and(ink, notRules, textInk);
      OpenCv.release(notRules);
    }
    grids = aligned;
    Mat clean = gray.clone();
    clean.setTo(new Scalar(255), rules);
    OpenCv.release(rules);

    Debug.write("page" + pageNumber + "-clean", clean);
    Debug.write("page" + pageNumber + "-textink", textInk);
    Debug.write("page" + pageNumber + "-rules", masks.rules);
    double tol = Math.max(4, ppi * 0.04);
    CellReader cells = new CellReader(ocr, ppi, lexicon);
    List<Table> tables = new ArrayList<>();
    java.util.Map<BBox, List<String>> alternatives = new java.util.HashMap<>();
    for (Grid g : grids) {
      List<Cell> out = new ArrayList<>();
      CellKinds kinds = new CellKinds(g.rows(), g.columns());
      StackedCells.restore(g, textInk, masks.horizontal, ppi, (int) Math.ceil(tol));
      for (SpanResolver.Span s : SpanResolver.resolve(g, masks, tol)) {
        int x1 = g.xs()[s.column()];
        int x2 = g.xs()[s.column() + s.columnSpan()];
        int y1 = g.ys()[s.row()];
        int y2 = g.ys()[s.row() + s.rowSpan()];
        CellReader.Reading r = cells.read(clean, textInk, new Rect(x1, y1, x2 - x1, y2 - y1),
            kinds.wordsLikely(s.row(), s.column()), kinds.signed(s.column()));
        if (columnsFromText.contains(g) && r.text() != null
            && AlignedColumns.isFigure(r.text().strip())
            && r.confidence() > AlignedColumns.PIECES_CONFIDENCE
            && AlignedColumns.pieces(textInk, new Rect(x1, y1, x2 - x1, y2 - y1), ppi) > 1) {
          r = new CellReader.Reading(r.text(), AlignedColumns.PIECES_CONFIDENCE, r.blank(),
              r.alternatives());
        }
        kinds.record(s.row(), s.column(), s.columnSpan(), r);
        BBox box = new BBox(x1 * pointsPerPixel, y1 * pointsPerPixel, x2 * pointsPerPixel,
            y2 * pointsPerPixel);
        out.add(new Cell(s.row(), s.column(), s.rowSpan(), s.columnSpan(), r.text(), pageNumber,
            box, r.confidence()));
        if (!r.alternatives().isEmpty()) {
          alternatives.put(box, r.alternatives());
        }
      }
      if (columnsFromText.contains(g)) {
        out = AlignedColumns.doubtRowsWithBlanks(out);
      }
      tables.add(FigureColumns.flagOddCells(new Table("p" + pageNumber + "t" + (tables.size() + 1), List.of(pageNumber),
          "image", g.rows(), g.columns(), out)));
    }
    cells.release();
    List<OcrLine> lines = linesOutside(clean, textInk, grids, ppi, pointsPerPixel);
    OpenCv.release(ink);
    OpenCv.release(textInk);
    OpenCv.release(clean);
    OpenCv.release(masks.horizontal, masks.vertical, masks.rules, gray, scan);
    return new ImagePageResult(upright.rotation(), upright.skewDegrees(), tables, lines,
        alternatives);
  }

  /**
   * OCRs only the part of the page that has ink once the tables are blanked out (in place: the
   * caller is done with both images).
   */
  private List<OcrLine> linesOutside(Mat clean, Mat textInk, List<Grid> grids, double ppi,
      double ppp) {
    Mat rest = textInk;
    Mat page = clean;
    for (Grid g : grids) {
      Imgproc.rectangle(rest, g.area().tl(), g.area().br(), new Scalar(0), -1);
      Imgproc.rectangle(page, g.area().tl(), g.area().br(), new Scalar(255), -1);
    }
    // the paper's edge, dark against the scanner lid and slanted after levelling, is no text; left
    // in, it stretches the crop over the whole page, where a lone line (a signature date on a page
    // of its own) is then not found. Nothing is printed this close to the edge.
    int edge = (int) Math.round(ppi * PAPER_EDGE_INCHES);
    if (rest.cols() > 4 * edge && rest.rows() > 4 * edge) {
      Imgproc.rectangle(rest, new org.opencv.core.Point(0, 0),
          new org.opencv.core.Point(rest.cols() - 1, rest.rows() - 1), new Scalar(0), 2 * edge);
    }
    Ink ink = Ink.measure(rest, ppi);
    if (ink == null) {
      return List.of();
    }
    int pad = (int) Math.round(ppi * 0.05);
    Rect box = new Rect(Math.max(0, ink.box().x - pad), Math.max(0, ink.box().y - pad), 0, 0);
    box.width = Math.min(page.cols(), ink.box().x + ink.box().width + pad) - box.x;
    box.height = Math.min(page.rows(), ink.box().y + ink.box().height + pad) - box.y;
    // a white margin as on paper: the LSTM misreads a glyph that touches the crop's edge
    // (桂 at a line start read as 圭)
    int margin = (int) Math.round(ppi * 0.15);
    Mat framed = new Mat();
    Mat crop = page.submat(box);
    Core.copyMakeBorder(crop, framed, margin, margin, margin, margin,
        Core.BORDER_CONSTANT | Core.BORDER_ISOLATED, new Scalar(255));
    OpenCv.release(crop);
    BufferedImage area = OpenCv.toImage(framed);
    // Tesseract's page layout pass and thresholding cost by the pixel, its line recognizer by the
    // glyph (each line is scaled to the network's height anyway): pages scanned finer than
    // READ_PPI are read from a copy at READ_PPI. Date lines are re-read at full resolution.
    double f = ppi > READ_PPI * 1.1 ? READ_PPI / ppi : 1.0;
    List<OcrWord> read;
    if (f < 1.0) {
      Mat small = new Mat();
      Imgproc.resize(framed, small, new org.opencv.core.Size(framed.cols() * f,
          framed.rows() * f), 0, 0, Imgproc.INTER_AREA);
      ocr.setResolution((int) Math.round(ppi * f));
      read = new ArrayList<>();
      for (OcrWord w : ocr.readLines(OpenCv.toImage(small))) {
        java.awt.Rectangle b = w.box();
        read.add(new OcrWord(w.text(), new java.awt.Rectangle((int) Math.round(b.x / f),
            (int) Math.round(b.y / f), (int) Math.round(b.width / f),
            (int) Math.round(b.height / f)), w.confidence()));
      }
      ocr.setResolution((int) Math.round(ppi));
      OpenCv.release(small);
    } else {
      read = ocr.readLines(area);
    }
    OpenCv.release(framed);
    List<OcrLine> out = new ArrayList<>();
    List<OcrWord> rows = new ArrayList<>();
    for (OcrWord line : read) {
      rows.addAll(StackedRows.split(ocr, area, line, read));
    }
    for (OcrWord line : rows) {
      OcrWord w = DateLine.looksLikeDate(line.text()) || DateLine.atSignature(line, rows)
          ? DateLine.reread(ocr, area, line) : line;
      double l = (w.box().x - margin + box.x) * ppp;
      double t = (w.box().y - margin + box.y) * ppp;
      out.add(new OcrLine(w.text(), new BBox(l, t, l + w.box().width * ppp,
          t + w.box().height * ppp), w.confidence(), (float) (w.box().height * ppp)));
    }
    return out;
  }

  /** Band along the paper's edge where no text is printed (a page's margin is about an inch). */
  static final double PAPER_EDGE_INCHES = 0.4;

  /** Resolution text outside tables is read at (finer scans are scaled down to it). */
  static final double READ_PPI = 150;

  private static Mat rulesInside(Mat rules, List<Grid> grids) {
    Mat inside = Mat.zeros(rules.size(), rules.type());
    for (Grid g : grids) {
      // the area is the rules' own extent; a few pixels more keep their dilated edges
      Imgproc.rectangle(inside, new org.opencv.core.Point(g.area().x - 3, g.area().y - 3),
          new org.opencv.core.Point(g.area().x + g.area().width + 3,
              g.area().y + g.area().height + 3), new Scalar(255), -1);
    }
    Core.bitwise_and(rules, inside, inside);
    return inside;
  }

  private static Mat notOf(Mat m) {
    Mat n = new Mat();
    Core.bitwise_not(m, n);
    return n;
  }

  /** Closes the OCR engine this reader drives. */
  @Override
  public void close() {
    ocr.close();
  }
}
