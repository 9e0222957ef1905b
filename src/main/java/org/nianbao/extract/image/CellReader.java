package org.nianbao.extract.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.ocr.OcrEngine;
import org.nianbao.ocr.OcrMode;
import org.nianbao.ocr.OcrReading;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Reads one table cell. Blank cells are recognised from the ink alone (no OCR call); short
 * one- or two-line cells are tried as figures first (whitelisted single-line read, cheap and
 * immune to 0/O, 1/l confusions) unless their row or column has held only words so far,
 * everything else is read as Chinese text, long text from a smaller view than figures. A
 * single-digit cell whose ink repeats one this page's OCR read surely takes that reading
 * ({@link GlyphMemo}). A figure cell of plain digits is read by the digit classifier without
 * OCR once OCR has agreed with it on the page ({@link DigitReads}).
 */
final class CellReader {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CellReader.class);
  /**
   * What a cell held: text and 0..1 confidence, plus other figure readings the views offered
   * (for checksum-guided correction; empty when the reading was sure).
   */
  record Reading(String text, double confidence, boolean blank, List<String> alternatives) {
    Reading(String text, double confidence, boolean blank) {
      this(text, confidence, blank, List.of());
    }

    Reading {
      alternatives = alternatives.stream().filter(a -> !a.equals(text)).distinct().toList();
    }
  }

  static final Pattern FIGURE = Pattern.compile(
      "[-+]?([0-9][0-9,]*(\\.[0-9]+)?|\\.[0-9]+)(万元|亿元|万|元|件|个|条|次|项|%)?|[-—]");
  /** Line height figures are read at: Tesseract's LSTM reads digits best at ~34 px. */
  private static final double FIGURE_LINE_PX = 34;
  /**
   * Line height long labels are read at, and the most they are shrunk to reach it. Tesseract
   * scales every line to its network's 48 px anyway; what a bigger crop costs is its own
   * thresholding and layout pass. On the scanned set's table pages, 20 px instead of 34 made the
   * label reads 16% cheaper, with as many of them reading as a known label (367 of ~414) and the
   * same figures right (2779/2790).
   */
  private static final double TEXT_LINE_PX = 20;
  private static final double MIN_TEXT_SCALE = 0.6;

  private final OcrEngine ocr;
  private final double ppi;
  private final LabelLexicon lexicon;
  /** This page's surely read single digits, whose repeats need no OCR. */
  private final GlyphMemo glyphs = new GlyphMemo();
  /** This page's figures read by the digit classifier, once OCR has vouched for it. */
  private final DigitReads figures = new DigitReads();
  /** This page's glyph advance, for long labels told from their first glyphs. */
  private final LabelBeginnings beginnings = new LabelBeginnings();
  /** This page's labels read by OCR, whose repeats need no OCR. */
  private final LabelMemo labels = new LabelMemo();

  CellReader(OcrEngine ocr, double ppi, LabelLexicon lexicon) {
    this.ocr = ocr;
    this.ppi = ppi;
    this.lexicon = lexicon;
  }

  /**
   * @param clean the page in gray with the rules painted white
   * @param textInk ink mask without rules
   * @param cell the cell's extent in pixels (rule centre to rule centre)
   * @param wordsLikely the cell's row or column has held only words so far (a header row, a
   *     label column): a short cell is read as text first, sparing the digit read
   */
  Reading read(Mat clean, Mat textInk, Rect cell, boolean wordsLikely) {
    return read(clean, textInk, cell, wordsLikely, false);
  }

  /**
   * @param signed the cell is in a signed column (本年增/减): a figure read without a sign is
   *     checked for a minus sign in the ink ({@link MinusSign})
   */
  Reading read(Mat clean, Mat textInk, Rect cell, boolean wordsLikely, boolean signed) {
    Reading r = readCell(clean, textInk, cell, wordsLikely);
    if (r.blank() || !UNSIGNED_NUMBER.matcher(r.text()).matches()) {
      return r;
    }
    int inset = Math.max(2, (int) Math.round(ppi * 0.02));
    Rect inner = new Rect(cell.x + inset, cell.y + inset, cell.width - 2 * inset,
        cell.height - 2 * inset);
    Mat innerInk = textInk.submat(inner);
    Mat ink = Ink.despeckle(innerInk, ppi);
    OpenCv.release(innerInk);
    MinusSign.Seen dash = MinusSign.find(ink, ppi);
    LOG.trace("cell {} {} {}: minus {}", cell, signed ? "signed" : "unsigned", r.text(), dash);
    OpenCv.release(ink);
    if (!signed) {
      // a clear minus sign in a column not known as signed (its header misread: 增/诚): the
      // sign may be real, so the unsigned figure is doubtful, not taken
      if (dash != MinusSign.Seen.CLEAR) {
        return r;
      }
      List<String> alts = new ArrayList<>(r.alternatives());
      alts.add("-" + r.text());
      return new Reading(r.text(), Math.min(r.confidence(), 0.89), false, alts);
    }
    if (dash == MinusSign.Seen.CLEAR) {
      return new Reading("-" + r.text(), r.confidence(), false, r.alternatives());
    }
    if (dash == MinusSign.Seen.DOUBTFUL) {
      // a mark before the digits that may be a lost sign: the figure is doubtful, not wrong
      List<String> alts = new ArrayList<>(r.alternatives());
      alts.add("-" + r.text());
      return new Reading(r.text(), Math.min(r.confidence(), 0.89), false, alts);
    }
    return r;
  }

  /** A figure without a sign, as OCR gives it when a minus sign is lost. */
  private static final Pattern UNSIGNED_NUMBER = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?");

  private Reading readCell(Mat clean, Mat textInk, Rect cell, boolean wordsLikely) {
    int inset = Math.max(2, (int) Math.round(ppi * 0.02));
    Rect inner = new Rect(cell.x + inset, cell.y + inset, cell.width - 2 * inset,
        cell.height - 2 * inset);
    if (inner.width < 3 || inner.height < 3) {
      return new Reading("", 1.0, true);
    }
    Mat innerInk = textInk.submat(inner);
    Ink ink = Ink.measure(innerInk, ppi);
    if (ink == null) {
      OpenCv.release(innerInk);
      return new Reading("", 1.0, true);
    }
    // also where words are expected: the first figure cells under a header row are, and a
    // label is never a lone dash, slash or 无
    Mat markInk = Ink.despeckle(innerInk, ppi);
    String mark = ZeroMarks.read(markInk, ppi);
    OpenCv.release(markInk);
    if (mark != null) {
      LOG.trace("cell {} zero mark {}", cell, mark);
      OpenCv.release(innerInk);
      return new Reading(mark, ZERO_MARK_CONFIDENCE, false);
    }
    if (LabelMemo.labelShaped(ink)) {
      Mat labelInk = innerInk.submat(ink.box());
      Reading known = labels.recall(labelInk, ink);
      OpenCv.release(labelInk);
      if (known != null) {
        LOG.trace("cell {} repeats label {}", cell, known.text());
        OpenCv.release(innerInk);
        return known;
      }
    }
    boolean noDigits = oneWideGlyph(innerInk, ink, ppi);
    GlyphMemo.Shape glyph = null;
    if (GlyphMemo.singleGlyph(ink) && !noDigits) {
      Mat glyphInk = textInk.submat(new Rect(inner.x + ink.box().x, inner.y + ink.box().y,
          ink.box().width, ink.box().height));
      glyph = GlyphMemo.shape(glyphInk);
      OpenCv.release(glyphInk);
      Reading known = glyphs.recall(glyph);
      if (known != null) {
        OpenCv.release(innerInk);
        return known;
      }
    }
    DigitClassifier.Result digits = null;
    if (!wordsLikely && !noDigits && ink.lines() == 1 && figureShaped(ink)) {
      digits = figures.read(innerInk, ink.box(), ppi);
    }
    boolean unit = !noDigits && ink.lines() == 1 && figureShaped(ink)
        && unitTail(DigitClassifier.cut(innerInk, ink.box(), ppi).glyphs());

    OpenCv.release(innerInk);
    if (figures.trusted(digits)) {
      return new Reading(digits.text(), DigitClassifier.CONFIDENCE, false, digits.alternatives());
    }
    int pad = Math.max(2, ink.lineHeight() / 3);
    Rect box = new Rect(inner.x + ink.box().x - pad, inner.y + ink.box().y - pad,
        ink.box().width + 2 * pad, ink.box().height + 2 * pad);
    box = intersect(box, inner);
    if (ink.textFrom() > 0 || ink.textTo() < inner.height) {
      // the padding stops short of an edge band of noise (see Ink)
      int to = Math.min(ink.textTo(), inner.height);
      box = intersect(box, new Rect(inner.x, inner.y + ink.textFrom(), inner.width,
          to - ink.textFrom()));
    }
    // Two views of the same ink: our own clean binarisation (speckle and rules gone) and the
    // gray scan. Tesseract reads the binary one best; the gray one is a second opinion.
    Mat boxInk = textInk.submat(box);
    Mat bin = Ink.despeckle(boxInk, ppi);
    OpenCv.release(boxInk);
    Core.bitwise_not(bin, bin);
    try {
      Views views = new Views(clean, bin, box, ink.lineHeight(), !figureShaped(ink));
      if (noDigits) {
        Reading word = zeroWord(views, ink);
        if (word != null) {
          return word;
        }
      }
      Reading known = knownLabel(views, bin, ink);
      if (known != null) {
        learn(textInk, inner, ink, known);
        return known;
      }
      Reading read = read(views, ink, cell, wordsLikely);
      if (unit) {
        read = rereadUnitTail(views, ink, read);
      }
      if (ink.lines() == 1 && hanGlyphs(read.text()) >= 3 && lexicon.confirms(read.text())) {
        beginnings.learn(read.text(), ink.box().width);
      }
      if (noDigits && !wordsLikely) {
        // whatever was read from a glyph no digit can be is doubtful (a misread 无 reads as 了)
        read = new Reading(read.text(), Math.min(read.confidence(), 0.89), false,
            read.alternatives());
      }
      read = figures.check(digits, read);
      if (glyph != null) {
        glyphs.learn(glyph, read);
      }
      if (hanGlyphs(read.text()) >= 2 && lexicon.confirms(read.text())) {
        learn(textInk, inner, ink, read);
      }
      return read;
    } finally {
      OpenCv.release(bin);
    }
  }

  /** Keeps a label cell read by OCR (as a label the templates know) for its repeats. */
  private void learn(Mat textInk, Rect inner, Ink ink, Reading read) {
    if (LabelMemo.labelShaped(ink)) {
      Mat labelInk = textInk.submat(new Rect(inner.x + ink.box().x, inner.y + ink.box().y,
          ink.box().width, ink.box().height));
      labels.learn(LabelMemo.shape(labelInk, ink), read);
      OpenCv.release(labelInk);
    }
  }

  /** Frees what the reader kept of the page (its labels' ink). */
  void release() {
    labels.release();
  }

  /**
   * Whether a line of glyphs ends in a CJK glyph after its digits: a unit (件, 万元) after a
   * figure, clearly taller than the digits, or a little taller and square. The digit model
   * knows no such glyph and makes digits or % of it (2件 read as 2%, 7040.55万元 as 7040.55770).
   */
  static boolean unitTail(List<DigitClassifier.Glyph> glyphs) {
    if (glyphs.size() < 2) {
      return false;
    }
    int tallest = glyphs.stream().mapToInt(g -> g.box().height).max().orElse(0);
    // the digits' height: the lowest of the glyphs of at least half the tallest (a sign or a
    // decimal point is lower still)
    int digit = glyphs.stream().mapToInt(g -> g.box().height).filter(h -> 2 * h >= tallest)
        .min().orElse(tallest);
    Rect last = glyphs.get(glyphs.size() - 1).box();
    boolean cjk = last.height >= UNIT_HEIGHT * digit
        || last.height >= SQUARE_UNIT_HEIGHT * digit && last.width >= SQUARE * last.height;
    return cjk && glyphs.get(0).box().height < SQUARE_UNIT_HEIGHT * digit;
  }

  /** Least height of a unit glyph over the digits before it (CJK ~0.9 em, digits ~0.7 em). */
  static final double UNIT_HEIGHT = 1.15;
  /**
   * Least height over the digits of a square unit glyph (万, 元 of a font with tall digits are
   * 1.1 times their height, twice their width); {@code SQUARE} is its width over its height.
   */
  static final double SQUARE_UNIT_HEIGHT = 1.05;
  static final double SQUARE = 0.9;

  /** A figure followed by a unit the templates print in figure cells. */
  private static final Pattern FIGURE_WITH_UNIT =
      Pattern.compile("([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)(万元|亿元|万|元|件|个|条|次|项)");

  /**
   * The figure read from ink that ends in a unit, read again by the full model, which knows the
   * unit's glyphs: taken when its number is how the digit read begins (what follows there is
   * the unit misread); otherwise the digit read, doubted.
   */
  private Reading rereadUnitTail(Views views, Ink ink, Reading read) {
    if (read.blank() || !FIGURE.matcher(read.text()).matches()
        || FIGURE_WITH_UNIT.matcher(read.text()).matches()) {
      return read;
    }
    OcrReading text = ocr.read(views.text(), lineMode(ink));
    java.util.regex.Matcher m = FIGURE_WITH_UNIT.matcher(text.text().strip());
    LOG.trace("unit tail: digits {} text {}", read.text(), text);
    if (text.text().strip().equals(read.text())) {
      return read; // a glyph wider than digits, as both models read it (%)
    }
    if (m.matches() && read.text().startsWith(m.group(1))) {
      // the same number read by both models is as sure as the surer read
      double sure = read.text().equals(m.group(1))
          ? Math.max(read.confidence(), text.confidence()) : text.confidence();
      return new Reading(m.group(0), sure, false, read.alternatives());
    }
    return new Reading(read.text(), Math.min(read.confidence(), 0.89), false,
        read.alternatives());
  }

  /**
   * A long label told from its first glyphs ({@link LabelBeginnings}), or null when it must be
   * read whole.
   *
   * @param bin the binary view of the cell's ink box, ink black
   */
  private Reading knownLabel(Views views, Mat bin, Ink ink) {
    double advance = beginnings.advance();
    if (advance == 0 || figureShaped(ink)) {
      return null;
    }
    List<Rect> lines = LabelBeginnings.lines(bin, (int) Math.max(1, Math.round(2 * ppi / 150)));
    double inkEms = lines.stream().mapToInt(l -> l.width).sum() / advance;
    if (lines.isEmpty() || inkEms < LabelBeginnings.MIN_LABEL_EMS
        || lines.get(0).width < (LabelBeginnings.READ_EMS + 1) * advance) {
      return null; // short, or its first line is (a column of glyphs set one below the other)
    }
    Rect first = lines.get(0);
    // the first line alone, with half the gap to the next as margin, up to a gap between glyphs
    int below = lines.size() > 1 ? (lines.get(1).y - first.y - first.height) / 2 : bin.rows();
    int top = Math.max(0, first.y - Math.max(2, first.height / 3));
    Mat line = bin.rowRange(top, Math.min(bin.rows(), first.y + first.height + below));
    int cut = clearColumnNear(line, first.x + (int) Math.round(LabelBeginnings.READ_EMS * advance),
        (int) Math.round(0.35 * advance));
    Mat crop = line.colRange(0, Math.min(line.cols(), cut));
    OcrReading start = ocr.read(views.labelCrop(crop), OcrMode.TEXT_LINE);
    OpenCv.release(crop, line);
    if (start.isEmpty() || start.confidence() < LabelBeginnings.MIN_CONFIDENCE) {
      return null;
    }
    String label = LabelBeginnings.complete(lexicon.beginningAs(start.text()), inkEms);
    LOG.trace("label beginning '{}' {} of {} ems -> {}", start.text(), start.confidence(),
        inkEms, label);
    return label == null ? null : new Reading(label, start.confidence(), false);
  }

  /**
   * The column nearest x, within reach, that holds no ink (between two glyphs), so a crop ends
   * on a whole glyph; x itself when there is none.
   */
  private static int clearColumnNear(Mat bin, int x, int reach) {
    Mat darkest = new Mat();
    Core.reduce(bin, darkest, 0, Core.REDUCE_MIN);
    byte[] min = new byte[darkest.cols()];
    darkest.get(0, 0, min);
    OpenCv.release(darkest);
    for (int d = 0; d <= reach; d++) {
      for (int c : new int[] {x - d, x + d}) {
        if (c > 0 && c < min.length && (min[c] & 0xff) >= 128) {
          return c;
        }
      }
    }
    return x;
  }

  /** Confidence of a zero mark told from its geometry ({@link ZeroMarks}). */
  static final double ZERO_MARK_CONFIDENCE = 0.95;

  /** Widest a single digit's ink is, in its heights (the classifier's bound; CJK glyphs ~0.9-1). */
  static final double MAX_DIGIT_ASPECT = DigitClassifier.MAX_ASPECT;

  /**
   * Whether the cell's ink is one glyph too wide for a digit (无, 空 in a figure cell): the digit
   * whitelist turns such a glyph into 7, 76 or 14, which the second view may repeat.
   */
  static boolean oneWideGlyph(Mat innerInk, Ink ink, double ppi) {
    if (ink.lines() != 1 || ink.box().width > 1.3 * ink.lineHeight()) {
      return false;
    }
    DigitClassifier.Cut cut = DigitClassifier.cut(innerInk, ink.box(), ppi);
    if (cut.glyphs().size() != 1) {
      return false;
    }
    Rect g = cut.glyphs().get(0).box();
    return g.height >= Math.max(8, DigitClassifier.MIN_DIGIT_INCHES * ppi)
        && g.width > MAX_DIGIT_ASPECT * g.height;
  }

  /** A glyph no digit can be read as text: a zero-mark word (无, 空) as read, else null. */
  private Reading zeroWord(Views views, Ink ink) {
    OcrReading text = ocr.read(views.text(), OcrMode.TEXT_LINE);
    LOG.trace("wide glyph {} read {}", ink, text);
    String t = text.text().strip();
    return ZERO_WORDS.contains(t) ? new Reading(t, text.confidence(), false) : null;
  }

  /** Words printed for zero in a figure cell (canonical-model.md). */
  private static final java.util.Set<String> ZERO_WORDS = java.util.Set.of("无", "空");

  private Reading read(Views views, Ink ink, Rect cell, boolean wordsLikely) {
    if (figureShaped(ink)) {
      OcrMode mode = ink.lines() == 1 ? OcrMode.NUMERIC_LINE : OcrMode.NUMERIC_BLOCK;
      OcrReading words = null;
      if (wordsLikely && wideAsWords(ink)) {
        OcrReading guess = ocr.read(views.labelText(), lineMode(ink));
        if ((plainlyWords(guess)
            && (guess.confidence() >= WORDS_FIRST_CONFIDENCE || lexicon.confirms(guess.text())))
            || surelyShortWords(guess)) {
          return new Reading(guess.text(), guess.confidence(), false);
        }
      }
      OcrReading first = ocr.readDigits(views.figures(), mode);
      boolean textFirst = false;
      if (first.isEmpty()) {
        // The digit model sees no digits: nearly always a short label (自然人, 总计). Its text
        // read is needed anyway and costs less than the full model's whitelisted retries and a
        // second view, which only matter when the text read is not plainly words.
        words = ocr.read(views.text(), lineMode(ink));
        if (plainlyWords(words) || surelyShortWords(words)) {
          return readText(views, ink, words);
        }
        // The digit model drops a lone bold 0 now and then (an O to it, and not whitelisted);
        // where the text read is a figure, it is the first view, checked against the second
        // like any other, and never taken alone.
        textFirst = isFigure(words);
        first = textFirst ? words : ocr.read(views.figures(), mode);
      }
      if (isFigure(first) && !fitsInk(first.text(), ink, ppi)) {
        // the digit whitelist forced a short label (规章, 行政处罚, （七）总计) into a figure:
        // the figure read is far narrower than the ink, so the ink is words
        return readText(views, ink, words);
      }
      if (isFigure(first) && first.confidence() >= SURE && !textFirst) {
        return new Reading(first.text(), first.confidence(), false);
      }
      OcrReading second = ocr.read(views.grayFigures(), mode);
      LOG.trace("cell {} ink {} first={} second={}", cell, ink, first, second);
      if (isFigure(first) && first.text().equals(second.text())) {
        double sure = Math.max(first.confidence(), second.confidence());
        if (sure < UNIT_SUSPECT_BELOW) {
          // both digit views forced a glyph they could not read (a unit, 件) into a digit
          OcrReading text = words != null ? words : ocr.read(views.text(), lineMode(ink));
          Reading unit = withUnit(text, first, second);
          if (unit != null) {
            return unit;
          }
        }
        // two views agree: as sure as the surer of them
        return new Reading(first.text(), sure, false);
      }
      OcrReading best = best(first, second, ink);
      if (isFigure(best) && !fitsInk(best.text(), ink, ppi)) {
        return readText(views, ink, words);
      }
      if (isFigure(best)) {
        OcrReading text = words != null ? words : ocr.read(views.text(), lineMode(ink));
        Reading unit = withUnit(text, first, second);
        if (unit != null) {
          return unit;
        }
        // a glyph or two of "text" where a figure was read is a digit misread as 了, 〇, 一
        if (text.isEmpty() || isFigure(text) || text.confidence() < 0.8
            || text.text().length() <= 2) {
          // a doubtful figure; capped below the flag threshold because the views disagree
          return new Reading(best.text(), Math.min(best.confidence(), 0.89), false,
              figureAlternatives(first, second));
        }
        return new Reading(text.text(), text.confidence(), false);
      }
    }
    return readText(views, ink, null);
  }

  /**
   * Whether the ink can hold the words a text read taken first is taken as (two Chinese glyphs
   * at least): on one line that is about two line heights wide, where a figure of two or three
   * digits is 1.3 to 2. Narrower ink is read as a figure first, as everywhere else; on the
   * scanned set's table pages none of the first text reads taken was narrower than 1.8.
   */
  private static boolean wideAsWords(Ink ink) {
    return ink.lines() > 1 || ink.box().width >= MIN_WORDS_WIDTH * ink.lineHeight();
  }

  /** Narrowest single line of ink, in line heights, two Chinese glyphs take. */
  private static final double MIN_WORDS_WIDTH = 1.8;

  /** Short ink, a few glyphs on at most three lines: a figure, or a short label. */
  private static boolean figureShaped(Ink ink) {
    return ink.lines() <= 3 && ink.box().width <= 7 * ink.lineHeight();
  }

  /** @param read the text view as already read in {@link #lineMode}, or null */
  private Reading readText(Views views, Ink ink, OcrReading read) {
    OcrReading text = read != null ? read : ocr.read(views.text(), lineMode(ink));
    if (text.isEmpty() && ink.lines() == 1) {
      // lines that touch look like one tall line, which the single-line layout reads as nothing
      text = ocr.read(views.text(), OcrMode.TEXT_BLOCK);
    }
    if (text.isEmpty()
        || (text.confidence() < GRAY_LABEL_BELOW && !lexicon.confirms(text.text()))) {
      // shaded or faint cells binarise badly; let Tesseract threshold the gray scan itself
      OcrReading gray = ocr.read(views.grayText(), lineMode(ink));
      if (gray.confidence() > text.confidence()) {
        text = gray;
      }
    }
    return new Reading(text.text(), text.isEmpty() ? 0.0 : text.confidence(), false);
  }

  /**
   * Whether a figure reading can account for the ink's extent: a digit is at most about as wide
   * as it is tall (CJK glyphs are square and wider than the digits' height), and a dash is a
   * thin stroke. A reading far narrower than the ink, or a dash read from tall ink, left most of
   * the ink unexplained.
   */
  static boolean fitsInk(String figure, Ink ink, double ppi) {
    if (figure.equals("-") || figure.equals("—")) {
      return ink.box().height <= Math.max(4, ppi * 0.05) && ink.box().height * 2 <= ink.box().width;
    }
    int chars = 0;
    for (String line : figure.split("\n")) {
      chars = Math.max(chars, line.strip().length());
    }
    return ink.box().width <= (chars * MAX_FIGURE_ADVANCE + 0.6) * ink.lineHeight();
  }

  /**
   * A figure printed with its unit (26件, 36.27万元) as the text view reads it, where the digit
   * views, whitelisted to digits, turned the unit into one more digit or two (264) or dropped it
   * (26): the text view's reading when its figure is what a digit view read, alone or followed
   * by as many stand-ins as the unit has glyphs; else null. The digits are then read twice over.
   */
  static Reading withUnit(OcrReading text, OcrReading... digitViews) {
    java.util.regex.Matcher m = FIGURE.matcher(text.text());
    if (!m.matches() || m.group(1) == null || m.group(3) == null || m.group(3).equals("%")) {
      return null;
    }
    String number = text.text().substring(0, m.start(3));
    for (OcrReading d : digitViews) {
      String digits = d.text();
      if (digits.equals(number) || (digits.startsWith(number)
          && digits.length() - number.length() <= m.group(3).length()
          && UNSIGNED_NUMBER.matcher(digits).matches())) {
        return new Reading(text.text(), text.confidence(), false);
      }
    }
    return null;
  }

  /**
   * Below this confidence two agreeing digit views may both have forced a unit glyph into a
   * digit: Tesseract scores a whitelisted read of a glyph outside the whitelist near 0.
   */
  private static final double UNIT_SUSPECT_BELOW = 0.5;

  /** Widest digit advance in line heights (digits ~0.7; CJK glyphs ~1.0–1.1). */
  private static final double MAX_FIGURE_ADVANCE = 0.9;

  /**
   * Text confidence below which a label is read again from the gray view, unless the reading is
   * already close to a label the templates know ({@link LabelLexicon}): on the scanned set's
   * table pages that spares 113 of 145 second reads, each as dear as the first.
   */
  private static final double GRAY_LABEL_BELOW = 0.8;

  /**
   * Confidence from which a text read taken first (the row or column held only words so far) is
   * words without the digit read; a known label needs none.
   */
  private static final double WORDS_FIRST_CONFIDENCE = 0.6;

  /** Confidence from which a figure read once is taken without a second view. */
  private static final double SURE = 0.93;

  private static OcrMode lineMode(Ink ink) {
    return ink.lines() == 1 ? OcrMode.TEXT_LINE : OcrMode.TEXT_BLOCK;
  }

  /**
   * Whether a text read is words beyond doubt: three or more glyphs, at least two of them
   * Chinese, and no figure. A digit misread by the text model gives a glyph or two (了, 〇),
   * not a run of Chinese.
   */
  static boolean plainlyWords(OcrReading r) {
    if (r.isEmpty() || isFigure(r) || r.text().codePointCount(0, r.text().length()) < 3) {
      return false;
    }
    return hanGlyphs(r.text()) >= 2;
  }

  /** How many of the text's glyphs are Chinese characters. */
  static long hanGlyphs(String text) {
    return text.codePoints()
        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
  }

  /**
   * Whether a text read is a sure two-glyph word (总计, 其他, 合计): both glyphs Chinese, read
   * with confidence. Called only where the digit model saw no digits at all, or where the row or
   * column has held only words and the ink is as wide as two Chinese glyphs, so it is not a
   * figure the text model misread.
   */
  static boolean surelyShortWords(OcrReading r) {
    return !r.isEmpty() && r.confidence() >= SURE_SHORT_WORDS
        && r.text().codePointCount(0, r.text().length()) == 2 && hanGlyphs(r.text()) == 2;
  }

  /** Confidence from which two Chinese glyphs, where no digit was seen, are taken as words. */
  private static final double SURE_SHORT_WORDS = 0.9;

  private static boolean isFigure(OcrReading r) {
    return FIGURE.matcher(r.text()).matches();
  }

  /** Every figure-shaped reading of either view, best guesses first. */
  private static List<String> figureAlternatives(OcrReading first, OcrReading second) {
    List<String> out = new ArrayList<>();
    for (OcrReading r : List.of(first, second)) {
      if (isFigure(r)) {
        out.add(r.text());
      }
    }
    for (OcrReading r : List.of(first, second)) {
      for (String a : r.alternatives()) {
        if (FIGURE.matcher(a).matches()) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * The better of two disagreeing views. Where one figure is the other with characters added
   * (-5 and 5, 11 and 1: a sign or a repeated digit lost by one view), the one whose width
   * accounts for the ink wins when it fits clearly better; otherwise the surer one.
   */
  static OcrReading best(OcrReading a, OcrReading b, Ink ink) {
    if (ink.lines() == 1 && isFigure(a) && isFigure(b) && a.text().length() != b.text().length()
        && subsequence(a.text().length() < b.text().length() ? a.text() : b.text(),
            a.text().length() < b.text().length() ? b.text() : a.text())) {
      double ea = Math.abs(printedWidth(a.text(), ink.lineHeight()) - ink.box().width);
      double eb = Math.abs(printedWidth(b.text(), ink.lineHeight()) - ink.box().width);
      if (ea < 0.5 * eb) {
        return a;
      }
      if (eb < 0.5 * ea) {
        return b;
      }
    }
    return best(a, b);
  }

  /**
   * Expected ink width of a figure in pixels, from the ink's line height (the digits' height in
   * a figure cell): a digit ~0.6 of it (a 1 ~0.4: without it a serif 11, 16 px wide at 15
   * high, was taken for the 1 one view read), a sign ~0.45, a separator ~0.2, gaps ~0.1.
   */
  static double printedWidth(String figure, int lineHeight) {
    double w = 0;
    for (char c : figure.toCharArray()) {
      w += (c == '1' ? 0.4 : Character.isDigit(c) ? 0.6 : c == '-' || c == '—' ? 0.45 : 0.2)
          * lineHeight;
    }
    return w + 0.1 * lineHeight * Math.max(0, figure.length() - 1);
  }

  private static boolean subsequence(String shorter, String longer) {
    int i = 0;
    for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
      if (shorter.charAt(i) == longer.charAt(j)) {
        i++;
      }
    }
    return i == shorter.length();
  }

  private static OcrReading best(OcrReading a, OcrReading b) {
    if (isFigure(a) != isFigure(b)) {
      return isFigure(a) ? a : b;
    }
    return a.confidence() >= b.confidence() ? a : b;
  }

  /**
   * The views of one cell's ink, each made when first asked for: our binarisation and the gray
   * scan, scaled for the figure reads or for the text reads.
   */
  private static final class Views {
    private final Mat clean;
    private final Mat bin;
    private final Rect box;
    private final int lineHeight;
    /** Long text is read at a smaller scale than figures and short labels. */
    private final boolean longText;
    private BufferedImage figures;
    private BufferedImage labels;

    Views(Mat clean, Mat bin, Rect box, int lineHeight, boolean longText) {
      this.clean = clean;
      this.bin = bin;
      this.box = box;
      this.lineHeight = lineHeight;
      this.longText = longText;
    }

    BufferedImage figures() {
      if (figures == null) {
        figures = prepare(bin, lineHeight, FIGURE_LINE_PX, 1.0);
      }
      return figures;
    }

    /** The view text is read from: the labels' scale for long text, else the figures'. */
    BufferedImage text() {
      return longText ? labelText() : figures();
    }

    /** The binary view at the labels' scale, whatever the cell's shape. */
    BufferedImage labelText() {
      if (labels == null) {
        labels = prepare(bin, lineHeight, TEXT_LINE_PX, MIN_TEXT_SCALE);
      }
      return labels;
    }

    /** A part of the binary view (its first glyphs) at the labels' scale. */
    BufferedImage labelCrop(Mat part) {
      return prepare(part, lineHeight, TEXT_LINE_PX, MIN_TEXT_SCALE);
    }

    BufferedImage grayFigures() {
      return gray(FIGURE_LINE_PX, 1.0);
    }

    BufferedImage grayText() {
      return longText ? gray(TEXT_LINE_PX, MIN_TEXT_SCALE) : grayFigures();
    }

    private BufferedImage gray(double targetLine, double minScale) {
      Mat crop = clean.submat(box);
      BufferedImage out = prepare(crop, lineHeight, targetLine, minScale);
      OpenCv.release(crop);
      return out;
    }
  }

  /** Scales the crop so a text line is about {@code targetLine} px tall; adds a white margin. */
  private static BufferedImage prepare(Mat region, int lineHeight, double targetLine,
      double minScale) {
    double f = Math.max(minScale, Math.min(4.0, targetLine / Math.max(1, lineHeight)));
    Mat scaled = new Mat();
    if (f > 1.05) {
      Imgproc.resize(region, scaled, new Size(region.cols() * f, region.rows() * f), 0, 0,
          Imgproc.INTER_CUBIC);
    } else if (f < 0.95) {
      Imgproc.resize(region, scaled, new Size(region.cols() * f, region.rows() * f), 0, 0,
          Imgproc.INTER_AREA);
    } else {
      scaled = region.clone();
    }
    // generous margins: LSTM line recognition misses a lone narrow glyph ("1") in a tight crop
    int m = (int) Math.max(12, Math.min(40, lineHeight * f * 0.6));
    Mat framed = new Mat();
    Core.copyMakeBorder(scaled, framed, m, m, m, m, Core.BORDER_CONSTANT, new Scalar(255));
    BufferedImage out = OpenCv.toImage(framed);
    OpenCv.release(scaled);
    OpenCv.release(framed);
    return out;
  }

  private static Rect intersect(Rect a, Rect b) {
    int x = Math.max(a.x, b.x);
    int y = Math.max(a.y, b.y);
    int x2 = Math.min(a.x + a.width, b.x + b.width);
    int y2 = Math.min(a.y + a.height, b.y + b.height);
    return new Rect(x, y, Math.max(1, x2 - x), Math.max(1, y2 - y));
  }
}
