package org.nianbao.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Keeps libtesseract's OpenMP to one thread per engine. The pipeline already reads one page per
 * core; Tesseract's own OpenMP threads on top only spin and contend (more CPU time for the same
 * work). libgomp reads OMP_THREAD_LIMIT once, when it is loaded with libtesseract, so the
 * variable is put into this process's environment before the first engine loads the library
 * unless the user chose a value (scripts/nianbao and surefire set it already).
 */
final class NativeThreads {
  private static volatile boolean done;

  private NativeThreads() {}

  interface LibC extends Library {
    int setenv(String name, String value, int overwrite);
  }

  static synchronized void limitOpenMp() {
    if (done) {
      return;
    }
    done = true;
    if (System.getenv("OMP_THREAD_LIMIT") != null) {
      return;
    }
    try {
      LibC c = Native.load("c", LibC.class);
      c.setenv("OMP_THREAD_LIMIT", "1", 0);
    } catch (Throwable e) { // not glibc, JNA missing: Tesseract then runs as configured
      // nothing to do: the limit is an optimisation
    }
  }
}
