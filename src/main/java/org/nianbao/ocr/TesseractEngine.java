package org.nianbao.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessChoiceIterator;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * Tesseract through the tess4j C-API bindings. One initialised TessBaseAPI is reused for every
 * region (the high-level {@code Tesseract} class re-initialises on each call, which costs more
 * than reading a cell).
 */
final class TesseractEngine implements OcrEngine {

  private static final List<String> DEFAULT_TESSDATA = List.of(
      "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
      "/usr/share/tessdata", "/usr/local/share/tessdata");

  /**
   * The interface binding resolves functions lazily, so it works with any 5.x libtesseract
   * (the direct-mapped TessAPI1 demands every symbol of the newest release and fails on 5.3.0).
   */
  private final TessAPI T;
  private final Path tessdata;
  private TessBaseAPI api;
  /** eng model for figure cells when installed: chi_sim's LSTM reads a lone 7 as 了. */
  private TessBaseAPI digits;
  private TessBaseAPI osd; // lazily, for orientation; stays null if osd data is missing
  private boolean osdTried;
  private int ppi = 300;
  private OcrMode lastMode;

  private TesseractEngine(TessAPI t, Path tessdata, TessBaseAPI api) {
    this.T = t;
    this.tessdata = tessdata;
    this.api = api;
  }

  static TesseractEngine open(String language, Optional<Path> tessdataHint)
      throws OcrUnavailableException {
    Path dir = findTessdata(language, tessdataHint);
    TessBaseAPI handle;
    TessAPI T;
    try {
      NativeThreads.limitOpenMp();
      T = TessAPI.INSTANCE;
      handle = T.TessBaseAPICreate();
    } catch (Throwable e) { // UnsatisfiedLinkError, NoClassDefFoundError, init errors
      throw new OcrUnavailableException(
          "Tesseract native library not loadable (install libtesseract5): " + e, e);
    }
    if (T.TessBaseAPIInit2(handle, dir.toString(), language,
        TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
      T.TessBaseAPIDelete(handle);
      throw new OcrUnavailableException("Tesseract failed to load " + language + " from " + dir);
    }
    quiet(T, handle);
    TesseractEngine e = new TesseractEngine(T, dir, handle);
    if (Files.isRegularFile(dir.resolve("eng.traineddata"))) {
      TessBaseAPI d = T.TessBaseAPICreate();
      if (T.TessBaseAPIInit2(d, dir.toString(), "eng", TessOcrEngineMode.OEM_LSTM_ONLY) == 0) {
        quiet(T, d);
        T.TessBaseAPISetVariable(d, "tessedit_char_whitelist", "0123456789-.,%");
        T.TessBaseAPISetVariable(d, "lstm_choice_mode", "2");
        e.digits = d;
      } else {
        T.TessBaseAPIDelete(d);
      }
    }
    return e;
  }

  private static void quiet(TessAPI T, TessBaseAPI handle) {
    T.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    // Our crops are dark ink on white: never re-read a doubtful line inverted (Tesseract 5
    // does by default, which doubles the cost of exactly the hard cells).
    T.TessBaseAPISetVariable(handle, "tessedit_do_invert", "0");
  }

  static Path findTessdata(String language, Optional<Path> hint)
      throws OcrUnavailableException {
    List<Path> candidates = new ArrayList<>();
    if (hint.isPresent()) {
      // a folder the caller names is the one used: falling back to another would hide a mistake
      candidates.add(hint.get());
    } else {
      String env = System.getenv("TESSDATA_PREFIX");
      if (env != null && !env.isBlank()) {
        candidates.add(Path.of(env));
        candidates.add(Path.of(env, "tessdata"));
      }
      DEFAULT_TESSDATA.forEach(p -> candidates.add(Path.of(p)));
    }
    for (Path dir : candidates) {
      boolean all = true;
      for (String lang : language.split("\\+")) {
        all &= Files.isRegularFile(dir.resolve(lang + ".traineddata"));
      }
      if (all) {
        return dir;
      }
    }
    throw new OcrUnavailableException("Tesseract language data " + language
        + ".traineddata not found in " + candidates + " (install tesseract-ocr-"
        + language.split("\\+")[0].replace('_', '-') + " or set TESSDATA_PREFIX)");
  }

  @Override
  public void setResolution(int pixelsPerInch) {
    this.ppi = Math.max(70, pixelsPerInch);
  }

  @Override
  public OcrReading read(BufferedImage region, OcrMode mode) {
    ensureOpen();
    if (mode.numeric() && digits != null) {
      OcrReading r = digitModel(region, mode);
      if (!r.isEmpty()) {
        return r;
      }
      // nothing from the digit model: perhaps units (件, 万元); try the full model
    }
    configure(mode);
    setImage(api, region);
    OcrReading r = recognize(api, mode);
    if (r.isEmpty() && mode == OcrMode.NUMERIC_LINE) {
      // the whitelisted line model sometimes drops a lone short figure ("7", "71");
      // the word and raw-line layouts still see it
      for (int psm : new int[] {TessPageSegMode.PSM_SINGLE_WORD, TessPageSegMode.PSM_RAW_LINE}) {
        T.TessBaseAPISetPageSegMode(api, psm);
        lastMode = null;
        r = recognize(api, mode);
        if (!r.isEmpty()) {
          break;
        }
      }
    }
    return r;
  }

  @Override
  public OcrReading readDigits(BufferedImage region, OcrMode mode) {
    ensureOpen();
    return mode.numeric() && digits != null ? digitModel(region, mode) : read(region, mode);
  }

  private OcrReading digitModel(BufferedImage region, OcrMode mode) {
    if (region == noDigitsIn && mode == noDigitsMode) {
      // the cell reader asks the full model about a view the digit model just found empty
      return OcrReading.empty();
    }
    setImage(digits, region);
    // the line layout now and then drops a lone short figure ("7", "71") that the word layout
    // still sees; a wider region with nothing in it for the line layout is words
    int[] layouts = !mode.singleLine() ? new int[] {TessPageSegMode.PSM_SINGLE_BLOCK}
        : region.getWidth() <= SHORT_FIGURE_ASPECT * region.getHeight()
            ? new int[] {TessPageSegMode.PSM_SINGLE_LINE, TessPageSegMode.PSM_SINGLE_WORD}
            : new int[] {TessPageSegMode.PSM_SINGLE_LINE};
    for (int psm : layouts) {
      T.TessBaseAPISetPageSegMode(digits, psm);
      OcrReading r = recognize(digits, mode);
      if (!r.isEmpty()) {
        noDigitsIn = null;
        return r;
      }
    }
    noDigitsIn = region;
    noDigitsMode = mode;
    return OcrReading.empty();
  }

  /**
   * The last image (by identity: views are made once and not changed) the digit model read as
   * empty, and in which mode: a read of it in that mode goes straight to the full model.
   */
  private BufferedImage noDigitsIn;
  private OcrMode noDigitsMode;

  /**
   * Widest region (width over height, margins included) read again in the word layout when the
   * line layout found no figure: two digits in a cell's margins are about 1.1.
   */
  private static final double SHORT_FIGURE_ASPECT = 1.3;

  private OcrReading recognize(TessBaseAPI api, OcrMode mode) {
    if (T.TessBaseAPIRecognize(api, null) != 0) {
      return OcrReading.empty();
    }
    List<OcrWord> words = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    double minConf = 1.0;
    TessResultIterator ri = T.TessBaseAPIGetIterator(api);
    if (ri == null) {
      return OcrReading.empty();
    }
    try {
      TessPageIterator pi = T.TessResultIteratorGetPageIterator(ri);
      do {
        String w = utf8(T.TessResultIteratorGetUTF8Text(ri, TessPageIteratorLevel.RIL_WORD));
        if (w == null || w.isBlank()) {
          continue;
        }
        w = w.strip();
        double conf = T.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_WORD)
            / 100.0;
        words.add(new OcrWord(w, box(pi, TessPageIteratorLevel.RIL_WORD), conf));
        minConf = Math.min(minConf, conf);
        TextJoin.append(text, w, mode.numeric());
      } while (T.TessResultIteratorNext(ri, TessPageIteratorLevel.RIL_WORD) == 1);
    } finally {
      T.TessResultIteratorDelete(ri);
    }
    if (words.isEmpty()) {
      return OcrReading.empty();
    }
    List<String> alternatives = mode.numeric() && minConf < 0.9 ? alternatives(api) : List.of();
    return new OcrReading(text.toString(), minConf, words, alternatives);
  }

  /**
   * Readings that swap the least certain symbol for the engine's runner-up choice there
   * (LSTM symbol choices, lstm_choice_mode=2).
   */
  private List<String> alternatives(TessBaseAPI api) {
    List<String> symbols = new ArrayList<>();
    List<List<String>> choices = new ArrayList<>();
    List<Float> confs = new ArrayList<>();
    TessResultIterator ri = T.TessBaseAPIGetIterator(api);
    if (ri == null) {
      return List.of();
    }
    try {
      do {
        String s = utf8(T.TessResultIteratorGetUTF8Text(ri, TessPageIteratorLevel.RIL_SYMBOL));
        if (s == null || s.isBlank()) {
          continue;
        }
        symbols.add(s.strip());
        confs.add(T.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_SYMBOL));
        List<String> alt = new ArrayList<>();
        TessChoiceIterator ci = T.TessResultIteratorGetChoiceIterator(ri);
        if (ci != null) {
          try {
            do {
              String c = T.TessChoiceIteratorGetUTF8Text(ci);
              if (c != null && !c.isBlank() && !c.strip().equals(s.strip())) {
                alt.add(c.strip());
              }
            } while (T.TessChoiceIteratorNext(ci) == 1);
          } finally {
            T.TessChoiceIteratorDelete(ci);
          }
        }
        choices.add(alt);
      } while (T.TessResultIteratorNext(ri, TessPageIteratorLevel.RIL_SYMBOL) == 1);
    } finally {
      T.TessResultIteratorDelete(ri);
    }
    // Order symbols from least to most certain; offer one swap per doubtful symbol.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < symbols.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Float.compare(confs.get(a), confs.get(b)));
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int i : order) {
      if (confs.get(i) >= 90f || out.size() >= 3) {
        break;
      }
      for (String alt : choices.get(i)) {
        List<String> copy = new ArrayList<>(symbols);
        copy.set(i, alt);
        out.add(String.join("", copy));
        break;
      }
    }
    return List.copyOf(out);
  }

  @Override
  public List<OcrWord> readLines(BufferedImage area) {
    ensureOpen();
    configure(OcrMode.TEXT_BLOCK);
    T.TessBaseAPISetPageSegMode(api, TessPageSegMode.PSM_AUTO);
    lastMode = null; // psm changed behind configure's back
    setImage(api, area);
    if (T.TessBaseAPIRecognize(api, null) != 0) {
      return List.of();
    }
    List<OcrWord> lines = new ArrayList<>();
    TessResultIterator ri = T.TessBaseAPIGetIterator(api);
    if (ri == null) {
      return lines;
    }
    try {
      TessPageIterator pi = T.TessResultIteratorGetPageIterator(ri);
      do {
        String t = utf8(T.TessResultIteratorGetUTF8Text(ri, TessPageIteratorLevel.RIL_TEXTLINE));
        if (t == null || t.isBlank()) {
          continue;
        }
        double conf = T.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_TEXTLINE)
            / 100.0;
        lines.add(new OcrWord(TextJoin.clean(t), box(pi, TessPageIteratorLevel.RIL_TEXTLINE),
            conf));
      } while (T.TessResultIteratorNext(ri, TessPageIteratorLevel.RIL_TEXTLINE) == 1);
    } finally {
      T.TessResultIteratorDelete(ri);
    }
    return lines;
  }

  @Override
  public Orientation orientation(BufferedImage page) {
    ensureOpen();
    if (!osdTried) {
      osdTried = true;
      if (Files.isRegularFile(tessdata.resolve("osd.traineddata"))) {
        TessBaseAPI h = T.TessBaseAPICreate();
        if (T.TessBaseAPIInit2(h, tessdata.toString(), "osd",
            TessOcrEngineMode.OEM_TESSERACT_ONLY) == 0) {
          quiet(T, h);
          T.TessBaseAPISetPageSegMode(h, TessPageSegMode.PSM_OSD_ONLY);
          osd = h;
        } else {
          T.TessBaseAPIDelete(h);
        }
      }
    }
    if (osd == null) {
      return Orientation.unknown();
    }
    setImage(osd, page);
    IntBuffer deg = IntBuffer.allocate(1);
    FloatBuffer conf = FloatBuffer.allocate(1);
    PointerByReference script = new PointerByReference();
    FloatBuffer scriptConf = FloatBuffer.allocate(1);
    if (T.TessBaseAPIDetectOrientationScript(osd, deg, conf, script, scriptConf) != 1) {
      return Orientation.unknown();
    }
    // OSD reports how far the image is turned clockwise (content turned 90° clockwise gives
    // 90); the upright page needs the rest of the full turn, clockwise.
    int rotation = Math.floorMod(360 - deg.get(0), 360);
    return new Orientation(rotation, conf.get(0));
  }

  private void configure(OcrMode mode) {
    if (mode == lastMode) {
      return;
    }
    lastMode = mode;
    T.TessBaseAPISetPageSegMode(api, mode.singleLine()
        ? TessPageSegMode.PSM_SINGLE_LINE : TessPageSegMode.PSM_SINGLE_BLOCK);
    T.TessBaseAPISetVariable(api, "tessedit_char_whitelist", mode.whitelist());
    T.TessBaseAPISetVariable(api, "lstm_choice_mode", mode.numeric() ? "2" : "0");
  }

  private void setImage(TessBaseAPI handle, BufferedImage image) {
    BufferedImage gray = Images.gray(image);
    // getDataElements copies just this image's pixels (a subimage shares its parent's buffer)
    byte[] px = (byte[]) gray.getRaster().getDataElements(0, 0, gray.getWidth(),
        gray.getHeight(), null);
    ByteBuffer buf = ByteBuffer.allocateDirect(px.length);
    buf.put(px).flip();
    T.TessBaseAPISetImage(handle, buf, gray.getWidth(), gray.getHeight(), 1,
        gray.getWidth());
    T.TessBaseAPISetSourceResolution(handle, ppi);
  }

  private Rectangle box(TessPageIterator pi, int level) {
    IntBuffer l = IntBuffer.allocate(1);
    IntBuffer t = IntBuffer.allocate(1);
    IntBuffer r = IntBuffer.allocate(1);
    IntBuffer b = IntBuffer.allocate(1);
    T.TessPageIteratorBoundingBox(pi, level, l, t, r, b);
    return new Rectangle(l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0));
  }

  private String utf8(Pointer p) {
    if (p == null) {
      return null;
    }
    try {
      return new String(p.getByteArray(0, (int) strlen(p)), StandardCharsets.UTF_8);
    } finally {
      T.TessDeleteText(p);
    }
  }

  private static long strlen(Pointer p) {
    long n = 0;
    while (p.getByte(n) != 0) {
      n++;
    }
    return n;
  }

  private void ensureOpen() {
    if (api == null) {
      throw new IllegalStateException("OCR engine closed");
    }
  }

  @Override
  public void close() {
    if (api != null) {
      T.TessBaseAPIEnd(api);
      T.TessBaseAPIDelete(api);
      api = null;
    }
    if (digits != null) {
      T.TessBaseAPIEnd(digits);
      T.TessBaseAPIDelete(digits);
      digits = null;
    }
    if (osd != null) {
      T.TessBaseAPIEnd(osd);
      T.TessBaseAPIDelete(osd);
      osd = null;
    }
  }
}
