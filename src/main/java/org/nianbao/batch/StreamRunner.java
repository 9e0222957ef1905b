package org.nianbao.batch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.nianbao.NianbaoException;
import org.nianbao.emit.ReportJson;

/** stub */
public final class StreamRunner {
  private final DocumentExtractor extractor;

  public StreamRunner(DocumentExtractor extractor, Duration timeout, int maxPages) {
    this.extractor = extractor;
  }

  public int run(List<Path> files, PrintWriter out, PrintWriter err) throws Exception {
    int failed = 0;
    for (Path f : files) {
      try {
        out.println(ReportJson.toLine(extractor.extract(f)));
      } catch (NianbaoException e) {
        failed++;
        err.println("nianbao: " + f + ": " + e.code() + ": " + e.getMessage());
      }
    }
    return failed;
  }
}
