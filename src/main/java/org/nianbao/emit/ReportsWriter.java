package org.nianbao.emit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a set of extracted reports (their canonical JSON trees, {@link ReportJson#toTree}) in
 * one output format. A new format is one class implementing this; {@link OutputFormat} lists the
 * built-in ones.
 */
public interface ReportsWriter {

  /** Writes every report to {@code out}, which stays open. */
  void write(List<JsonNode> reports, OutputStream out) throws IOException;

  /**
   * As {@link #write(List, OutputStream)}, taking each report's figure rows from {@code rows}
   * (for writers that show them): several formats written from one set of reports share them.
   */
  default void write(List<JsonNode> reports, Function<JsonNode, List<FigureRow>> rows,
      OutputStream out) throws IOException {
    write(reports, out);
  }
}
