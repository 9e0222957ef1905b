package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** Seal removal on drawn pages: a red (or mid-gray) ring and star stamped over black text. */
class SealInkTest {
  private static final double PPI = 150;
  private static final Point CENTRE = new Point(300, 300);
  private static final int RADIUS = 110; // a 1.47 in seal at 150 dpi

  /** Black text-like strokes across the page; BGR, white paper. */
  private static Mat text() {
    Mat page = new Mat(600, 600, CvType.CV_8UC3, new Scalar(250, 250, 250));
    for (int y = 60; y < 560; y += 40) {
      Imgproc.putText(page, "2023 1 14 ABCDEFGH", new Point(20, y), Imgproc.FONT_HERSHEY_SIMPLEX,
          1.0, new Scalar(20, 20, 20), 2);
    }
    return page;
  }

  /** Multiplies a seal of the given BGR colour onto the page, as ink over ink. */
  private static Mat stamp(Mat page, Scalar bgr) {
    Mat seal = new Mat(page.size(), page.type(), new Scalar(255, 255, 255));
    Imgproc.circle(seal, CENTRE, RADIUS, bgr, 8);
    Imgproc.fillPoly(seal, List.of(new org.opencv.core.MatOfPoint(new Point(300, 255),
        new Point(312, 290), new Point(345, 290), new Point(318, 310), new Point(328, 345),
        new Point(300, 323), new Point(272, 345), new Point(282, 310), new Point(255, 290),
        new Point(288, 290))), bgr);
    Mat out = new Mat();
    Core.multiply(page, seal, out, 1.0 / 255);
    OpenCv.release(seal);
    return out;
  }

  private static BufferedImage rgbImage(Mat bgr) {
    BufferedImage img = new BufferedImage(bgr.cols(), bgr.rows(), BufferedImage.TYPE_3BYTE_BGR);
    // the raster's data elements are in band order, red first
    Mat rgb = new Mat();
    Imgproc.cvtColor(bgr, rgb, Imgproc.COLOR_BGR2RGB);
    byte[] px = new byte[bgr.cols() * bgr.rows() * 3];
    rgb.get(0, 0, px);
    OpenCv.release(rgb);
    img.getRaster().setDataElements(0, 0, bgr.cols(), bgr.rows(), px);
    return img;
  }

  private static Mat gray(Mat bgr) {
    Mat g = new Mat();
    Imgproc.cvtColor(bgr, g, Imgproc.COLOR_BGR2GRAY);
    return g;
  }

  @Test
  void redSealIsTakenOutOfAColourScanAndTextUnderItStays() {
    OpenCv.load();
    Mat plain = text();
    Mat stamped = stamp(plain, new Scalar(60, 50, 215)); // red in BGR
    Mat got = OpenCv.toMat(SealInk.grayWithoutSeals(rgbImage(stamped), PPI));
    Mat want = gray(plain);
    // pixel by pixel within the seal, the page reads as without it (within JPEG-free rounding)
    Mat diff = new Mat();
    Core.absdiff(got, want, diff);
    Mat sealArea = diff.submat(new Rect(180, 180, 240, 240));
    Mat bad = new Mat();
    Imgproc.threshold(sealArea, bad, 40, 255, Imgproc.THRESH_BINARY);
    assertTrue(Core.countNonZero(bad) < 0.01 * 240 * 240,
        "pixels still off by more than 40 levels: " + Core.countNonZero(bad));
    // the text's ink under the ring is still dark
    Mat textInk = new Mat();
    Imgproc.threshold(want, textInk, 100, 255, Imgproc.THRESH_BINARY_INV);
    Mat gotInk = new Mat();
    Imgproc.threshold(got, gotInk, 100, 255, Imgproc.THRESH_BINARY_INV);
    assertEquals(Core.countNonZero(textInk), Core.countNonZero(gotInk),
        Core.countNonZero(textInk) / 50.0);
  }

  @Test
  void wideRedTitleIsNoSeal() {
    OpenCv.load();
    Mat page = text();
    Imgproc.putText(page, "RED HEADER LINE", new Point(10, 30), Imgproc.FONT_HERSHEY_SIMPLEX,
        1.0, new Scalar(40, 40, 220), 3);
    Mat got = OpenCv.toMat(SealInk.grayWithoutSeals(rgbImage(page), PPI));
    Mat want = gray(page);
    Mat diff = new Mat();
    Core.absdiff(got, want, diff);
    // as gray as the page converted plainly (a level of rounding apart)
    Imgproc.threshold(diff, diff, 2, 255, Imgproc.THRESH_BINARY);
    assertEquals(0, Core.countNonZero(diff), "a red title is read as printed");
  }

  @Test
  void graySealRingIsFoundAndWhitenedTextStays() {
    OpenCv.load();
    Mat plain = text();
    // the seal as a gray scan sees red at 70% opacity: about 140 of 255
    Mat stamped = gray(stamp(plain, new Scalar(140, 140, 140)));
    List<SealInk.Ring> rings = SealInk.suppressGraySeals(stamped, PPI);
    assertEquals(1, rings.size(), "one seal ring");
    SealInk.Ring r = rings.get(0);
    assertEquals(CENTRE.x, r.cx(), 6);
    assertEquals(CENTRE.y, r.cy(), 6);
    assertEquals(RADIUS, r.radius(), 6);
    Mat want = gray(plain);
    Mat wantInk = new Mat();
    Imgproc.threshold(want, wantInk, 128, 255, Imgproc.THRESH_BINARY_INV);
    Mat gotInk = new Mat();
    Imgproc.threshold(stamped, gotInk, 200, 255, Imgproc.THRESH_BINARY_INV);
    // nothing of the seal is left as ink: what is dark is the text's
    Mat extra = new Mat();
    Core.subtract(gotInk, wantInk, extra);
    Mat dilatedText = new Mat();
    Imgproc.dilate(wantInk, dilatedText, Imgproc.getStructuringElement(Imgproc.MORPH_RECT,
        new org.opencv.core.Size(3, 3)));
    Core.subtract(extra, dilatedText, extra);
    assertTrue(Core.countNonZero(extra) < 50, "seal ink left: " + Core.countNonZero(extra));
    // and the text under the seal is kept
    Mat lost = new Mat();
    Core.subtract(wantInk, gotInk, lost);
    assertTrue(Core.countNonZero(lost) < Core.countNonZero(wantInk) / 50,
        "text ink lost: " + Core.countNonZero(lost));
  }

  @Test
  void textAndShadedBoxHaveNoRing() {
    OpenCv.load();
    Mat page = gray(text());
    Imgproc.rectangle(page, new Point(100, 100), new Point(500, 400), new Scalar(170), -1);
    Mat before = page.clone();
    assertTrue(SealInk.suppressGraySeals(page, PPI).isEmpty());
    Mat diff = new Mat();
    Core.absdiff(page, before, diff);
    assertEquals(0, Core.countNonZero(diff));
  }
}
