package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups rule segments that lie on the same line (same y for horizontal rules) into one
 * boundary, weighting by length so a short tick does not pull a long rule off its position.
 */
final class LineClusters {
  /** A rule piece: its position across the line direction and its extent along it. */
  record Segment(double position, int start, int end) {
    int length() {
      return end - start;
    }
  }

  private LineClusters() {}

  /** A boundary: its position and the summed length of the segments on it. */
  record Cluster(int position, long length) {}

  /** Boundary positions of clusters whose segments add up to at least minLength. */
  static List<Integer> cluster(List<Segment> segments, double tolerance, int minLength) {
    return clusters(segments, tolerance, minLength).stream().map(Cluster::position).toList();
  }

  /** Clusters whose segments add up to at least minLength, by position. */
  static List<Cluster> clusters(List<Segment> segments, double tolerance, int minLength) {
    List<Segment> sorted = new ArrayList<>(segments);
    sorted.sort(Comparator.comparingDouble(Segment::position));
    List<Cluster> out = new ArrayList<>();
    double weighted = 0;
    long total = 0;
    double last = Double.NaN;
    for (Segment s : sorted) {
      if (total > 0 && s.position() - last > tolerance) {
        if (total >= minLength) {
          out.add(new Cluster((int) Math.round(weighted / total), total));
        }
        weighted = 0;
        total = 0;
      }
      weighted += s.position() * s.length();
      total += s.length();
      last = s.position();
    }
    if (total >= minLength) {
      out.add(new Cluster((int) Math.round(weighted / total), total));
    }
    return out;
  }
}
