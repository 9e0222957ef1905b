package org.example.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.ErrorCode;
import org.nianbao.Nianbao;
import org.nianbao.NianbaoException;
import org.nianbao.Options;
import org.nianbao.model.FigurePath;
import org.nianbao.model.Report;

/** The library used as a caller would: build, extract with per-call options, close. */
class CallerTest {
  private static final Path TESTDATA = Path.of(System.getProperty("nianbao.testdata", "testdata"));
  private static final Path PDF = TESTDATA.resolve("born-digital/gb2021-01.pdf");
  private static final Path TRUTH = TESTDATA.resolve("born-digital/gb2021-01.truth.json");

  /** Figures the truth lists that the report does not have: "path: truth vs extracted". */
  private static List<String> differences(Report r, JsonNode truthData) {
    List<String> out = new ArrayList<>();
    truthData.fields().forEachRemaining(group -> group.getValue().fields().forEachRemaining(
        item -> item.getValue().fields().forEachRemaining(field -> {
          FigurePath path = FigurePath.of(
              group.getKey() + "." + item.getKey() + "." + field.getKey());
          Number got = r.data().get(path);
          JsonNode want = field.getValue();
          boolean same = want.isNull() ? got == null
              : got != null && want.decimalValue().compareTo(new BigDecimal(got.toString())) == 0;
          if (!same) {
            out.add(path + ": " + want + " vs " + got);
          }
        })));
    return out;
  }

  @Test
  void extractsTheTruthsFiguresWithDefaultAndPerCallOptions() throws Exception {
    JsonNode truth = new ObjectMapper().readTree(TRUTH.toFile());
    Nianbao closedLater;
    try (Nianbao n = Nianbao.builder().ocrStrategy(Options.OcrStrategy.NO_OCR).build()) {
      Report r = n.extractFile(PDF);
      assertEquals("gb2021-01.pdf", r.source().file());
      assertEquals(truth.path("report").path("organization").asText(), r.report().organization());
      assertEquals(truth.path("report").path("year").asInt(), r.report().year());
      assertEquals(truth.path("data").path("applications").path("newReceived").path("total")
          .asLong(), r.data().get(FigurePath.APPLICATIONS_NEW_RECEIVED_TOTAL).longValue());
      assertEquals(List.of(), differences(r, truth.path("data")));

      // a per-call override of a set-up option: stages for text-alignment tables, built once.
      // This report's tables are ruled, so STREAM reads less of it, but never a wrong figure:
      // each one is the truth's or null.
      Options stream = n.options().toBuilder().tableMethod(Options.TableMethod.STREAM).build();
      Report s = n.extractFile(PDF, stream);
      assertEquals(List.of(), differences(s, truth.path("data")).stream()
          .filter(d -> !d.endsWith(" vs null")).toList());

      // a per-call limit: the typed error, not a report
      NianbaoException tooLong = assertThrows(NianbaoException.class,
          () -> n.extractFile(PDF, n.options().toBuilder().maxPages(1).build()));
      assertEquals(ErrorCode.TOO_MANY_PAGES, tooLong.code());
      closedLater = n;
    }
    assertThrows(IllegalStateException.class, () -> closedLater.extractFile(PDF));
  }

  @Test
  void aMisspeltFigurePathFailsLoudly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FigurePath.of("applications.granted.natural"));
    assertTrue(e.getMessage().contains("applications.granted.natural"));
  }
}
