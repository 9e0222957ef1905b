package org.nianbao.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nianbao.Options;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;
import org.nianbao.pipeline.DefaultStages;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.pipeline.Stages;

/**
 * Development tool, not a test: {@code dump DIR OUT} records the lines the pipeline hands to the
 * narrative extractor for every PDF in DIR (one TSV per PDF under OUT); {@code replay DIR OUT}
 * runs the extractor on the recorded lines and compares the report fields with DIR's truth.
 */
public final class NarrativeLinesTool {
  private NarrativeLinesTool() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    Path out = Path.of(args[2]);
    List<Path> pdfs;
    try (Stream<Path> s = Files.list(dir)) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    Files.createDirectories(out);
    if (args[0].equals("dump")) {
      for (Path pdf : pdfs) {
        if (args.length > 3 && !pdf.getFileName().toString().startsWith(args[3])) {
          continue;
        }
        Stages d = DefaultStages.create();
        List<TextLine> got = new ArrayList<>();
        java.util.Set<Integer> ocr = new java.util.TreeSet<>();
        NarrativeExtractor rec = new NarrativeExtractor() {
          @Override
          public Narrative extract(List<TextLine> lines) {
            return extract(lines, java.util.Set.of());
          }

          @Override
          public Narrative extract(List<TextLine> lines, java.util.Set<Integer> ocrPages) {
            got.addAll(lines);
            ocr.addAll(ocrPages);
            return d.narrative().extract(lines, ocrPages);
          }
        };
        Stages s = new Stages(d.loader(), d.classifier(), d.tableExtractor(), d.joiner(), rec,
            d.reconciler(), d.imageReader());
        org.nianbao.model.Report report =
            new Pipeline(s).run(pdf, Options.defaults(), pdf.getFileName().toString());
        // the whole report too, so that a dump scores like an extraction (scripts/fresh-accuracy)
        try (java.io.OutputStream o = Files.newOutputStream(
            out.resolve(pdf.getFileName().toString().replace(".pdf", ".json")))) {
          org.nianbao.emit.ReportJson.write(report, o);
        }
        Files.writeString(out.resolve(pdf.getFileName().toString().replace(".pdf", ".ocr")),
            ocr.toString());
        StringBuilder sb = new StringBuilder();
        for (TextLine l : got) {
          BBox b = l.bbox();
          sb.append(l.page()).append('\t').append(b.left()).append('\t').append(b.top()).append('\t')
              .append(b.right()).append('\t').append(b.bottom()).append('\t').append(l.fontSize())
              .append('\t').append(l.bold()).append('\t').append(l.text().replace('\t', ' '))
              .append('\n');
        }
        Files.writeString(out.resolve(pdf.getFileName().toString().replace(".pdf", ".tsv")), sb);
        System.out.println("dumped " + pdf.getFileName() + " " + got.size() + " lines");
      }
      return;
    }
    ObjectMapper json = new ObjectMapper();
    LineNarrativeExtractor places = new LineNarrativeExtractor(PlaceNames.fromClasspath(
        org.nianbao.ocr.OcrCharset.readable("chi_sim", java.util.Optional.empty())));
    int ok = 0;
    int n = 0;
    for (Path pdf : pdfs) {
      Path tsv = out.resolve(pdf.getFileName().toString().replace(".pdf", ".tsv"));
      Path truthFile = dir.resolve(pdf.getFileName().toString().replace(".pdf", ".truth.json"));
      if (!Files.exists(tsv) || !Files.exists(truthFile)) {
        continue;
      }
      List<TextLine> lines = new ArrayList<>();
      for (String row : Files.readAllLines(tsv)) {
        String[] f = row.split("\t", 8);
        lines.add(new TextLine(Integer.parseInt(f[0]), f[7],
            new BBox(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                Double.parseDouble(f[4])), Float.parseFloat(f[5]), Boolean.parseBoolean(f[6])));
      }
      Path ocrFile = out.resolve(pdf.getFileName().toString().replace(".pdf", ".ocr"));
      java.util.Set<Integer> ocrPages = new java.util.TreeSet<>();
      if (Files.exists(ocrFile)) {
        for (String pg : Files.readString(ocrFile).replaceAll("[\\[\\] ]", "").split(",")) {
          if (!pg.isEmpty()) {
            ocrPages.add(Integer.parseInt(pg));
          }
        }
      }
      Narrative nar = places.extract(lines, ocrPages);
      JsonNode t = json.readTree(truthFile.toFile()).path("report");
      List<String> wrong = new ArrayList<>();
      cmp(wrong, "title", t.path("title"), nar.title());
      cmp(wrong, "organization", t.path("organization"), nar.organization());
      cmp(wrong, "year", t.path("year"), nar.year());
      cmp(wrong, "issuedOn", t.path("issuedOn"), nar.issuedOn());
      n++;
      if (wrong.isEmpty()) {
        ok++;
      }
      System.out.printf("%-16s %s %s %s%n", pdf.getFileName(), wrong.isEmpty() ? "ok" : "WRONG", wrong,
          nar.warnings().stream().map(w -> w.code() + ": " + w.message()).toList());
    }
    System.out.println("fields right in " + ok + "/" + n);
  }

  private static void cmp(List<String> wrong, String key, JsonNode expected, Object got) {
    String e = expected.isNull() || expected.isMissingNode() ? null : expected.asText();
    String g = got == null ? null : got.toString();
    if (!java.util.Objects.equals(e, g)) {
      wrong.add(key + ": expected " + e + ", got " + g);
    }
  }
}
