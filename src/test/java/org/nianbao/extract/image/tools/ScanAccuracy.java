package org.nianbao.extract.image.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.nianbao.extract.image.ImagePageResult;
import org.nianbao.extract.image.ImageTableReader;
import org.nianbao.extract.image.PageImages;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import org.nianbao.ocr.OcrEngine;

/**
 * Quick accuracy and speed measurement on the scanned corpus: {@code ScanAccuracy DIR
 * [--dump-pages OUTDIR]}. Reads every page image of every {@code *.pdf} with a truth file,
 * lines the figures read (tables in page order, cells row by row) up with the truth's figures in
 * template order by edit-distance alignment, and counts figures right, wrong-but-flagged
 * (confidence below 0.9) and wrong-unflagged. Prints CPU seconds per page (this thread, which
 * also runs Tesseract).
 */
public final class ScanAccuracy {
  static final double FLAG = 0.9;
  private static final Pattern NUM =
      Pattern.compile("([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)(万元|亿元|万|元|件|个|条|次|项|%)?");

  record Token(String value, double confidence) {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path dump = args.length > 2 && args[1].equals("--dump-pages") ? Path.of(args[2]) : null;
    ObjectMapper json = new ObjectMapper();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int truthTotal = 0;
    int right = 0;
    int wrongFlagged = 0;
    int wrongUnflagged = 0;
    int rightButFlagged = 0;
    int missed = 0;
    int pages = 0;
    double cpuSeconds = 0;
    List<Path> pdfs;
    try (var s = Files.list(dir)) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    try (OcrEngine ocr = OcrEngine.tesseract("chi_sim", Optional.empty()).orElseThrow()) {
      ImageTableReader reader = new ImageTableReader(ocr);
      for (Path pdf : pdfs) {
        Path truthFile = Path.of(pdf.toString().replaceAll("\\.pdf$", ".truth.json"));
        if (!Files.exists(truthFile)) {
          continue;
        }
        List<String> truth = truthFigures(json.readTree(truthFile.toFile()));
        List<Token> read = new ArrayList<>();
        StringBuilder pageInfo = new StringBuilder();
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
          int n = 0;
          for (PDPage page : doc.getPages()) {
            n++;
            PDImageXObject img = PageImages.firstImage(page);
            BufferedImage bi = img.getImage();
            double ppp = page.getMediaBox().getWidth() / bi.getWidth();
            if (dump != null) {
              Files.createDirectories(dump);
              ImageIO.write(bi, "png", dump.resolve(
                  pdf.getFileName().toString().replace(".pdf", "") + "-" + n + ".png").toFile());
            }
            long t0 = cpu.getCurrentThreadCpuTime();
            ImagePageResult r = reader.read(bi, ppp, n);
            cpuSeconds += (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
            pages++;
            pageInfo.append(String.format(" p%d:r%d/s%.2f/t%d", n, r.rotation(), r.skewDegrees(),
                r.tables().size()));
            for (Table t : r.tables()) {
              read.addAll(tokens(t));
            }
          }
        }
        int[] c = align(truth, read);
        truthTotal += truth.size();
        right += c[0];
        rightButFlagged += c[1];
        wrongFlagged += c[2];
        wrongUnflagged += c[3];
        missed += c[4];
        System.out.printf("%s figures=%d right=%d (flagged %d) wrongFlagged=%d wrongUnflagged=%d "
            + "missed=%d%s%n", pdf.getFileName(), truth.size(), c[0], c[1], c[2], c[3], c[4],
            pageInfo);
      }
    }
    System.out.printf("TOTAL figures=%d right=%d (%.2f%%) rightButFlagged=%d wrongFlagged=%d "
        + "wrongUnflagged=%d missed=%d; %d pages, %.2f CPU s/page%n", truthTotal, right,
        100.0 * right / Math.max(1, truthTotal), rightButFlagged, wrongFlagged, wrongUnflagged,
        missed, pages, cpuSeconds / Math.max(1, pages));
  }

  /** The truth's printed figures in table order (derived 其他处理 totals left out). */
  static List<String> truthFigures(JsonNode truth) {
    List<String> out = new ArrayList<>();
    JsonNode data = truth.get("data");
    for (String group : List.of("activeDisclosure", "applications", "reviewsAndLawsuits")) {
      JsonNode g = data.get(group);
      boolean subRows = g.has("otherOverdueCorrection");
      for (Iterator<Map.Entry<String, JsonNode>> it = g.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> item = it.next();
        if (subRows && item.getKey().equals("otherHandling")) {
          continue;
        }
        for (JsonNode v : item.getValue()) {
          if (!v.isNull()) {
            out.add(new BigDecimal(v.asText()).stripTrailingZeros().toPlainString());
          }
        }
      }
    }
    return out;
  }

  /** Figure cells of a table in row order; blanks count as 0 in rows that hold figures. */
  static List<Token> tokens(Table t) {
    List<Token> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      List<Cell> row = t.cellsStartingInRow(r);
      // a data row: its cells after the label are figures or printed blank (blank = 0)
      long figures = row.stream().filter(c -> number(c.text()) != null
          || (c.column() > 0 && c.text().isEmpty())).count() >= 3 ? 1 : 0;
      for (Cell c : row) {
        String v = number(c.text());
        double conf = c.confidence() == null ? 0 : c.confidence();
        if (v != null) {
          out.add(new Token(v, conf));
        } else if (figures >= 1 && c.column() > 0 && c.text().isEmpty()) {
          out.add(new Token(conf >= 1.0 ? "0" : "?", conf));
        } else if (figures >= 1 && c.column() > 0 && conf < FLAG && c.text().length() <= 8) {
          out.add(new Token("?", conf)); // unreadable, already flagged by its confidence
        }
      }
    }
    return out;
  }

  static String number(String text) {
    String s = text.replace(" ", "");
    Matcher m = NUM.matcher(s);
    if (!m.matches()) {
      return null;
    }
    BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
    if ("亿元".equals(m.group(2))) {
      v = v.multiply(BigDecimal.valueOf(10000));
    }
    return v.stripTrailingZeros().toPlainString();
  }

  /** right, rightButFlagged, wrongFlagged, wrongUnflagged, missed. */
  static int[] align(List<String> truth, List<Token> read) {
    int n = truth.size();
    int m = read.size();
    int[][] d = org.nianbao.internal.EditDistance.table(n, m,
        (a, b) -> truth.get(a).equals(read.get(b).value()) ? 0 : 1);
    int[] c = new int[5];
    int i = n;
    int j = m;
    while (i > 0 && j > 0) {
      int sub = truth.get(i - 1).equals(read.get(j - 1).value()) ? 0 : 1;
      if (d[i][j] == d[i - 1][j - 1] + sub) {
        Token t = read.get(j - 1);
        if (sub == 0) {
          c[0]++;
          if (t.confidence() < FLAG) {
            c[1]++;
          }
        } else if (t.confidence() < FLAG) {
          c[2]++;
        } else {
          c[3]++;
          System.out.println("  WRONG truth=" + truth.get(i - 1) + " read=" + t.value()
              + " conf=" + t.confidence());
        }
        i--;
        j--;
      } else if (d[i][j] == d[i - 1][j] + 1) {
        c[4]++;
        i--;
      } else {
        j--;
      }
    }
    c[4] += i;
    return c;
  }
}
