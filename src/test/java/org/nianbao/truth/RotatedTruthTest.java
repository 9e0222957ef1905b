package org.nianbao.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Options;

/**
 * The born-digital test PDFs saved rotated must read exactly as upright: every page's /Rotate set
 * to 90 (all documents), and one of these per document in turn: /Rotate 180, /Rotate 270, the
 * content drawn turned a quarter counter-clockwise on a landscape MediaBox with /Rotate 90
 * making it display upright, or the same landscape page without /Rotate (shown sideways). Figures, report fields and failed checks must equal
 * the truth, and each page must record the rotation that reads it upright.
 */
class RotatedTruthTest {
  private static final List<String> SETS = List.of("born-digital", "seeds", "layouts");
  private static final Map<String, AccuracyLedger> LEDGERS = new LinkedHashMap<>();

  @TempDir static Path dir;

  /** A way of saving a document rotated, and the reading rotation every page must record. */
  private enum Variant {
    ROTATE_90(270), ROTATE_180(180), ROTATE_270(90), TURNED_CONTENT(0), TURNED_LANDSCAPE(90);

    final int readingRotation;

    Variant(int readingRotation) {
      this.readingRotation = readingRotation;
    }
  }

  @TestFactory
  Stream<DynamicTest> rotatedCopiesMatchTruth() {
    List<DynamicTest> tests = new ArrayList<>();
    int i = 0;
    for (String set : SETS) {
      for (TruthDocument doc : TruthDocument.load(set)) {
        List<Variant> variants = new ArrayList<>(List.of(Variant.ROTATE_90));
        variants.add(switch (i % 4) {
          case 0 -> Variant.ROTATE_180;
          case 1 -> Variant.ROTATE_270;
          case 2 -> Variant.TURNED_CONTENT;
          default -> Variant.TURNED_LANDSCAPE;
        });
        i++;
        for (Variant v : variants) {
          if (!(doc.name() + " " + v).contains(System.getProperty("rotated.only", ""))) {
            continue; // -Drotated.only=NAME narrows a run while debugging
          }
          tests.add(DynamicTest.dynamicTest(doc.name() + " " + v, () -> check(doc, v)));
        }
      }
    }
    System.out.println("rotated copies: " + tests.size() + " of " + i + " documents");
    assertTrue(i >= 27 && !tests.isEmpty(), "test corpus missing: found " + i + " documents");
    return tests.stream();
  }

  private static void check(TruthDocument doc, Variant v) throws Exception {
    String set = "rotated-" + v.name().toLowerCase(Locale.ROOT);
    Path copy = Files.createDirectories(dir.resolve(set)).resolve(doc.pdf().getFileName());
    write(doc.pdf(), copy, v);
    TruthDocument rotated = new TruthDocument(set, copy, doc.truth());
    JsonNode actual = TruthRun.extract(rotated, Options.defaults());
    FigureComparison c = FigureComparison.compare(doc.truth(), actual);
    LEDGERS.computeIfAbsent(set, AccuracyLedger::new).add(doc.name(), c);
    if (!c.mismatches.isEmpty() || !c.fieldMismatches.isEmpty() || !c.checksMatch()) {
      TruthRun.writeDiff(rotated, c);
    }
    assertEquals(List.of(), c.fieldMismatches, "report fields");
    assertEquals(0, c.mismatches.size(), () -> c.mismatches.size() + " figures differ, first: "
        + c.mismatches.stream().limit(8).map(Object::toString).toList());
    assertEquals(c.expectedFailedChecks, c.actualFailedChecks, "failed checks");
    for (JsonNode page : actual.path("pages")) {
      if (!"blank".equals(page.path("kind").asText())) {
        assertEquals(v.readingRotation, page.path("rotation").asInt(),
            "rotation of page " + page.path("number"));
      }
    }
  }

  private static void write(Path source, Path target, Variant v) throws IOException {
    try (PDDocument pdf = PDDocument.load(source.toFile())) {
      for (PDPage page : pdf.getPages()) {
        switch (v) {
          case ROTATE_90 -> page.setRotation(90);
          case ROTATE_180 -> page.setRotation(180);
          case ROTATE_270 -> page.setRotation(270);
          case TURNED_CONTENT -> turnContent(pdf, page, 90);
          case TURNED_LANDSCAPE -> turnContent(pdf, page, 0);
        }
      }
      pdf.save(target.toFile());
    }
  }

  /**
   * Draws the page's content turned a quarter counter-clockwise on a landscape MediaBox and sets
   * /Rotate: 90 makes a viewer show it as before, 0 leaves it shown sideways.
   */
  private static void turnContent(PDDocument pdf, PDPage page, int rotate) throws IOException {
    PDRectangle box = page.getCropBox();
    float w = box.getWidth();
    float h = box.getHeight();
    // x' = -y + h + lly, y' = x - llx: the box [llx,urx]x[lly,ury] lands on [0,h]x[0,w]
    String cm = String.format(Locale.ROOT, "0 1 -1 0 %f %f cm\n",
        h + box.getLowerLeftY(), -box.getLowerLeftX());
    COSStream prefix = pdf.getDocument().createCOSStream();
    try (OutputStream out = prefix.createOutputStream()) {
      out.write(cm.getBytes(StandardCharsets.US_ASCII));
    }
    COSArray contents = new COSArray();
    contents.add(prefix);
    COSBase old = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (old instanceof COSArray arr) {
      for (int i = 0; i < arr.size(); i++) {
        contents.add(arr.get(i));
      }
    } else if (old != null) {
      contents.add(old);
    }
    page.getCOSObject().setItem(COSName.CONTENTS, contents);
    PDRectangle landscape = new PDRectangle(0, 0, h, w);
    page.setMediaBox(landscape);
    page.setCropBox(landscape);
    page.setRotation(rotate);
  }

  @AfterAll
  static void report() throws Exception {
    for (AccuracyLedger l : LEDGERS.values()) {
      System.out.println(l.summary());
      l.lines.stream().filter(s -> s.contains("WRONG") || !s.matches(".*figures +(\\d+)/ *\\1 .*"))
          .forEach(System.out::println);
    }
  }
}
