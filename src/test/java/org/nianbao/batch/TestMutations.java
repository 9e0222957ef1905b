package org.nianbao.batch;

import java.util.Arrays;
import java.util.Random;

/** Seeded byte mutations of a PDF, shared by the fuzz tests. */
public final class TestMutations {
  private TestMutations() {}

  /** One to three flip/insert/delete/truncate edits. */
  public static byte[] mutate(byte[] pdf, Random rnd) {
    byte[] b = pdf;
    int edits = 1 + rnd.nextInt(3);
    for (int k = 0; k < edits && b.length > 1; k++) {
      int pos = rnd.nextInt(b.length);
      switch (rnd.nextInt(4)) {
        case 0 -> { // flip some bytes
          b = b.clone();
          for (int j = 1 + rnd.nextInt(8); j > 0; j--) {
            b[rnd.nextInt(b.length)] ^= (byte) (1 + rnd.nextInt(255));
          }
        }
        case 1 -> { // insert random bytes
          byte[] ins = new byte[1 + rnd.nextInt(16)];
          rnd.nextBytes(ins);
          byte[] n = new byte[b.length + ins.length];
          System.arraycopy(b, 0, n, 0, pos);
          System.arraycopy(ins, 0, n, pos, ins.length);
          System.arraycopy(b, pos, n, pos + ins.length, b.length - pos);
          b = n;
        }
        case 2 -> { // delete a range
          int len = Math.min(1 + rnd.nextInt(64), b.length - pos);
          byte[] n = new byte[b.length - len];
          System.arraycopy(b, 0, n, 0, pos);
          System.arraycopy(b, pos + len, n, pos, b.length - pos - len);
          b = n;
        }
        default -> b = Arrays.copyOf(b, Math.max(1, pos)); // truncate
      }
    }
    return b;
  }
}
