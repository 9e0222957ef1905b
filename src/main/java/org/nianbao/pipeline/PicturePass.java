package org.nianbao.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.Options;
import org.nianbao.extract.PageReading;
import org.nianbao.extract.image.ImagePageReader;
import org.nianbao.extract.image.PageImage;
import org.nianbao.extract.image.PictureTables;
import org.nianbao.load.LoadedPage;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;
import org.nianbao.model.PageInfo;
import org.nianbao.model.PageKind;
import org.nianbao.model.Table;
import org.nianbao.model.TextSource;
import org.nianbao.model.Warning;

/**
 * Reads the large text-free pictures of a text-layer page (a table pasted as a screenshot) like
 * scans, on the OCR queue, and merges what they hold with the page's text-layer reading.
 */
final class PicturePass {
  private PicturePass() {}

  /** The page's slot: the text-layer reading as it is when no picture needs reading. */
  static PageSlot read(LoadedPage page, PageReading textLayer, Options options,
      Optional<ImagePageReader> reader, OcrQueue ocr) {
    List<PictureTables.Candidate> candidates;
    try {
      candidates = PictureTables.candidates(page);
    } catch (RuntimeException e) {
      return PageSlot.ready(withWarnings(textLayer, List.of(new Warning("PAGE_UNREADABLE",
          page.number(), "images of the page cannot be listed: " + e.getMessage()))));
    }
    if (candidates.isEmpty()) {
      return PageSlot.ready(textLayer);
    }
    List<Warning> skipped = new ArrayList<>();
    if (options.ocrStrategy() == Options.OcrStrategy.NO_OCR || reader.isEmpty()) {
      boolean off = options.ocrStrategy() == Options.OcrStrategy.NO_OCR;
      for (PictureTables.Candidate c : candidates) {
        String what = PictureTables.describe(c.picture()) + " has no text layer and may hold a table";
        skipped.add(off
            ? new Warning("OCR_SKIPPED", page.number(), what + "; OCR is off")
            : new Warning("OCR_UNAVAILABLE", page.number(), what + " but no OCR engine is configured"));
      }
      return PageSlot.ready(withWarnings(textLayer, skipped));
    }
    List<PageImage> images = new ArrayList<>();
    List<BBox> boxes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (PictureTables.Candidate c : candidates) {
      try {
        images.add(PictureTables.image(page, c, options.ocrDpi()));
        boxes.add(c.picture().box());
        names.add(PictureTables.describe(c.picture()));
      } catch (IOException | RuntimeException e) {
        skipped.add(new Warning("PAGE_UNREADABLE", page.number(),
            PictureTables.describe(c.picture()) + " cannot be decoded: " + e.getMessage()));
      }
    }
    if (images.isEmpty()) {
      return PageSlot.ready(withWarnings(textLayer, skipped));
    }
    ImagePageReader r = reader.get();
    return ocr.submit(page.number(), () -> {
      List<PageReading> placed = new ArrayList<>();
      List<Warning> warnings = new ArrayList<>(skipped);
      for (int i = 0; i < images.size(); i++) {
        try {
          placed.add(PictureTables.place(r.read(images.get(i), options), images.get(i),
              boxes.get(i), i + 1));
        } catch (RuntimeException e) {
          warnings.add(new Warning("OCR_FAILED", page.number(), names.get(i) + " not read: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
      }
      return merge(textLayer, placed, warnings);
    });
  }

  /** The text-layer reading with the pictures' tables and lines added in reading order. */
  static PageReading merge(PageReading textLayer, List<PageReading> pictures,
      List<Warning> extra) {
    List<Table> tables = new ArrayList<>(textLayer.tables());
    List<Table> pictureTables = new ArrayList<>();
    List<TextLine> ocrLines = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>(textLayer.warnings());
    warnings.addAll(extra);
    Map<BBox, List<String>> alternatives = new java.util.HashMap<>(textLayer.alternatives());
    boolean ocred = false;
    for (PageReading p : pictures) {
      pictureTables.addAll(p.tables());
      ocrLines.addAll(p.linesOutsideTables());
      warnings.addAll(p.warnings());
      alternatives.putAll(p.alternatives());
      ocred |= p.warnings().stream().noneMatch(w -> w.code().equals("OCR_UNAVAILABLE"));
    }
    tables.addAll(pictureTables);
    // a stray text-layer glyph over a picture table belongs to that table, not to the narrative
    List<TextLine> lines = new ArrayList<>(
        Pipeline.linesOutside(textLayer.linesOutsideTables(), pictureTables));
    lines.addAll(ocrLines);
    lines.sort(Comparator.comparingDouble(l -> l.bbox().top()));
    PageInfo t = textLayer.info();
    PageInfo info = new PageInfo(t.number(), kind(t.kind(), !pictureTables.isEmpty(),
        !ocrLines.isEmpty()), ocred ? TextSource.TEXT_LAYER_AND_OCR : t.textSource(),
        t.rotation(), t.skewDegrees());
    return new PageReading(info, tables, lines, warnings, alternatives);
  }

  private static PageKind kind(PageKind textLayer, boolean tables, boolean lines) {
    if (tables) {
      return textLayer == PageKind.NARRATIVE ? PageKind.MIXED
          : textLayer == PageKind.BLANK ? (lines ? PageKind.MIXED : PageKind.TABLE) : textLayer;
    }
    return textLayer == PageKind.BLANK && lines ? PageKind.NARRATIVE : textLayer;
  }

  private static PageReading withWarnings(PageReading r, List<Warning> more) {
    List<Warning> all = new ArrayList<>(r.warnings());
    all.addAll(more);
    return new PageReading(r.info(), r.tables(), r.linesOutsideTables(), all, r.alternatives());
  }
}
