package org.nianbao.classify;

import java.util.List;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.Table;

/** Decides what a page holds and whether its text layer must be replaced by OCR. */
public interface PageClassifier {
  PageClass classify(LoadedPage page, List<Table> tablesOnPage);
}
