package org.nianbao.pipeline;

import java.util.Optional;
import org.nianbao.Options;
import org.nianbao.classify.TextLayerPageClassifier;
import org.nianbao.extract.image.LabelLexicon;
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

  /**
   * Built-in stages; the table method and template folder come from the options.
   *
   * @throws IllegalArgumentException when the options' template folder cannot be used
   */
  public static Stages create(Options options) {
    java.nio.file.Path templates = options.templates().orElse(null);
    TemplateReconciler reconciler = TemplateReconciler.forTemplates(templates);
    TemplateLabels labels = TemplateLabels.load(templates);
    return new Stages(
        new PdfBoxDocumentLoader(),
        new TextLayerPageClassifier(),
        new TabulaTableExtractor(options.tableMethod()),
        new TableJoiner(),
        new LineNarrativeExtractor(PlaceNames.fromClasspath(
            OcrCharset.readable(options.ocrLanguage(), options.tessdata()))),
        reconciler,
        options.ocrStrategy() == Options.OcrStrategy.NO_OCR
            ? Optional.empty()
            : Optional.of(OcrPageReader.forOptions(options,
                LabelLexicon.of(labels::near, labels::beginningAs))));
  }
}
