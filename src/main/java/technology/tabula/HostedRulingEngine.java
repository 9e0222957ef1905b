package technology.tabula;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * Tabula's own ruling finder (the engine {@link ObjectExtractor} runs in a pass of its own) fed
 * the path operators of another engine's pass over the page and reading that engine's graphics
 * state (transformation, clipping), so one parse of the content stream yields both the glyphs
 * and exactly the rulings tabula would find. Lives in tabula's package because the finder is
 * package-private there.
 */
public final class HostedRulingEngine extends ObjectExtractorStreamEngine {
  private final PDFStreamEngine host;

  /** A finder for {@code page}, whose content the host is about to process. */
  public HostedRulingEngine(PDPage page, PDFStreamEngine host) {
    super(page);
    this.host = host;
  }

  @Override
  public PDGraphicsState getGraphicsState() {
    return host.getGraphicsState();
  }

  /** One path construction, painting or clipping operator met by the host. */
  public void operate(Operator operator, List<COSBase> operands) throws IOException {
    processOperator(operator, operands);
  }

  /** The rulings found so far, in tabula's order and form (unprocessed). */
  public List<Ruling> rulings() {
    return rulings;
  }
}
