package org.nianbao;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's shared folder (real documents without truth) lies beside the repository: in a
 * developer's checkout and in CI's fresh clone alike. Tests that use it skip when it is absent.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** {@code shared/<relative>} beside the working directory, else the workplace's copy. */
  public static Path resolve(String relative) {
    for (Path root : List.of(Path.of("..", "shared"), Path.of("/work/shared"))) {
      Path p = root.resolve(relative);
      if (Files.exists(p)) {
        return p.toAbsolutePath().normalize();
      }
    }
    return Path.of("..", "shared").resolve(relative);
  }
}
