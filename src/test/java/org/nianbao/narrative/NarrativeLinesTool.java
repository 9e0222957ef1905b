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
        NarrativeExtractor rec = lines -> {
          got.addAll(lines);
          return d.narrative().extract(lines);
        };
        Stages s = new Stages(d.loader(), d.classifier(), d.tableExtractor(), d.joiner(), rec,
            d.reconciler(), d.imageReader());
        new Pipeline(s).run(pdf, Options.defaults(), pdf.getFileName().toString());
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
      Narrative nar = new LineNarrativeExtractor().extract(lines);
      JsonNode t = json.readTree(truthFile.toFile()).path("report");
      List<String> wrong = new ArrayList<>();
      cmp(wrong, "organization", t.path("organization"), nar.organization());
      cmp(wrong, "year", t.path("year"), nar.year());
      cmp(wrong, "issuedOn", t.path("issuedOn"), nar.issuedOn());
      n++;
      if (wrong.isEmpty()) {
        ok++;
      }
      System.out.printf("%-16s %s %s sections %s%n", pdf.getFileName(), wrong.isEmpty() ? "ok" : "WRONG", wrong,
          nar.sections().stream().map(s -> s.number() + s.title() + s.text().hashCode() + s.pages()).toList());
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
