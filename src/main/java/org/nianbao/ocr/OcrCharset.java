package org.nianbao.ocr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * The characters a Tesseract model can output at all, from the LSTM unicharset inside its
 * {@code .traineddata}. chi_sim knows about 4,000 characters; a rarer one printed on the page
 * (湟 in 湟中区) always comes out as some other character, however clean the scan, and only a
 * lexicon can bring it back.
 */
public final class OcrCharset {
  /** Index of the LSTM unicharset in the tessdata container's offset table (TessdataType). */
  private static final int LSTM_UNICHARSET = 21;
  /** The legacy unicharset, for models without an LSTM part. */
  private static final int UNICHARSET = 1;
  private static final Map<String, Optional<Set<Integer>>> CACHE = new ConcurrentHashMap<>();

  private OcrCharset() {}

  /**
   * Whether the model for {@code language} ("chi_sim", "chi_sim+eng") can produce a code point;
   * every code point counts as readable when the model files cannot be found or read.
   */
  public static IntPredicate readable(String language, Optional<Path> tessdata) {
    Optional<Set<Integer>> set = CACHE.computeIfAbsent(language + "|" + tessdata.orElse(null),
        k -> load(language, tessdata));
    return set.<IntPredicate>map(s -> s::contains).orElse(c -> true);
  }

  private static Optional<Set<Integer>> load(String language, Optional<Path> tessdata) {
    try {
      Path dir = TesseractEngine.findTessdata(language, tessdata);
      Set<Integer> all = new HashSet<>();
      for (String lang : language.split("\\+")) {
        all.addAll(codePoints(dir.resolve(lang + ".traineddata")));
      }
      return all.isEmpty() ? Optional.empty() : Optional.of(all);
    } catch (OcrUnavailableException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Code points of the unicharset stored in one traineddata file. */
  static Set<Integer> codePoints(Path traineddata) throws IOException {
    try (FileChannel ch = FileChannel.open(traineddata, StandardOpenOption.READ)) {
      ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size())
          .order(ByteOrder.LITTLE_ENDIAN);
      int entries = buf.getInt(0);
      if (entries <= 0 || entries > 1000) {
        buf.order(ByteOrder.BIG_ENDIAN);
        entries = buf.getInt(0);
      }
      long[] offsets = new long[entries];
      for (int i = 0; i < entries; i++) {
        offsets[i] = buf.getLong(4 + 8 * i);
      }
      for (int index : new int[] {LSTM_UNICHARSET, UNICHARSET}) {
        if (index >= entries || offsets[index] < 0) {
          continue;
        }
        long end = ch.size();
        for (int j = index + 1; j < entries; j++) {
          if (offsets[j] >= 0) {
            end = offsets[j];
            break;
          }
        }
        byte[] bytes = new byte[(int) (end - offsets[index])];
        buf.get((int) offsets[index], bytes);
        return parse(new String(bytes, StandardCharsets.UTF_8));
      }
      return Set.of();
    }
  }

  /** A unicharset file: a count line, then one line per unichar, the unichar first. */
  static Set<Integer> parse(String unicharset) {
    Set<Integer> out = new HashSet<>();
    String[] lines = unicharset.split("\n");
    for (int i = 1; i < lines.length; i++) {
      int space = lines[i].indexOf(' ');
      String unichar = space < 0 ? lines[i] : lines[i].substring(0, space);
      if (!unichar.equals("NULL")) {
        unichar.codePoints().forEach(out::add);
      }
    }
    return out;
  }
}
