package org.nianbao.extract.image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.TermCriteria;
import org.opencv.ml.ANN_MLP;
import org.opencv.ml.Ml;
import org.opencv.ml.TrainData;

/**
 * Trains the {@link DigitClassifier} network: {@code TrainDigits OUTDIR [STRINGS]}. Renders
 * figure strings and non-figure strings (the templates' label characters, units, signs) with
 * {@link GlyphRenderer}, trains a one-hidden-layer network on the glyphs' features, and measures
 * it on a held-out set rendered with another seed: per glyph (argmax and the sure rule of
 * {@link DigitClassifier}) and per cell ({@link DigitClassifier#read} on whole figures: share
 * read, share read wrongly). Writes OUTDIR/digits-mlp.yml.gz and prints the measures (scripts/
 * train-digits saves them beside the model).
 */
public final class TrainDigits {
  /** Units, signs and brackets printed in or around figure cells. */
  private static final String SIGNS = "件万元亿个条次项%()（）—-/:：.,、";
  private static final String ASCII_OTHER = "%()/:.,-+OlI";
  private static final int HIDDEN = 48;

  public static void main(String[] args) throws Exception {
    OpenCv.load();
    Path out = Path.of(args[0]);
    int strings = args.length > 1 ? Integer.parseInt(args[1]) : 9000;
    Files.createDirectories(out);
    String han = hanOfTemplates();
    List<String> fonts = GlyphRenderer.installed();
    System.out.println("fonts: " + fonts);
    long t0 = System.nanoTime();
    List<GlyphRenderer.Sample> train = samples(new GlyphRenderer(1), new Random(1), fonts, han,
        strings);
    System.out.printf(Locale.ROOT, "training glyphs: %d (%s) in %.0f s%n", train.size(),
        counts(train), (System.nanoTime() - t0) / 1e9);
    ANN_MLP net = train(train);
    net.save(out.resolve("digits-mlp.yml.gz").toString());
    DigitClassifier.use(net);
    List<GlyphRenderer.Sample> test = samples(new GlyphRenderer(2), new Random(2), fonts, han,
        strings / 4);
    System.out.printf(Locale.ROOT, "held-out glyphs: %d (%s)%n", test.size(), counts(test));
    evaluateGlyphs(net, test);
    evaluateCells(new GlyphRenderer(3), new Random(3), fonts, strings / 3);
  }

  /** The Chinese characters of the shipped templates' labels. */
  static String hanOfTemplates() throws Exception {
    StringBuilder sb = new StringBuilder();
    java.util.Set<Integer> seen = new java.util.TreeSet<>();
    try (var files = Files.list(Path.of("models/templates"))) {
      for (Path p : files.toList()) {
        Files.readString(p).codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            .forEach(seen::add);
      }
    }
    seen.forEach(sb::appendCodePoint);
    return sb.toString();
  }

  static List<GlyphRenderer.Sample> samples(GlyphRenderer r, Random rnd, List<String> fonts,
      String han, int strings) {
    List<GlyphRenderer.Sample> out = new ArrayList<>();
    for (int i = 0; i < strings; i++) {
      String font = fonts.get(rnd.nextInt(fonts.size()));
      boolean cjk = font.contains("CJK") || font.startsWith("AR PL") || font.startsWith("Wen");
      boolean bold = rnd.nextInt(5) == 0;
      int dpi = new int[] {150, 150, 200, 200, 300}[rnd.nextInt(5)];
      double pt = 7.5 + rnd.nextDouble() * 4.5;
      String text = i % 3 == 2 ? otherString(rnd, cjk, han) : figure(rnd);
      out.addAll(r.render(text, font, bold, dpi, pt));
    }
    return out;
  }

  /** A table figure: single digits (most of all 0) to five digits. */
  static String figure(Random rnd) {
    int len = switch (rnd.nextInt(10)) {
      case 0, 1, 2, 3 -> 1;
      case 4, 5, 6 -> 2;
      case 7, 8 -> 3;
      default -> 4 + rnd.nextInt(2);
    };
    if (len == 1 && rnd.nextInt(3) == 0) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    sb.append((char) ('1' + rnd.nextInt(9)));
    for (int i = 1; i < len; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  /** Words, units and signs, with and without digits beside them. */
  static String otherString(Random rnd, boolean cjk, String han) {
    StringBuilder sb = new StringBuilder();
    String signs = cjk ? SIGNS : ASCII_OTHER;
    switch (rnd.nextInt(4)) {
      case 0 -> sb.append(figure(rnd)).append(signs.charAt(rnd.nextInt(signs.length())));
      case 1 -> sb.append(signs.charAt(rnd.nextInt(signs.length()))).append(figure(rnd));
      default -> {
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
          if (cjk && rnd.nextInt(3) > 0) {
            sb.append(han.charAt(rnd.nextInt(han.length())));
          } else {
            sb.append(signs.charAt(rnd.nextInt(signs.length())));
          }
        }
      }
    }
    return sb.toString();
  }

  private static String counts(List<GlyphRenderer.Sample> s) {
    TreeMap<String, Integer> m = new TreeMap<>();
    for (GlyphRenderer.Sample x : s) {
      m.merge(x.label() == 0 ? "other" : String.valueOf(x.label()), 1, Integer::sum);
    }
    return m.toString();
  }

  private static int cls(GlyphRenderer.Sample s) {
    return s.label() == 0 ? DigitClassifier.OTHER : s.label() - '0';
  }

  private static Mat featureMat(List<GlyphRenderer.Sample> samples) {
    Mat x = new Mat(samples.size(), DigitClassifier.features(), CvType.CV_32F);
    for (int i = 0; i < samples.size(); i++) {
      x.put(i, 0, DigitClassifier.features(samples.get(i).ink()));
    }
    return x;
  }

  static ANN_MLP train(List<GlyphRenderer.Sample> samples) {
    Mat x = featureMat(samples);
    Mat y = new Mat(samples.size(), DigitClassifier.CLASSES, CvType.CV_32F);
    float[] row = new float[DigitClassifier.CLASSES];
    for (int i = 0; i < samples.size(); i++) {
      java.util.Arrays.fill(row, -1f);
      row[cls(samples.get(i))] = 1f;
      y.put(i, 0, row);
    }
    ANN_MLP net = ANN_MLP.create();
    Mat layers = new Mat(1, 3, CvType.CV_32S);
    layers.put(0, 0, x.cols(), HIDDEN, DigitClassifier.CLASSES);
    net.setLayerSizes(layers);
    net.setActivationFunction(ANN_MLP.SIGMOID_SYM, 1, 1);
    net.setTrainMethod(ANN_MLP.RPROP, 0.1, Double.MIN_VALUE);
    net.setTermCriteria(new TermCriteria(TermCriteria.MAX_ITER + TermCriteria.EPS, 300, 1e-5));
    long t0 = System.nanoTime();
    net.train(TrainData.create(x, Ml.ROW_SAMPLE, y));
    System.out.printf(Locale.ROOT, "trained %d-%d-%d in %.0f s%n", x.cols(), HIDDEN,
        DigitClassifier.CLASSES, (System.nanoTime() - t0) / 1e9);
    return net;
  }

  private static void evaluateGlyphs(ANN_MLP net, List<GlyphRenderer.Sample> test) {
    Mat x = featureMat(test);
    Mat o = new Mat();
    net.predict(x, o, 0);
    float[] out = new float[test.size() * DigitClassifier.CLASSES];
    o.get(0, 0, out);
    double[][] rules = {{0.5, 0.8}, {0.7, 1.0}, {0.8, 1.2}, {0.9, 1.2}, {0.9, 1.4}, {0.95, 1.6}};
    int[][] sweep = new int[rules.length][2];
    int right = 0;
    int sure = 0;
    int sureWrong = 0;
    int otherSure = 0;
    TreeMap<String, int[]> byFont = new TreeMap<>();
    for (int i = 0; i < test.size(); i++) {
      int best = 0;
      int second = -1;
      for (int c = 1; c < DigitClassifier.CLASSES; c++) {
        if (out[i * DigitClassifier.CLASSES + c] > out[i * DigitClassifier.CLASSES + best]) {
          second = best;
          best = c;
        } else if (second < 0 || out[i * DigitClassifier.CLASSES + c]
            > out[i * DigitClassifier.CLASSES + second]) {
          second = c;
        }
      }
      float top = out[i * DigitClassifier.CLASSES + best];
      float lead = top - out[i * DigitClassifier.CLASSES + second];
      int truth = cls(test.get(i));
      boolean ok = best == truth;
      for (int j = 0; j < rules.length; j++) {
        if (best != DigitClassifier.OTHER && top >= rules[j][0] && lead >= rules[j][1]) {
          sweep[j][0]++;
          sweep[j][1] += ok ? 0 : 1;
        }
      }
      right += ok ? 1 : 0;
      int[] f = byFont.computeIfAbsent(test.get(i).font() + " " + test.get(i).dpi(),
          k -> new int[3]);
      f[0]++;
      f[1] += ok ? 1 : 0;
      if (best != DigitClassifier.OTHER && top >= DigitClassifier.SURE_OUTPUT
          && lead >= DigitClassifier.SURE_MARGIN) {
        sure++;
        if (!ok) {
          sureWrong++;
          f[2]++;
          if (truth == DigitClassifier.OTHER) {
            otherSure++;
          }
          System.out.printf(Locale.ROOT, "  sure but wrong: %s %d dpi, truth %s read %d%n",
              test.get(i).font(), test.get(i).dpi(), truth == 10 ? "other" : "" + truth, best);
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "held-out glyphs: %d, argmax right %.2f%%; sure %d (%.1f%%), of them wrong %d"
            + " (other taken for a digit: %d)%n",
        test.size(), 100.0 * right / test.size(), sure, 100.0 * sure / test.size(), sureWrong,
        otherSure);
    for (int j = 0; j < rules.length; j++) {
      System.out.printf(Locale.ROOT, "  output >= %.2f, lead >= %.2f: %d sure, %d wrong%n",
          rules[j][0], rules[j][1], sweep[j][0], sweep[j][1]);
    }
    byFont.forEach((k, v) -> System.out.printf(Locale.ROOT,
        "  %-28s %5d glyphs, argmax right %.2f%%, sure-wrong %d%n", k, v[0],
        100.0 * v[1] / v[0], v[2]));
  }

  /** Whole figures through {@link DigitClassifier#read}: share read surely, share wrong. */
  private static void evaluateCells(GlyphRenderer r, Random rnd, List<String> fonts, int n) {
    int read = 0;
    int wrong = 0;
    int cells = 0;
    TreeMap<String, int[]> byDpi = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String font = fonts.get(rnd.nextInt(fonts.size()));
      int dpi = new int[] {150, 200, 300}[rnd.nextInt(3)];
      double pt = 7.5 + rnd.nextDouble() * 4.5;
      String text = figure(rnd);
      GlyphRenderer.Rendered g = r.renderInk(text, font, rnd.nextInt(5) == 0, dpi, pt);
      cells++;
      int[] d = byDpi.computeIfAbsent(dpi + " dpi", k -> new int[3]);
      d[0]++;
      if (g.measured() != null) {
        DigitClassifier.Result res = DigitClassifier.read(g.ink(), g.measured().box(), dpi);
        if (res != null && res.sure()) {
          read++;
          d[1]++;
          if (!res.text().equals(text)) {
            wrong++;
            d[2]++;
            System.out.printf(Locale.ROOT, "  cell read wrongly: %s %d dpi %.1f pt: %s as %s%n",
                font, dpi, pt, text, res.text());
          }
        }
      }
      OpenCv.release(g.ink());
    }
    System.out.printf(Locale.ROOT, "held-out figure cells: %d, read surely %d (%.1f%%), wrong %d%n",
        cells, read, 100.0 * read / cells, wrong);
    byDpi.forEach((k, v) -> System.out.printf(Locale.ROOT,
        "  %-8s %5d cells, read %.1f%%, wrong %d%n", k, v[0], 100.0 * v[1] / v[0], v[2]));
  }
}
