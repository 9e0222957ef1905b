package org.nianbao.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.nianbao.NianbaoException;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.Report;
import org.nianbao.reconcile.ReportKind;

/**
 * The worker side of {@link Isolation#PROCESS}: reads one request per line on standard input,
 * extracts one document at a time, writes its report to the file the request names, and
 * answers one line on standard output.
 *
 * <pre>
 * request: {"input":"/out/.nianbao-input-1.tmp","fileName":"r.pdf","sha256":"…",
 *           "output":"/out/.nianbao-worker-2.tmp"}
 * pages:   MARK{"page":2,"of":5}   (any number, while the document is read)
 * answer:  MARK{"ok":true,"pages":5,"warnings":0,"failedChecks":0,"notAReport":false}
 *          MARK{"ok":false,"kind":"typed|oom|other","code":"CORRUPT_PDF","message":"…"}
 * </pre>
 *
 * Answers start with {@link #MARK} so that anything a native library prints on the same
 * standard output is told apart and ignored. The first answer, {@code {"ready":true}}, comes
 * once the extractor is made. When standard input ends (the runner is done with this worker,
 * or has died) the worker halts at once, even in the middle of a document.
 */
public final class ExtractionWorker {
  /** Starts every protocol line on the worker's standard output. */
  static final String MARK = "\u0001nianbao-worker ";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExtractionWorker() {}

  /**
   * Serves requests until standard input ends; never returns. Call it with the process's own
   * standard input and output; {@link System#out} is pointed at standard error meanwhile so
   * that nothing but answers reaches the runner through Java code.
   */
  public static void serve(DocumentExtractor extractor, InputStream requests,
      OutputStream answers) throws InterruptedException {
    PrintStream out = new PrintStream(answers, true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(requests, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          queue.add(line);
        }
      } catch (IOException ignored) {
        // the runner is gone
      }
      // Done with, or orphaned: stop now, even inside a native call that would not return.
      out.flush();
      Runtime.getRuntime().halt(0);
    }, "nianbao-worker-input");
    reader.setDaemon(true);
    reader.start();
    answer(out, MAPPER.createObjectNode().put("ready", true));
    while (true) {
      String line = queue.take();
      ObjectNode a = handle(extractor, line, (page, of) ->
          answer(out, MAPPER.createObjectNode().put("page", page).put("of", of)));
      if (a.path("kind").asText().equals("oom")) {
        answer(out, a);
        // the heap may be left in any state: the runner starts a fresh worker
        Runtime.getRuntime().halt(0);
      }
      Runtime rt = Runtime.getRuntime();
      if (rt.totalMemory() > rt.maxMemory() / 2) {
        // A scan's page images grew the heap; a full collection gives the pages back (with
        // WorkerLaunch's free ratios) so that an idle or text-only worker stays small.
        System.gc();
      }
      answer(out, a);
    }
  }

  private static void answer(PrintStream out, ObjectNode a) {
    try {
      out.print(MARK + MAPPER.writeValueAsString(a) + "\n");
      out.flush();
    } catch (IOException e) {
      Runtime.getRuntime().halt(0);
    }
  }

  private static ObjectNode handle(DocumentExtractor extractor, String line,
      org.nianbao.Options.PageListener listener) {
    ObjectNode a = MAPPER.createObjectNode();
    try {
      JsonNode req = MAPPER.readTree(line);
      Path input = Path.of(req.get("input").asText());
      String fileName = req.get("fileName").asText();
      String sha = req.get("sha256").asText();
      Path output = Path.of(req.get("output").asText());
      Report report = extractor.extract(input, fileName, sha, listener);
      if (report == null) {
        return a.put("ok", false).put("kind", "other").put("message", "extractor returned no report");
      }
      int pages = DocumentRun.pageCount(report);
      Report named = DocumentRun.renamed(report, fileName, sha, pages);
      try (OutputStream os = Files.newOutputStream(output)) {
        ReportJson.write(named, os);
      }
      return a.put("ok", true).put("pages", pages)
          .put("warnings", named.warnings().size())
          .put("failedChecks", named.failedCheckCount())
          .put("notAReport", named.warnings().stream()
              .anyMatch(w -> ReportKind.NOT_A_REPORT.equals(w.code())));
    } catch (NianbaoException e) {
      return a.put("ok", false).put("kind", "typed").put("code", e.code().name())
          .put("message", e.getMessage());
    } catch (OutOfMemoryError e) {
      return MAPPER.createObjectNode().put("ok", false).put("kind", "oom")
          .put("message", String.valueOf(e.getMessage()));
    } catch (Throwable e) {
      return a.put("ok", false).put("kind", "other").put("message", String.valueOf(e));
    }
  }
}
