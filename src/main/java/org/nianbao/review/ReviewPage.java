package org.nianbao.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.nianbao.emit.AtomicFiles;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Check;
import org.nianbao.model.PageInfo;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TextSource;
import org.nianbao.model.Warning;
import org.nianbao.reconcile.FormLayout;
import org.nianbao.reconcile.ReportChecks;

/**
 * The archivist's review page of one report: a single self-contained HTML file (page images as
 * JPEG data URIs, the report's figures laid out as the form's tables, the detected cell grids
 * over the pages, failed checks and warnings each one click from their cell, and a form that
 * saves the reviewer's corrections as {@code NAME.corrections.json}). No server, no network.
 */
public final class ReviewPage {
  /** Resolution of the page images: reads well on screen, keeps a 5-page report near 1 MB. */
  public static final int DEFAULT_DPI = 120;
  public static final float DEFAULT_QUALITY = 0.7f;
  public static final String SUFFIX = ".review.html";
  /** Skews below this were not corrected by the image reader (UprightPage.MIN_CORRECTED_SKEW). */
  private static final double MIN_CORRECTED_SKEW = 0.1;

  private final int dpi;
  private final float quality;

  public ReviewPage(int dpi, float quality) {
    if (dpi < 36 || dpi > 300 || quality <= 0 || quality > 1) {
      throw new IllegalArgumentException("dpi 36-300 and quality 0-1 expected");
    }
    this.dpi = dpi;
    this.quality = quality;
  }

  public static ReviewPage defaults() {
    return new ReviewPage(DEFAULT_DPI, DEFAULT_QUALITY);
  }

  /** Writes the review page of {@code report} (read from {@code pdf}) to {@code html}, atomically. */
  public void write(Report report, Path pdf, Path html) throws IOException {
    String page = render(report, pdf);
    AtomicFiles.write(html, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
  }

  /** The page as one HTML string. */
  public String render(Report report, Path pdf) throws IOException {
    ObjectNode model = model(report);
    ArrayNode pages = model.putArray("pages");
    try (PDDocument doc = PDDocument.load(pdf.toFile())) {
      PDFRenderer renderer = new PDFRenderer(doc);
      Map<Integer, PageInfo> infos = new HashMap<>();
      report.pages().forEach(p -> infos.put(p.number(), p));
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage img = upright(renderer.renderImageWithDPI(i, dpi, ImageType.RGB),
            infos.get(i + 1));
        ObjectNode p = pages.addObject();
        p.put("number", i + 1);
        // the page's size in points of the frame the cell boxes are in
        p.put("width", round(img.getWidth() * 72.0 / dpi));
        p.put("height", round(img.getHeight() * 72.0 / dpi));
        PageInfo info = infos.get(i + 1);
        p.put("rotation", info == null ? 0 : info.rotation());
        p.put("textSource", info == null ? "" : info.textSource().id());
        p.put("image", "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg(img)));
      }
    }
    String json = ReportJson.mapper().writeValueAsString(model)
        .replace("</", "<\\/").replace("<!--", "<\\!--");
    String template = resource("review.html");
    String title = report.source().file() + " — 审核 review";
    return template.replace("{{title}}", html(title)).replace("{{model}}", json);
  }

  /**
   * The page as the reader saw it. A text-layer page is as rendered; an OCR page was levelled
   * (turned counter-clockwise by its skew about its centre) and turned upright (clockwise by its
   * rotation) before its cells were measured, so it is shown turned the same way and the cell
   * boxes (points in that upright frame) fall on their cells.
   */
  static BufferedImage upright(BufferedImage img, PageInfo info) {
    if (info == null || info.textSource() != TextSource.OCR) {
      return img;
    }
    int rotation = ((info.rotation() % 360) + 360) % 360;
    double skew = Math.abs(info.skewDegrees()) >= MIN_CORRECTED_SKEW ? info.skewDegrees() : 0;
    if (rotation == 0 && skew == 0) {
      return img;
    }
    boolean quarter = rotation == 90 || rotation == 270;
    int w = quarter ? img.getHeight() : img.getWidth();
    int h = quarter ? img.getWidth() : img.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
          RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      // rotations about the centre commute: level and turn upright in one transform
      AffineTransform t = new AffineTransform();
      t.translate(w / 2.0, h / 2.0);
      t.rotate(Math.toRadians(rotation - skew));
      t.translate(-img.getWidth() / 2.0, -img.getHeight() / 2.0);
      g.drawImage(img, t, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private byte[] jpeg(BufferedImage img) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** What the page's script needs, in one JSON object (images added by the caller). */
  static ObjectNode model(Report report) {
    ObjectNode m = ReportJson.mapper().createObjectNode();
    m.put("file", report.source().file());
    m.put("sha256", report.source().sha256());
    m.put("title", report.report().title());
    m.put("organization", report.report().organization());
    if (report.report().year() != null) {
      m.put("year", report.report().year());
    }
    m.put("template", report.report().template().id());

    ArrayNode groups = m.putArray("groups");
    for (FormLayout.Group g : FormLayout.of(report.report().template())) {
      groups.add(ReportJson.mapper().<ObjectNode>valueToTree(g));
    }
    ObjectNode tree = ReportJson.toTree(report);
    m.set("data", tree.get("data"));
    m.set("provenance", tree.get("provenance"));

    ArrayNode cells = m.putArray("cells");
    for (Table t : report.tables()) {
      for (Cell c : t.cells()) {
        if (c.bbox() == null) {
          continue;
        }
        ObjectNode n = cells.addObject();
        n.put("table", t.id());
        n.put("row", c.row());
        n.put("column", c.column());
        n.put("rowSpan", c.rowSpan());
        n.put("columnSpan", c.columnSpan());
        n.put("page", c.page());
        BBox b = c.bbox();
        n.putArray("bbox").add(round(b.left())).add(round(b.top())).add(round(b.right()))
            .add(round(b.bottom()));
        n.put("text", c.text());
      }
    }
    ReportChecks checks = ReportChecks.fromClasspath();
    ArrayNode checkList = m.putArray("checks");
    for (Check c : report.checks()) {
      ObjectNode n = checkList.addObject();
      n.put("rule", c.rule());
      n.put("scope", c.scope());
      n.put("passed", c.passed());
      n.put("message", c.message());
      ArrayNode figures = n.putArray("figures");
      List<String> paths = checks.figures(report.data(), report.provenance(), c.rule(), c.scope());
      paths.forEach(figures::add);
    }
    ArrayNode warnings = m.putArray("warnings");
    for (Warning w : report.warnings()) {
      ObjectNode n = warnings.addObject();
      n.put("code", w.code());
      if (w.page() != null) {
        n.put("page", w.page());
      }
      String path = pathOf(w);
      if (path != null) {
        n.put("path", path);
      }
      n.put("message", w.message());
      n.put("meaning", w.warningCode().description());
    }
    return m;
  }

  private static final java.util.regex.Pattern LEADING_PATH = java.util.regex.Pattern.compile(
      "^((?:activeDisclosure|applications|reviewsAndLawsuits)(?:\\.[A-Za-z]+){1,2})[: ]");

  /**
   * The figure or row a warning concerns: its path, or for a warning written without one the
   * dotted path its message starts with (the reconciler's messages do), so that it is still one
   * click from its place.
   */
  static String pathOf(Warning w) {
    if (w.path() != null) {
      return w.path();
    }
    java.util.regex.Matcher m = LEADING_PATH.matcher(w.message() == null ? "" : w.message());
    return m.find() ? m.group(1) : null;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The review page's name for a report output {@code NAME.json}: {@code NAME.review.html}. */
  public static Path beside(Path json) {
    String name = json.getFileName().toString().replaceFirst("(?i)\\.json$", "");
    return json.resolveSibling(name + SUFFIX);
  }
}
