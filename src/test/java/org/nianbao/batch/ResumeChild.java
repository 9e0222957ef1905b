package org.nianbao.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Child JVM for {@link KillResumeTest}: a batch with a slowish fake extractor. */
public final class ResumeChild {
  private ResumeChild() {}

  /** args: input folder, output folder, delay per document in ms. */
  public static void main(String[] args) throws Exception {
    BatchResult r = new BatchRunner(
        BatchOptions.builder(Path.of(args[1])).jobs(2).timeout(Duration.ofSeconds(30))
            .progress(ProgressMode.LOG).toolVersion(KillResumeTest.VERSION).build(),
        new FakeExtractor(Long.parseLong(args[2]))).run(List.of(Path.of(args[0])));
    System.exit(r.exitCode());
  }
}
