package org.nianbao.emit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a set of extracted reports (their canonical JSON trees, {@link ReportJson#toTree}) in
 * one output format. A new format is one class implementing this; {@link OutputFormat} lists the
 * built-in ones.
 */
public interface ReportsWriter {

  /** Writes every report to {@code out}, which stays open. */
  void write(List<JsonNode> reports, OutputStream out) throws IOException;
}
