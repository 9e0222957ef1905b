package org.nianbao.emit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (.xlsx, opens in Excel, WPS and LibreOffice) with three sheets: {@code
 * figures} (the long table of {@link FigureRow}s, figures as numbers), {@code reports} (one row
 * per report) and {@code failed checks} (one row per failed arithmetic check).
 */
public final class WorkbookWriter implements ReportsWriter {
  static final List<String> REPORT_HEADER = List.of("file", "title", "organization", "year",
      "template", "issuedOn", "pages", "figures", "nullFigures", "checksFailed", "warnings");
  static final List<String> CHECK_HEADER = List.of("file", "organization", "year", "rule",
      "scope", "expected", "actual", "message");

  @Override
  public void write(List<JsonNode> reports, OutputStream out) throws IOException {
    write(reports, FigureTable::rows, out);
  }

  @Override
  public void write(List<JsonNode> reports, Function<JsonNode, List<FigureRow>> figureRows,
      OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "nianbao", null);
    Worksheet figures = wb.newWorksheet("figures");
    Worksheet reportSheet = wb.newWorksheet("reports");
    Worksheet checks = wb.newWorksheet("failed checks");
    header(figures, FigureRow.HEADER);
    header(reportSheet, REPORT_HEADER);
    header(checks, CHECK_HEADER);
    int fr = 1;
    int rr = 1;
    int cr = 1;
    for (JsonNode r : reports) {
      List<FigureRow> rows = figureRows.apply(r);
      for (FigureRow f : rows) {
        int c = 0;
        figures.value(fr, c++, f.file());
        figures.value(fr, c++, f.organization());
        number(figures, fr, c++, f.year());
        figures.value(fr, c++, f.template());
        figures.value(fr, c++, f.path());
        figures.value(fr, c++, f.table());
        figures.value(fr, c++, f.rowLabel());
        figures.value(fr, c++, f.columnLabel());
        number(figures, fr, c++, f.value());
        figures.value(fr, c++, f.unit());
        figures.value(fr, c++, f.source());
        number(figures, fr, c++, f.confidence());
        figures.value(fr, c, f.check());
        fr++;
      }
      JsonNode info = r.path("report");
      String file = r.path("source").path("file").asText("");
      int failed = 0;
      for (JsonNode check : r.path("checks")) {
        if (check.path("passed").asBoolean(true)) {
          continue;
        }
        failed++;
        int c = 0;
        checks.value(cr, c++, file);
        checks.value(cr, c++, info.path("organization").asText(""));
        number(checks, cr, c++, info.path("year").isInt() ? info.path("year").asInt() : null);
        checks.value(cr, c++, check.path("rule").asText());
        checks.value(cr, c++, check.path("scope").asText());
        number(checks, cr, c++, check.path("expected").isNumber()
            ? check.path("expected").decimalValue() : null);
        number(checks, cr, c++, check.path("actual").isNumber()
            ? check.path("actual").decimalValue() : null);
        checks.value(cr, c, check.path("message").asText(""));
        cr++;
      }
      int c = 0;
      reportSheet.value(rr, c++, file);
      reportSheet.value(rr, c++, info.path("title").asText(""));
      reportSheet.value(rr, c++, info.path("organization").asText(""));
      number(reportSheet, rr, c++, info.path("year").isInt() ? info.path("year").asInt() : null);
      reportSheet.value(rr, c++, info.path("template").asText(""));
      reportSheet.value(rr, c++, info.path("issuedOn").asText(""));
      number(reportSheet, rr, c++, r.path("source").path("pageCount").asInt());
      number(reportSheet, rr, c++, rows.size());
      number(reportSheet, rr, c++, rows.stream().filter(f -> f.value() == null).count());
      number(reportSheet, rr, c++, failed);
      number(reportSheet, rr, c, r.path("warnings").size());
      rr++;
    }
    wb.finish();
  }

  private static void header(Worksheet s, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      s.value(0, i, names.get(i));
      s.style(0, i).bold().set();
    }
  }

  private static void number(Worksheet s, int r, int c, Number n) {
    if (n != null) {
      s.value(r, c, n);
    }
  }
}
