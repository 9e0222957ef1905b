package org.nianbao.extract.image;

import java.awt.image.BufferedImage;
import java.lang.ref.Reference;
import org.nianbao.ocr.Images;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

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
      if (!NativeCache.load()) {
        nu.pattern.OpenCV.loadLocally();
      }
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
   * {@code length / 5} labels. The label image goes to a buffer of this thread's, see
   * {@link #label}.
   */
  static int[] componentStats(Mat mask, int connectivity) {
    try (Labels labels = label(mask, connectivity)) {
      return labels.stats();
    }
  }

  /**
   * The connected components of a mask: their stats table (as {@link #componentStats}) and the
   * label image, valid until closed.
   *
   * <p>The label image (four bytes a pixel: 35 MB for a page at 300 dpi) is written into a
   * buffer kept by the calling thread and reused: allocated afresh for every page-sized mask,
   * the kernel faulted in and zeroed its pages each time, which cost as much as the labelling
   * itself. Grana's block-based algorithm labels these sparse masks in two-thirds of the time of
   * OpenCV's default (Spaghetti), run single-threaded as here.
   */
  static Labels label(Mat mask, int connectivity) {
    load();
    java.util.ArrayDeque<Mat> pool = LABEL_BUFFERS.get();
    Mat buffer = pool.isEmpty() ? new Mat() : pool.pop();
    if (buffer.rows() < mask.rows() || buffer.cols() < mask.cols()) {
      int rows = Math.max(buffer.rows(), mask.rows());
      int cols = Math.max(buffer.cols(), mask.cols());
      release(buffer);
      buffer = new Mat(rows, cols, CvType.CV_32SC1);
    }
    Mat image = buffer.submat(0, mask.rows(), 0, mask.cols());
    Mat stats = new Mat();
    Mat centroids = new Mat();
    int n = org.opencv.imgproc.Imgproc.connectedComponentsWithStatsWithAlgorithm(mask, image,
        stats, centroids, connectivity, CvType.CV_32S, org.opencv.imgproc.Imgproc.CCL_GRANA);
    int[] st = new int[Math.max(0, n) * 5];
    if (n > 0) {
      stats.get(0, 0, st);
    }
    release(stats, centroids);
    return new Labels(buffer, image, st);
  }

  /**
   * Label buffers larger than this (in pixels) are freed after use rather than kept: an A4 page
   * at 300 dpi (8.7 Mpx, 35 MB) is kept, so each OCR thread (one per core) holds at most 48 MB.
   */
  private static final long KEPT_LABEL_PIXELS = 12_000_000L;

  private static final ThreadLocal<java.util.ArrayDeque<Mat>> LABEL_BUFFERS =
      ThreadLocal.withInitial(java.util.ArrayDeque::new);

  /** Connected components: stats table and label image, see {@link #label}. */
  static final class Labels implements AutoCloseable {
    private final Mat buffer;
    private final Mat image;
    private final int[] stats;
    private boolean closed;

    private Labels(Mat buffer, Mat image, int[] stats) {
      this.buffer = buffer;
      this.image = image;
      this.stats = stats;
    }

    /** Five ints per label (the CC_STAT_* columns), label 0 the background. */
    int[] stats() {
      return stats;
    }

    /** The bounding box of label {@code i}. */
    org.opencv.core.Rect box(int i) {
      return new org.opencv.core.Rect(stats[i * 5 + Imgproc.CC_STAT_LEFT],
          stats[i * 5 + Imgproc.CC_STAT_TOP], stats[i * 5 + Imgproc.CC_STAT_WIDTH],
          stats[i * 5 + Imgproc.CC_STAT_HEIGHT]);
    }

    /** The label image, the mask's size, CV_32S; not to be used after {@link #close}. */
    Mat image() {
      return image;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      release(image);
      if (buffer.total() <= KEPT_LABEL_PIXELS) {
        LABEL_BUFFERS.get().push(buffer); // a nested labelling on this thread takes another
      } else {
        release(buffer);
      }
    }
  }

  /**
   * Bounding boxes of the 255-valued connected components of a mask, in label order, shifted by
   * {@code shift} (for masks framed with a margin).
   */
  static java.util.List<org.opencv.core.Rect> componentBoxes(Mat mask, int connectivity,
      int shift) {
    int[] st = componentStats(mask, connectivity);
    int n = st.length / 5;
    java.util.List<org.opencv.core.Rect> out = new java.util.ArrayList<>();
    for (int i = 1; i < n; i++) {
      out.add(new org.opencv.core.Rect(st[i * 5] + shift, st[i * 5 + 1] + shift, st[i * 5 + 2],
          st[i * 5 + 3]));
    }
    return out;
  }
}
