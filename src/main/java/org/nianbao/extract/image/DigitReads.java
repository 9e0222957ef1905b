package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * When one page's figure cells may take the {@link DigitClassifier}'s reading without OCR.
 *
 * <p>The classifier knows the fonts it was trained on; a report printed in another may fool it.
 * So on each page it is on probation: its sure readings are only compared with OCR's until
 * {@link #PROBATION} cells OCR read surely agreed with it, and later one sure reading in
 * {@link #AUDIT_EVERY} is still read by OCR. One disagreement, whoever is wrong, and the page
 * goes back to OCR alone. Readings the classifier was not sure of, or made on probation, are
 * offered to the checksum corrector as alternatives of a doubtful OCR reading.
 */
final class DigitReads {
  /** Sure OCR readings the classifier must have matched on a page before it reads alone. */
  static final int PROBATION = 3;
  /** Of the classifier's sure readings after probation, one in this many is checked by OCR. */
  static final int AUDIT_EVERY = 8;
  /** OCR confidence from which its reading vouches for the classifier. */
  private static final double VOUCHING = 0.9;

  private final boolean enabled = !Boolean.getBoolean("nianbao.digits.off");
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DigitReads.class);
  private int agreements;
  private int trustedReads;
  private boolean off;

  /** The classifier's reading of a figure cell, or null when off or the ink is no clean figure. */
  DigitClassifier.Result read(Mat ink, Rect box, double ppi) {
    if (!enabled || off || !DigitClassifier.available()) {
      return null;
    }
    DigitClassifier.Result r = DigitClassifier.read(ink, box, ppi);
    if (r == null) {
      LOG.trace("digits: none {}", box);
    }
    return r;
  }

  /** Whether the reading stands without OCR (a sure one, past probation, not due for audit). */
  boolean trusted(DigitClassifier.Result digits) {
    if (digits == null || !digits.sure() || off || agreements < PROBATION) {
      return false;
    }
    trustedReads++;
    boolean alone = trustedReads % AUDIT_EVERY != 0;
    if (alone) {
      LOG.trace("digits: read {}", digits.text());
    }
    return alone;
  }

  /**
   * Compares OCR's reading of a cell with the classifier's: a sure classifier reading OCR
   * confirmed surely counts towards probation, any disagreement ends the classifier's use on
   * the page. Returns the OCR reading, with the classifier's readings as alternatives when OCR
   * was doubtful.
   */
  CellReader.Reading check(DigitClassifier.Result digits, CellReader.Reading ocr) {
    if (digits == null) {
      return ocr;
    }
    LOG.trace("digits: {} ocr {} {}", digits, ocr.text(), ocr.confidence());
    if (digits.sure()) {
      if (!digits.text().equals(ocr.text())) {
        off = true;
      } else if (ocr.confidence() >= VOUCHING) {
        agreements++;
      }
    }
    if (ocr.confidence() >= VOUCHING || !(ocr.text().isEmpty()
        || CellReader.FIGURE.matcher(ocr.text()).matches())) {
      return ocr;
    }
    List<String> alts = new ArrayList<>(ocr.alternatives());
    alts.add(digits.text());
    alts.addAll(digits.alternatives());
    return new CellReader.Reading(ocr.text(), ocr.confidence(), ocr.blank(), alts);
  }
}
