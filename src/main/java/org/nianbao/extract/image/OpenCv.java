package org.nianbao.extract.image;

import java.awt.image.BufferedImage;
import java.lang.ref.Reference;
import org.nianbao.ocr.Images;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Loads the OpenCV native library once, converts between Mat and BufferedImage, and releases
 * Mats safely.
 */
final class OpenCv {
  private static volatile String failure;
  private static volatile boolean loaded;

  private OpenCv() {}

  /** Loads the bundled native library; throws IllegalStateException with the reason if not. */
  static synchronized void load() {
    if (loaded) {
      return;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
    try {
      nu.pattern.OpenCV.loadLocally();
      // One thread per call, as for Tesseract (OMP_THREAD_LIMIT=1): the pipeline reads pages in
      // parallel itself, and OpenCV's own pthreads pool (one worker per core) only competes
      // with it, and hides its CPU time from a per-thread measure.
      org.opencv.core.Core.setNumThreads(1);
      loaded = true;
    } catch (Throwable e) {
      failure = "OpenCV native library not loadable: " + e;
      throw new IllegalStateException(failure, e);
    }
  }

  static Mat toMat(BufferedImage image) {
    load();
    BufferedImage gray = Images.gray(image);
    byte[] px = (byte[]) gray.getRaster().getDataElements(0, 0, gray.getWidth(),
        gray.getHeight(), null);
    Mat m = new Mat(gray.getHeight(), gray.getWidth(), CvType.CV_8UC1);
    m.put(0, 0, px);
    return m;
  }

  static BufferedImage toImage(Mat gray) {
    BufferedImage out = new BufferedImage(gray.cols(), gray.rows(), BufferedImage.TYPE_BYTE_GRAY);
    byte[] px = new byte[gray.cols() * gray.rows()];
    Mat cont = gray.isContinuous() ? gray : gray.clone();
    cont.get(0, 0, px);
    if (cont != gray) {
      release(cont);
    }
    out.getRaster().setDataElements(0, 0, gray.cols(), gray.rows(), px);
    return out;
  }

  /**
   * Frees the Mats' pixels now, keeping each Mat reachable until its release has returned.
   *
   * <p>Use this, never a bare {@code m.release()} as a Mat's last use. Once JIT-compiled, code
   * no longer holds a Mat whose only remaining use is the native call inside release(), so a
   * collection that runs meanwhile (the releasing thread preempted, another thread allocating)
   * can finalize it, and Mat.finalize deletes the very native Mat that release is still
   * writing to: use after free, seen as SIGSEGV in cv::Mat::release() or as malloc aborting on
   * a corrupted heap. The fence below keeps the Mats reachable until the releases are done.
   */
  static void release(Mat... mats) {
    for (Mat m : mats) {
      m.release();
    }
    Reference.reachabilityFence(mats);
  }

  /**
   * Labels the nonzero connected components of a mask and returns their stats table in one JNI
   * copy: five ints per label (the CC_STAT_* columns), label 0 the background, so
   * {@code length / 5} labels. The label image is written to {@code labels} when given (the
   * caller releases it), else freed.
   */
  static int[] componentStats(Mat mask, int connectivity, Mat labels) {
    Mat lab = labels != null ? labels : new Mat();
    Mat stats = new Mat();
    Mat centroids = new Mat();
    int n = org.opencv.imgproc.Imgproc.connectedComponentsWithStats(mask, lab, stats, centroids,
        connectivity);
    int[] st = new int[Math.max(0, n) * 5];
    if (n > 0) {
      stats.get(0, 0, st);
    }
    release(stats, centroids);
    if (labels == null) {
      release(lab);
    }
    return st;
  }

  /**
   * Bounding boxes of the 255-valued connected components of a mask, in label order, shifted by
   * {@code shift} (for masks framed with a margin).
   */
  static java.util.List<org.opencv.core.Rect> componentBoxes(Mat mask, int connectivity,
      int shift) {
    int[] st = componentStats(mask, connectivity, null);
    int n = st.length / 5;
    java.util.List<org.opencv.core.Rect> out = new java.util.ArrayList<>();
    for (int i = 1; i < n; i++) {
      out.add(new org.opencv.core.Rect(st[i * 5] + shift, st[i * 5 + 1] + shift, st[i * 5 + 2],
          st[i * 5 + 3]));
    }
    return out;
  }
}
