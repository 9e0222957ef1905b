package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.Options;
import picocli.CommandLine;

/** Every extraction option of {@code extract} reaches its worker processes. */
class WorkerArgumentsTest {

  @Test
  void aWorkerParsesTheOptionsItIsGiven() {
    Path templates = Path.of("local-templates").toAbsolutePath();
    List<String> args = WorkerCommand.arguments(Options.OcrStrategy.NO_OCR,
        Options.TableMethod.STREAM, 7, 30, "chi_sim", 200, null, null, templates);
    WorkerCommand viaMain = new WorkerCommand();
    new CommandLine(viaMain).parseArgs(args.subList(1, args.size()).toArray(String[]::new));
    // nianbao worker (picocli) and the worker's own entry point read the same
    for (WorkerCommand w : List.of(viaMain, WorkerCommand.parse(args))) {
      assertEquals(Options.OcrStrategy.NO_OCR, w.ocr);
      assertEquals(Options.TableMethod.STREAM, w.tables);
      assertEquals(7, w.maxPages);
      assertEquals(30, w.timeoutSeconds);
      assertEquals("chi_sim", w.ocrLanguage);
      assertEquals(200, w.ocrDpi);
      assertNull(w.tessdata);
      assertNull(w.corrections);
      assertEquals(templates, w.templates);
    }
    // a password travels in the environment only
    assertFalse(String.join(" ", args).contains("--password"));
  }

  @Test
  void theWorkersEntryPointRefusesWhatItDoesNotKnow() {
    assertThrows(IllegalArgumentException.class,
        () -> WorkerCommand.parse(List.of("worker", "--password", "x")));
    assertThrows(IllegalArgumentException.class,
        () -> WorkerCommand.parse(List.of("worker", "--ocr")));
  }
}
