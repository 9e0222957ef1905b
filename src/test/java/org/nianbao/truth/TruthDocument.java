package org.nianbao.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A test PDF with its truth JSON, written by the corpus generator (or typed from the page)
 * before and independently of the extractor.
 */
record TruthDocument(String set, Path pdf, JsonNode truth) {

  static final Path TESTDATA = Path.of("testdata");
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<TruthDocument> load(String set) {
    return loadDir(set, TESTDATA.resolve(set));
  }

  /** Every PDF with a truth file beside it in {@code dir}, named as set {@code set}. */
  static List<TruthDocument> loadDir(String set, Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<TruthDocument> docs = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path t : s.filter(p -> p.toString().endsWith(".truth.json")).sorted().toList()) {
        String name = t.getFileName().toString().replace(".truth.json", ".pdf");
        Path pdf = dir.resolve(name);
        if (Files.exists(pdf)) {
          docs.add(new TruthDocument(set, pdf, JSON.readTree(t.toFile())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  String name() {
    return set + "/" + pdf.getFileName();
  }

  @Override
  public String toString() {
    return name();
  }
}
