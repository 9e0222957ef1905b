package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds ruled tables: connected groups of rules become table areas; inside each, rule
 * positions are clustered into row and column boundaries. Tables without outer side rules get
 * their edges from where the horizontal rules end.
 */
final class GridFinder {
  private GridFinder() {}

  static List<Grid> find(RuleMasks masks, double ppi) {
    Mat both = new Mat();
    Core.bitwise_or(masks.horizontal, masks.vertical, both);
    int join = Math.max(3, (int) Math.round(ppi * 0.03));
    Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(join, join));
    Imgproc.dilate(both, both, kernel);
    OpenCv.release(kernel);
    List<Rect> areas = outerBoxes(both);
    OpenCv.release(both);
    double tol = Math.max(4, ppi * 0.04);
    List<Grid> grids = new ArrayList<>();
    // lone rules and ruled blocks without inner vertical rules (header rows on a shaded band)
    List<Rect> lone = new ArrayList<>();
    java.util.Map<Rect, Grid> blocks = new java.util.HashMap<>();
    java.util.Set<Rect> bands = new java.util.HashSet<>();
    for (Rect r : areas) {
      if (r.width < ppi * 0.8 || r.height < ppi * 0.25) {
        if (r.width >= ppi * 0.8) {
          lone.add(r);
        }
        continue; // underlines, a stamp's edge, a lone rule
      }
      Grid g = grid(masks, r, tol, ppi);
      if (g != null && g.columns() == 1) {
        lone.add(r);
        blocks.put(r, g);
      } else if (g != null) {
        grids.add(g);
      } else if (band(masks, r, ppi)) {
        // a shaded header band: its edges read as a box with one rule across (its lower
        // edge); no table alone, but the head of the rules stacked under it
        lone.add(r);
        bands.add(r);
      }
    }
    for (List<Rect> stack : stacks(lone, ppi)) {
      boolean block = stack.stream().anyMatch(x -> blocks.containsKey(x) || bands.contains(x));
      if (stack.size() >= 3 || block && stack.size() >= 2) {
        Grid g = grid(masks, union(stack), tol, ppi);
        if (g != null) {
          grids.add(new Grid(g.area(), g.xs(), g.ys(), true));
        }
      } else {
        stack.stream().filter(blocks::containsKey).forEach(r -> grids.add(blocks.get(r)));
      }
    }
    grids.sort(Comparator.comparingInt((Grid g) -> g.area().y).thenComparingInt(g -> g.area().x));
    return grids;
  }

  /**
   * Whether a ruled area that makes no grid (a box, or one rule across with side edges) holds a
   * horizontal rule running across it: the edges of a shaded band, not a glyph's strokes.
   */
  static boolean band(RuleMasks masks, Rect area, double ppi) {
    if (area.width < ppi * 2) {
      return false;
    }
    return segments(masks.horizontal, area, true).stream()
        .anyMatch(s -> s.length() >= BORDER_SHARE * area.width);
  }

  /**
   * The bounding boxes of the mask's outer contours, as findContours with RETR_EXTERNAL and
   * boundingRect give them: the background reachable from outside the image (4-connected, as
   * findContours takes holes) is flooded, and what remains, each group of ink with the holes it
   * encloses and anything inside them, is labelled 8-connected.
   *
   * <p>Not Imgproc.findContours: its Java wrapper (and the Converters it calls) end with a bare
   * {@code release()} of Mats they created, which once JIT-compiled races with those Mats'
   * finalizers (see {@link OpenCv#release}); two threads under steady collection corrupted the
   * native heap within minutes.
   */
  static List<Rect> outerBoxes(Mat mask) {
    Mat filled = new Mat();
    Core.copyMakeBorder(mask, filled, 1, 1, 1, 1, Core.BORDER_CONSTANT, new Scalar(0));
    Mat noMask = new Mat();
    Imgproc.floodFill(filled, noMask, new Point(0, 0), new Scalar(OUTSIDE), new Rect(),
        new Scalar(0), new Scalar(0), 4);
    Core.compare(filled, new Scalar(OUTSIDE), filled, Core.CMP_NE);
    List<Rect> out = OpenCv.componentBoxes(filled, 8, -1);
    OpenCv.release(filled, noMask);
    return out;
  }

  /**
   * Lone horizontal rules (and ruled blocks) grouped into stacks, each under the one before,
   * overlapping across most of the narrower one's width and within a tall row's height of it: a
   * table ruled only horizontally when three or more. A rule reaching past the stack's ends
   * begins a new stack (a table's top rule runs across all of it).
   */
  static List<List<Rect>> stacks(List<Rect> rules, double ppi) {
    List<Rect> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingInt(r -> r.y));
    double maxGap = ppi * 1.2;
    double reach = Math.max(6, ppi * 0.06);
    List<List<Rect>> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      List<Rect> stack = new ArrayList<>(List.of(sorted.get(i)));
      Rect box = sorted.get(i).clone();
      int j = i + 1;
      for (; j < sorted.size(); j++) {
        Rect r = sorted.get(j);
        int overlap = Math.min(box.x + box.width, r.x + r.width) - Math.max(box.x, r.x);
        boolean wider = r.x < box.x - reach || r.x + r.width > box.x + box.width + reach;
        // a rule under part of the stack heads a group of columns: their heads, stacked
        // vertically (社会公益组织 glyph by glyph), may stand taller than any row below
        Rect last = stack.get(stack.size() - 1);
        boolean underGroup = stack.size() >= 2 && last.width < BORDER_SHARE * box.width
            && r.width >= BORDER_SHARE * box.width;
        double gap = underGroup ? HEAD_GAP * ppi : maxGap;
        if (r.y - (box.y + box.height) > gap
            || overlap < 0.5 * Math.min(box.width, r.width) || wider) {
          break;
        }
        box = union(List.of(box, r));
        stack.add(r);
      }
      // a table's bottom border runs across it: short pieces stacked under the last such rule
      // are glyph strokes of a heading or text below the table (a bold 五、 under table 四)
      int keep = stack.size();
      while (keep > 1 && stack.get(keep - 1).width < BORDER_SHARE * box.width) {
        keep--;
      }
      if (keep < stack.size()) {
        j -= stack.size() - keep;
        stack = new ArrayList<>(stack.subList(0, keep));
      }
      out.add(stack);
      i = j;
    }
    return out;
  }

  /** Tallest header row under a group's rule, in inches (six glyphs stacked, with margins). */
  static final double HEAD_GAP = 2.0;

  /** Share of its stack's width that the last rule of a stack (a table's bottom border) spans. */
  static final double BORDER_SHARE = 0.6;

  /** The smallest rectangle holding every one of {@code rects}. */
  static Rect union(List<Rect> rects) {
    int x1 = Integer.MAX_VALUE;
    int y1 = Integer.MAX_VALUE;
    int x2 = Integer.MIN_VALUE;
    int y2 = Integer.MIN_VALUE;
    for (Rect r : rects) {
      x1 = Math.min(x1, r.x);
      y1 = Math.min(y1, r.y);
      x2 = Math.max(x2, r.x + r.width);
      y2 = Math.max(y2, r.y + r.height);
    }
    return new Rect(x1, y1, x2 - x1, y2 - y1);
  }

  /** Gray level the outside background is flooded with (the mask is 0 and 255). */
  private static final int OUTSIDE = 128;

  private static Grid grid(RuleMasks masks, Rect area, double tol, double ppi) {
    List<LineClusters.Segment> hs = segments(masks.horizontal, area, true);
    List<LineClusters.Segment> vs = segments(masks.vertical, area, false);
    if (!ruledAcross(hs, area, ppi)) {
      return null; // strokes of large or bold glyphs bridged into a rule-like cluster
    }
    // a boundary needs rule ink of at least about one narrow column / one short row
    List<Integer> ys = new ArrayList<>(LineClusters.cluster(hs, tol, (int) (ppi * 0.3)));
    List<LineClusters.Cluster> columns = LineClusters.clusters(vs, tol, (int) (ppi * 0.15));
    addEdge(ys, area.y, area.y + area.height, tol);
    List<Integer> xs = new ArrayList<>((ys.size() - 1 >= MIN_ROWS_FOR_STRAY
        && columns.stream().allMatch(c -> strayOrEdge(c, area, tol)) ? columns.stream()
            .filter(c -> nearEdge(c.position(), area, tol)) : columns.stream())
        .map(LineClusters.Cluster::position).toList());
    addEdge(xs, area.x, area.x + area.width, tol);
    if (xs.size() < 2 || ys.size() < 2 || (xs.size() < 3 && ys.size() < 3)) {
      return null; // a box or a single rule, not a table
    }
    return new Grid(area, xs.stream().mapToInt(Integer::intValue).toArray(),
        ys.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * A printed table has at least two rules running across most of it (its top and bottom
   * borders, also where a table breaks over a page). Bold title glyphs and a run of characters
   * with long bottom strokes (工, 生, 卫) close into short "rules" that never do.
   */
  static boolean ruledAcross(List<LineClusters.Segment> horizontals, Rect area, double ppi) {
    double longEnough = Math.max(ppi * 1.0, area.width * 0.6);
    List<LineClusters.Segment> across = horizontals.stream()
        .filter(s -> s.length() >= longEnough).toList();
    double tol = Math.max(4, ppi * 0.04);
    return LineClusters.cluster(across, tol, 1).size() >= 2;
  }

  /**
   * Rows a table needs before its inner vertical ink is judged by its length: in a table of a
   * few rows (a piece broken over a page) a column rule is as short as a glyph stroke.
   */
  static final int MIN_ROWS_FOR_STRAY = 4;

  /**
   * Share of the table's height that an inner column rule covers at least. In a table ruled
   * only horizontally, a tall glyph stroke touching a rule (the stem of 申 under a header's
   * top rule, finer scans keep it long) passes the rule masks; such pieces, and nothing longer,
   * are no column rules: the columns come from the alignment of the text instead.
   */
  static final double COLUMN_RULE_SHARE = 0.25;

  private static boolean strayOrEdge(LineClusters.Cluster c, Rect area, double tol) {
    return nearEdge(c.position(), area, tol) || c.length() < COLUMN_RULE_SHARE * area.height;
  }

  private static boolean nearEdge(int x, Rect area, double tol) {
    return x - area.x <= 3 * tol || area.x + area.width - x <= 3 * tol;
  }

  /** Adds the area's edges when no boundary lies near them (open-sided tables). */
  private static void addEdge(List<Integer> positions, int low, int high, double tol) {
    if (positions.isEmpty() || positions.get(0) - low > 3 * tol) {
      positions.add(0, low);
    }
    if (high - positions.get(positions.size() - 1) > 3 * tol) {
      positions.add(high);
    }
  }

  private static List<LineClusters.Segment> segments(Mat mask, Rect area, boolean horizontal) {
    Mat sub = mask.submat(area);
    int[] st = OpenCv.componentStats(sub, 8);
    int n = st.length / 5;
    List<LineClusters.Segment> out = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      int x = st[i * 5 + Imgproc.CC_STAT_LEFT] + area.x;
      int y = st[i * 5 + Imgproc.CC_STAT_TOP] + area.y;
      int w = st[i * 5 + Imgproc.CC_STAT_WIDTH];
      int h = st[i * 5 + Imgproc.CC_STAT_HEIGHT];
      if (horizontal) {
        out.add(new LineClusters.Segment(y + h / 2.0, x, x + w));
      } else {
        out.add(new LineClusters.Segment(x + w / 2.0, y, y + h));
      }
    }
    OpenCv.release(sub);
    return out;
  }
}
