package org.nianbao.pipeline;

import java.util.Objects;
import java.util.Optional;
import org.nianbao.classify.PageClassifier;
import org.nianbao.extract.image.ImagePageReader;
import org.nianbao.extract.text.TableExtractor;
import org.nianbao.extract.text.TableJoiner;
import org.nianbao.load.DocumentLoader;
import org.nianbao.narrative.NarrativeExtractor;
import org.nianbao.reconcile.Reconciler;

/**
 * The pipeline's parts. Immutable; replace one part with the {@code with…} methods. {@link
 * #close} releases the parts that hold native resources (the OCR engines).
 *
 * @param imageReader empty when no OCR engine is available: image pages then get a warning
 */
public record Stages(
    DocumentLoader loader,
    PageClassifier classifier,
    TableExtractor tableExtractor,
    TableJoiner joiner,
    NarrativeExtractor narrative,
    Reconciler reconciler,
    Optional<ImagePageReader> imageReader) {

  public Stages {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(tableExtractor, "tableExtractor");
    Objects.requireNonNull(joiner, "joiner");
    Objects.requireNonNull(narrative, "narrative");
    Objects.requireNonNull(reconciler, "reconciler");
    Objects.requireNonNull(imageReader, "imageReader");
  }

  /** Closes every part that holds resources; the stages may not be used afterwards. */
  public void close() {
    imageReader.ifPresent(ImagePageReader::close);
  }

  public Stages withTableExtractor(TableExtractor e) {
    return new Stages(loader, classifier, e, joiner, narrative, reconciler, imageReader);
  }

  public Stages withReconciler(Reconciler r) {
    return new Stages(loader, classifier, tableExtractor, joiner, narrative, r, imageReader);
  }

  public Stages withImageReader(ImagePageReader r) {
    return new Stages(
        loader, classifier, tableExtractor, joiner, narrative, reconciler, Optional.ofNullable(r));
  }
}
