package org.nianbao.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ErrorCode;
import org.nianbao.batch.BatchOptions;
import org.nianbao.batch.BatchRunner;
import org.nianbao.batch.Manifest;
import org.nianbao.batch.ManifestEntry;
import org.nianbao.batch.ProgressMode;
import org.nianbao.batch.TestPdfs;
import org.nianbao.batch.WorkerLaunch;

/**
 * Real workers ({@code nianbao worker}) on reports with truth and a form fan-out that slips
 * under the page limits and runs for many minutes: the hostile document is stopped at its time limit
 * by killing its worker (none is left running after the batch), and the reports come out right.
 */
class ProcessIsolationTruthTest {
  @TempDir Path tmp;

  @Test
  void stuckDocumentIsKilledAndTheOthersAreRight() throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    List<TruthDocument> docs = TruthDocument.load("born-digital").subList(0, 3);
    for (TruthDocument d : docs) {
      TestPdfs.write(in.resolve(d.pdf().getFileName()), Files.readAllBytes(d.pdf()));
    }
    // 200 pages of 6.5 million paths each: minutes on any machine
    TestPdfs.write(in.resolve("bomb-forms.pdf"), TestPdfs.formFanOutBomb(200, 16, 2, 200));
    long before = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();

    new BatchRunner(BatchOptions.builder(out).jobs(2)
        // generous: a fresh worker's first report must fit even on a loaded machine
        .timeout(Duration.ofSeconds(60))
        .progress(ProgressMode.QUIET).progressOut(new PrintStream(new ByteArrayOutputStream()))
        .toolVersion("process-truth")
        .processIsolation(WorkerLaunch.java("org.nianbao.cli.Main", List.of("worker"),
            WorkerLaunch.DEFAULT_HEAP_BYTES, WorkerLaunch.DEFAULT_NATIVE_ALLOWANCE_BYTES))
        .build(), null).run(List.of(in));

    assertEquals(before,
        ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count(),
        "no worker left running: the killed one frees its core");
    Map<String, ManifestEntry> latest = Manifest.readLatest(out);
    ManifestEntry bomb = latest.get(in.resolve("bomb-forms.pdf").toString());
    assertEquals(ErrorCode.TIMEOUT, bomb.errorCode(), bomb.message());
    assertTrue(bomb.message().contains("worker process stopped"), bomb.message());
    for (TruthDocument d : docs) {
      ManifestEntry e = latest.get(in.resolve(d.pdf().getFileName()).toString());
      assertTrue(e.status().succeeded(), d + ": " + e.errorCode() + " " + e.message());
      JsonNode actual = new ObjectMapper().readTree(out.resolve(e.output()).toFile());
      FigureComparison c = FigureComparison.compare(d.truth(), actual);
      assertEquals(List.of(), c.fieldMismatches, d + " report fields");
      assertEquals(List.of(), c.mismatches, d + " figures");
      assertEquals(c.expectedFailedChecks, c.actualFailedChecks, d + " failed checks");
    }
  }
}
