package org.nianbao.extract.image;

/** Child JVM for the OpenCV cache test: loads the native library, then dies as kill -9 would. */
public final class OpenCvLoadChild {
  private OpenCvLoadChild() {}

  public static void main(String[] args) {
    OpenCv.load();
    org.opencv.core.Mat m = new org.opencv.core.Mat(2, 2, org.opencv.core.CvType.CV_8UC1);
    System.out.println("loaded, mat " + m.rows() + "x" + m.cols());
    System.out.flush();
    Runtime.getRuntime().halt(0); // no shutdown hooks, like kill -9
  }
}
