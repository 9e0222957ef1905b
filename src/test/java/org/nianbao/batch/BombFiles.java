package org.nianbao.batch;

import java.nio.file.Path;

/**
 * Writes the three hostile PDFs of scripts/bench-bombs into a folder: each a few KB to 2 MB,
 * each slipping under the loader's page limits and taking far longer than 15 s to extract.
 * <pre>java -cp target/test-classes:target/nianbao-cli.jar org.nianbao.batch.BombFiles DIR</pre>
 */
public final class BombFiles {
  private BombFiles() {}

  public static void main(String[] args) throws Exception {
    write(Path.of(args[0]));
  }

  /** bomb-inflate.pdf (8 pages x 240 MiB of paths), bomb-forms.pdf, bomb-noise.pdf. */
  public static void write(Path dir) throws Exception {
    TestPdfs.write(dir.resolve("bomb-inflate.pdf"), TestPdfs.sharedContentBomb(8, 240));
    TestPdfs.write(dir.resolve("bomb-forms.pdf"), TestPdfs.formFanOutBomb(30, 16, 2, 200));
    TestPdfs.write(dir.resolve("bomb-noise.pdf"), TestPdfs.noiseScan(10, 1240, 1754));
  }
}
