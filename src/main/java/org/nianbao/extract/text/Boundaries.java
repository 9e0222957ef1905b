package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Sorted grid-line positions, clustered from raw coordinates with a tolerance. */
final class Boundaries {
  private final double[] positions;

  private Boundaries(double[] positions) {
    this.positions = positions;
  }

  /** Clusters values closer than {@code tolerance} to their neighbour into one position. */
  static Boundaries cluster(Collection<Double> values, double tolerance) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    List<Double> out = new ArrayList<>();
    double sum = 0;
    int n = 0;
    double last = Double.NaN;
    for (double v : sorted) {
      if (n > 0 && v - last > tolerance) {
        out.add(sum / n);
        sum = 0;
        n = 0;
      }
      sum += v;
      n++;
      last = v;
    }
    if (n > 0) {
      out.add(sum / n);
    }
    return new Boundaries(out.stream().mapToDouble(Double::doubleValue).toArray());
  }

  int size() {
    return positions.length;
  }

  double at(int i) {
    return positions[i];
  }

  /** Index of the boundary nearest to {@code v}. */
  int nearest(double v) {
    int best = 0;
    for (int i = 1; i < positions.length; i++) {
      if (Math.abs(positions[i] - v) < Math.abs(positions[best] - v)) {
        best = i;
      }
    }
    return best;
  }
}
