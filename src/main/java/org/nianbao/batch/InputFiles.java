package org.nianbao.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Expands the command line's inputs: a folder contributes every {@code *.pdf} below it (any
 * case, hidden files included, symlinked folders not followed); a file, or a path that does not
 * exist, is taken as given (the latter fails NOT_FOUND). Result: absolute normalised paths,
 * sorted and without repeats, so every run sees the same order.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<Path> expand(Collection<Path> inputs) throws IOException {
    TreeSet<Path> out = new TreeSet<>();
    for (Path in : inputs) {
      Path p = in.toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                || org.nianbao.load.ImageInputs.hasImageName(file)) {
              out.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // An unreadable entry still gets a manifest line (as NOT_FOUND/IO_ERROR) if a PDF.
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                || org.nianbao.load.ImageInputs.hasImageName(file)) {
              out.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
      } else {
        out.add(p);
      }
    }
    return new ArrayList<>(out);
  }
}
