package org.nianbao.extract.image;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Measures page skew within ±5° by the projection-profile method: ruling lines and text lines
 * give the sharpest row profile when level. Works on the inked pixels of a small copy, projected
 * at each trial angle (no image rotation per angle), so it costs milliseconds.
 */
final class SkewEstimator {
  static final double MAX_DEGREES = 5.0;

  private SkewEstimator() {}

  /**
   * Clockwise skew of the content in degrees (rotate counter-clockwise by it to level). The
   * coarse 0.25° sweep runs on a copy at half the size of the fine one (a quarter of the
   * pixels: 0.25° is still two pixels across it); the 0.05° refinement, at 900 px, spans
   * ±0.5° round the coarse pick, as sparse pages may peak a step off at the smaller size.
   */
  static double measure(Mat ink) {
    Mat small = shrunk(ink, 900);
    Mat tiny = shrunk(small, 450);
    InkPoints tinyInk = InkPoints.of(tiny);
    InkPoints smallInk = InkPoints.of(small);
    OpenCv.release(tiny);
    OpenCv.release(small);
    double best = 0;
    double bestScore = tinyInk.score(0);
    for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.25) {
      double s = tinyInk.score(a);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    double coarse = best;
    bestScore = smallInk.score(coarse);
    for (double a = coarse - 0.5; a <= coarse + 0.5 + 1e-9; a += 0.05) {
      double s = smallInk.score(a);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    return Math.round(best * 100) / 100.0;
  }

  /**
   * The inked pixels of a small copy, for row profiles at any angle without rotating the image:
   * a pixel's row after a counter-clockwise turn by θ about the centre is
   * y·cos θ − x·sin θ (plus a constant), binned; the score is the profile's sum of squares.
   */
  private record InkPoints(float[] x, float[] y, float[] weight, int rows, int cols) {
    static InkPoints of(Mat m) {
      byte[] px = new byte[m.rows() * m.cols()];
      m.get(0, 0, px);
      int n = 0;
      for (byte b : px) {
        n += b != 0 ? 1 : 0;
      }
      float[] xs = new float[n];
      float[] ys = new float[n];
      float[] ws = new float[n];
      int k = 0;
      for (int i = 0; i < px.length; i++) {
        if (px[i] != 0) {
          xs[k] = i % m.cols() - m.cols() / 2f;
          ys[k] = i / m.cols() - m.rows() / 2f;
          ws[k] = px[i] & 0xff;
          k++;
        }
      }
      return new InkPoints(xs, ys, ws, m.rows(), m.cols());
    }

    double score(double degrees) {
      double t = Math.toRadians(degrees);
      float cos = (float) Math.cos(t);
      float sin = (float) Math.sin(t);
      int offset = (rows + cols) / 2 + 1;
      double[] profile = new double[2 * offset + 1];
      for (int i = 0; i < x.length; i++) {
        int row = Math.round(y[i] * cos - x[i] * sin) + offset;
        profile[row] += weight[i];
      }
      double s = 0;
      for (double v : profile) {
        s += v * v;
      }
      return s;
    }
  }

  private static Mat shrunk(Mat m, int maxSide) {
    double scale = Math.min(1.0, (double) maxSide / Math.max(m.cols(), m.rows()));
    Mat out = new Mat();
    Imgproc.resize(m, out, new Size(m.cols() * scale, m.rows() * scale), 0, 0,
        Imgproc.INTER_AREA);
    return out;
  }

  /** Rotates counter-clockwise by degrees about the centre, filling with the given value. */
  static Mat rotate(Mat m, double degrees, double fill) {
    if (degrees == 0) {
      return m.clone();
    }
    Mat r = Imgproc.getRotationMatrix2D(new Point(m.cols() / 2.0, m.rows() / 2.0), degrees, 1);
    Mat out = new Mat();
    Imgproc.warpAffine(m, out, r, m.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT,
        new Scalar(fill));
    OpenCv.release(r);
    return out;
  }
}
