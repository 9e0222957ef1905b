package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.ocr.OcrEngine;

/**
 * Real photographed/scanned tables (RapidAI/TableStructureRec test files, Apache-2.0) against
 * the upstream project's weak truth: at least this many cells.
 */
class RealTableImagesTest {
  static final Path DIR = org.nianbao.SharedCorpus.resolve("corpus/table-images/wired");

  @ParameterizedTest
  @CsvSource({"table_recognition.jpg, 35", "table2.jpg, 23", "row_span.png, 17"})
  void findsAtLeastTheUpstreamCellCount(String file, int minCells) throws Exception {
    Path p = DIR.resolve(file);
    Assumptions.assumeTrue(Files.exists(p), "corpus image not present: " + p);
    try (OcrEngine blind = TestImages.blind()) {
      ImagePageResult r = new ImageTableReader(blind).read(ImageIO.read(new File(p.toString())),
          72.0 / 150, 1);
      int cells = r.tables().stream().mapToInt(t -> t.cells().size()).sum();
      assertTrue(cells >= minCells, file + ": " + cells + " cells < " + minCells);
    }
  }
}
