package org.nianbao.batch;

import java.nio.file.Path;

/**
 * Writes the three hostile PDFs of scripts/bench-bombs into a folder: each a few KB to 2 MB,
 * each slipping under the loader's page limits and taking far longer than 15 s to extract.
 * <pre>java -cp target/test-classes:target/nianbao-cli.jar org.nianbao.batch.BombFiles DIR</pre>
 */
public final class BombFiles {
  private BombFiles() {}

  /** args: DIR [slow|refused] (default slow). */
  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[1].equals("refused")) {
      writeRefused(Path.of(args[0]));
    } else {
      write(Path.of(args[0]));
    }
  }

  /**
   * The bombs as portal downloads bring them, which the loader's limits refuse before decoding:
   * bomb-inflate.pdf (a stream inflating to 2 GiB from about 2 MB), bomb-double-inflate.pdf
   * (the same deflated twice, a few KB) and bomb-forms.pdf (forms drawing themselves 2^30 times).
   */
  public static void writeRefused(Path dir) throws Exception {
    TestPdfs.write(dir.resolve("bomb-inflate.pdf"), TestPdfs.inflateBomb(2048));
    TestPdfs.write(dir.resolve("bomb-double-inflate.pdf"), TestPdfs.doubleInflateBomb(2048));
    TestPdfs.write(dir.resolve("bomb-forms.pdf"), TestPdfs.formBomb(30, 2));
  }

  /**
   * Bombs made to stay under the loader's limits, so they run to the time limit:
   * bomb-inflate.pdf (8 pages x 240 MiB of paths), bomb-forms.pdf, bomb-noise.pdf.
   */
  public static void write(Path dir) throws Exception {
    TestPdfs.write(dir.resolve("bomb-inflate.pdf"), TestPdfs.sharedContentBomb(8, 240));
    TestPdfs.write(dir.resolve("bomb-forms.pdf"), TestPdfs.formFanOutBomb(30, 16, 2, 200));
    TestPdfs.write(dir.resolve("bomb-noise.pdf"), TestPdfs.noiseScan(10, 1240, 1754));
  }
}
