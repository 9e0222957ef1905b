package org.nianbao.extract.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * OpenCV's native library unpacked once into a per-user cache ({@code
 * $XDG_CACHE_HOME/nianbao/opencv-<crc>/}, else {@code ~/.cache/nianbao/...}) and loaded from
 * there. {@code nu.pattern.OpenCV.loadLocally()} unpacks its 63 MB into a fresh temp folder in
 * every process and removes it at exit, so each killed run left one behind in /tmp.
 */
final class NativeCache {
  private NativeCache() {}

  /**
   * Loads the library from the cache, unpacking it first if missing.
   *
   * @return false when this platform or jar layout is not known, or the cache is unusable: the
   *     caller falls back to nu.pattern's own loader
   */
  static boolean load() {
    String platform = platform();
    if (platform == null) {
      return false;
    }
    try {
      Path jar = Path.of(nu.pattern.OpenCV.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return false;
      }
      try (JarFile jf = new JarFile(jar.toFile())) {
        JarEntry lib = find(jf, "nu/pattern/opencv/" + platform + "/");
        if (lib == null) {
          return false;
        }
        String name = lib.getName().substring(lib.getName().lastIndexOf('/') + 1);
        Path dir = cacheRoot().resolve(String.format("opencv-%s-%08x",
            name.replaceAll("\\.[^.]*$", ""), lib.getCrc()));
        Path target = dir.resolve(name);
        if (!Files.isRegularFile(target) || Files.size(target) != lib.getSize()) {
          Files.createDirectories(dir);
          Path tmp = Files.createTempFile(dir, ".nianbao-", ".tmp");
          try {
            try (InputStream in = jf.getInputStream(lib)) {
              Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            // another process may be unpacking the same file: the rename is atomic either way
            try {
              Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
                  StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
              Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
          } finally {
            Files.deleteIfExists(tmp);
          }
        }
        System.load(target.toAbsolutePath().toString());
        return true;
      }
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return false;
    }
  }

  private static JarEntry find(JarFile jf, String prefix) {
    Enumeration<JarEntry> entries = jf.entries();
    while (entries.hasMoreElements()) {
      JarEntry e = entries.nextElement();
      String n = e.getName();
      if (n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0
          && (n.endsWith(".so") || n.endsWith(".dylib") || n.endsWith(".dll"))) {
        return e;
      }
    }
    return null;
  }

  private static Path cacheRoot() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("nianbao");
  }

  /** nu.pattern's folder for this OS and CPU, or null. */
  private static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux")) {
      return null;
    }
    return switch (arch) {
      case "amd64", "x86_64" -> "linux/x86_64";
      case "aarch64", "arm64" -> "linux/ARMv8";
      case "arm" -> "linux/ARMv7";
      default -> null;
    };
  }
}
