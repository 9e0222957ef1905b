package org.nianbao.pipeline;

import java.util.Optional;
import org.nianbao.Options;
import org.nianbao.classify.TextLayerPageClassifier;
import org.nianbao.extract.image.OcrPageReader;
import org.nianbao.extract.text.TabulaTableExtractor;
import org.nianbao.extract.text.TableJoiner;
import org.nianbao.load.PdfBoxDocumentLoader;
import org.nianbao.narrative.LineNarrativeExtractor;
import org.nianbao.narrative.PlaceNames;
import org.nianbao.ocr.OcrCharset;
import org.nianbao.reconcile.TemplateLabels;
import org.nianbao.reconcile.TemplateReconciler;

/** The built-in stages. */
public final class DefaultStages {
  private DefaultStages() {}

  public static Stages create() {
    return create(Options.defaults());
  }

  /** Built-in stages; the table method comes from the options. */
  public static Stages create(Options options) {
    return new Stages(
        new PdfBoxDocumentLoader(),
        new TextLayerPageClassifier(),
        new TabulaTableExtractor(options.tableMethod()),
        new TableJoiner(),
        new LineNarrativeExtractor(PlaceNames.fromClasspath(
            OcrCharset.readable(options.ocrLanguage(), options.tessdata()))),
        TemplateReconciler.fromClasspath(),
        options.ocrStrategy() == Options.OcrStrategy.NO_OCR
            ? Optional.empty()
            : Optional.of(OcrPageReader.forOptions(options, TemplateLabels.fromClasspath()::near)));
  }
}
