package org.nianbao.extract.text;

import java.util.List;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.Table;

/** Finds the tables of one page, as grids with spans; ids "p3-1", "p3-2", … top to bottom. */
public interface TableExtractor {
  List<Table> extract(LoadedPage page);
}
