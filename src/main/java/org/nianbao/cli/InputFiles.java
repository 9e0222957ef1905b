package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command line's inputs: files as given, folders to their PDFs (recursively). */
final class InputFiles {
  private InputFiles() {}

  static List<Path> expand(List<Path> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.walk(in)) {
          s.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
              .sorted()
              .forEach(out::add);
        }
      } else {
        // A named file is tried whatever its name: a wrong one gets a typed error, not silence.
        out.add(in);
      }
    }
    return out;
  }

  /** {@code report.pdf} → {@code report.json}. */
  static String outputName(Path input) {
    String name = input.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      name = name.substring(0, name.length() - 4);
    }
    return name + ".json";
  }
}
