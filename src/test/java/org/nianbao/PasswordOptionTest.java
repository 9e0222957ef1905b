package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;

/**
 * A report saved with a user password (as some portals publish them) opens with the password
 * option: figures equal the generator's truth. Without it, or with a wrong one, the typed
 * ENCRYPTED error.
 */
class PasswordOptionTest {
  private static final Path SOURCE = Path.of("testdata/born-digital/gb2021-01.pdf");
  private static final Path TRUTH = Path.of("testdata/born-digital/gb2021-01.truth.json");
  private static final String PASSWORD = "年报2023";

  @TempDir static Path tmp;
  static Path locked;

  @BeforeAll
  static void encrypt() throws Exception {
    locked = tmp.resolve("locked.pdf");
    try (PDDocument d = PDDocument.load(SOURCE.toFile())) {
      StandardProtectionPolicy p =
          new StandardProtectionPolicy("owner-secret", PASSWORD, new AccessPermission());
      p.setEncryptionKeyLength(128);
      d.protect(p);
      d.save(locked.toFile());
    }
  }

  /** Figures of the report that differ from the truth's, as "path: truth vs extracted". */
  static List<String> differences(Report r, JsonNode truthData) {
    List<String> out = new ArrayList<>();
    truthData.fields().forEachRemaining(group -> group.getValue().fields().forEachRemaining(
        item -> item.getValue().fields().forEachRemaining(field -> {
          String path = group.getKey() + "." + item.getKey() + "." + field.getKey();
          Number got = r.data().get(path);
          JsonNode want = field.getValue();
          boolean same = want.isNull() ? got == null
              : got != null && want.decimalValue().compareTo(new java.math.BigDecimal(got.toString())) == 0;
          if (!same) {
            out.add(path + ": " + want + " vs " + got);
          }
        })));
    return out;
  }

  @Test
  void theRightPasswordOpensItAndTheFiguresAreTheTruths() throws Exception {
    JsonNode truth = new ObjectMapper().readTree(TRUTH.toFile());
    Options withPassword = Options.builder().ocrStrategy(Options.OcrStrategy.NO_OCR)
        .password(PASSWORD).build();
    try (Nianbao n = Nianbao.create(Options.builder().ocrStrategy(Options.OcrStrategy.NO_OCR)
        .build())) {
      Report r = n.extractFile(locked, withPassword); // per call: same stages as the instance's
      assertEquals(truth.path("report").path("organization").asText(),
          r.report().organization());
      assertTrue(truth.path("data").path("applications").size() > 10);
      assertEquals(List.of(), differences(r, truth.path("data")));
    }
  }

  @Test
  void noPasswordOrAWrongOneIsTheTypedEncryptedError() {
    try (Nianbao n = Nianbao.create(Options.builder().ocrStrategy(Options.OcrStrategy.NO_OCR)
        .build())) {
      EncryptedDocumentException none =
          assertThrows(EncryptedDocumentException.class, () -> n.extractFile(locked));
      assertEquals(ErrorCode.ENCRYPTED, none.code());
      EncryptedDocumentException wrong = assertThrows(EncryptedDocumentException.class,
          () -> n.extractFile(locked, n.options().toBuilder().password("2023").build()));
      assertTrue(wrong.getMessage().contains("wrong"), wrong.getMessage());
    }
  }

  @Test
  void thePasswordIsNeverPrinted() {
    assertFalse(Options.builder().password(PASSWORD).build().toString().contains(PASSWORD));
  }

  @Test
  void commandLinePasswordOption() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int ok = org.nianbao.cli.Main.run(new java.io.PrintWriter(out, true),
        new java.io.PrintWriter(err, true), "extract", "--ocr", "NO_OCR", "--password", PASSWORD,
        "--out", "-", locked.toString());
    assertEquals(0, ok, err.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString().strip());
    JsonNode truth = new ObjectMapper().readTree(TRUTH.toFile());
    assertEquals(truth.path("data").path("applications").path("newReceived"),
        json.path("data").path("applications").path("newReceived"));

    java.io.StringWriter err2 = new java.io.StringWriter();
    int wrong = org.nianbao.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter(), true),
        new java.io.PrintWriter(err2, true), "extract", "--ocr", "NO_OCR", "--password", "nope",
        "--out", "-", locked.toString());
    assertEquals(3, wrong, err2.toString());
    String[] lines = err2.toString().strip().split("\n");
    assertEquals(1, lines.length, err2.toString());
    assertTrue(lines[0].contains("ENCRYPTED") && !lines[0].contains("\tat "), lines[0]);
  }

  /**
   * A folder run extracts in worker processes: the password reaches them (through their
   * environment, not their command line) and the figures are the truth's.
   */
  @Test
  void aFolderRunWithWorkerProcessesOpensItToo() throws Exception {
    Path out = tmp.resolve("out");
    java.io.StringWriter err = new java.io.StringWriter();
    int code = org.nianbao.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter(), true),
        new java.io.PrintWriter(err, true), "extract", "--ocr", "NO_OCR", "--isolation", "PROCESS",
        "--progress", "QUIET", "--password", PASSWORD, "--out", out.toString(), locked.toString());
    assertEquals(0, code, err.toString());
    JsonNode json = new ObjectMapper().readTree(out.resolve("locked.json").toFile());
    JsonNode truth = new ObjectMapper().readTree(TRUTH.toFile());
    assertEquals(truth.path("report").path("organization").asText(),
        json.path("report").path("organization").asText());
    truth.path("data").path("applications").fields().forEachRemaining(item ->
        item.getValue().fields().forEachRemaining(f -> assertEquals(f.getValue().decimalValue(),
            json.path("data").path("applications").path(item.getKey()).path(f.getKey())
                .decimalValue(), item.getKey() + "." + f.getKey())));
  }
}
