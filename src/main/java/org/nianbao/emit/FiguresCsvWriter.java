package org.nianbao.emit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every figure of every report as one long table ({@link FigureRow}): UTF-8 with a BOM and CRLF
 * line ends (RFC 4180 via Commons CSV), so Excel and WPS open it directly with Chinese intact.
 */
public final class FiguresCsvWriter implements ReportsWriter {

  @Override
  public void write(List<JsonNode> reports, OutputStream out) throws IOException {
    write(reports, FigureTable::rows, out);
  }

  @Override
  public void write(List<JsonNode> reports, Function<JsonNode, List<FigureRow>> rows,
      OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL);
    csv.printRecord(FigureRow.HEADER);
    for (JsonNode r : reports) {
      for (FigureRow f : rows.apply(r)) {
        csv.printRecord(fields(f));
      }
    }
    csv.flush();
  }

  static List<String> fields(FigureRow f) {
    List<String> r = new ArrayList<>();
    r.add(SpreadsheetText.inert(f.file()));
    r.add(SpreadsheetText.inert(f.organization()));
    r.add(f.year() == null ? "" : f.year().toString());
    r.add(f.template());
    r.add(f.path());
    r.add(f.table());
    r.add(SpreadsheetText.inert(f.rowLabel()));
    r.add(SpreadsheetText.inert(f.columnLabel()));
    r.add(f.value() == null ? "" : f.value().toPlainString());
    r.add(f.unit());
    r.add(f.source());
    r.add(f.confidence() == null ? "" : f.confidence().toString());
    r.add(f.check());
    return r;
  }
}
