package org.nianbao.extract;

import java.util.List;
import org.nianbao.load.TextLine;
import org.nianbao.model.PageInfo;
import org.nianbao.model.Table;

/** What one page yielded, whether read from its text layer or from its image. */
public record PageReading(PageInfo info, List<Table> tables, List<TextLine> linesOutsideTables) {
  public PageReading {
    tables = List.copyOf(tables);
    linesOutsideTables = List.copyOf(linesOutsideTables);
  }
}
