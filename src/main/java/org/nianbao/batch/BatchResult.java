package org.nianbao.batch;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nianbao.ErrorCode;

/**
 * Counts of one run and the CLI exit code. {@code notReports} counts documents extracted but
 * found to be no disclosure report (status {@code not-a-report}): not failures, exit code 0. {@code failures} counts failed inputs by error code;
 * {@code failedEntries} are their manifest lines, sorted by path.
 * {@code abandonedThreads}: extraction threads given up after a timeout (see {@link
 * AbandonableCalls}); {@code stillRunning} of them had not returned when the run ended.
 */
public record BatchResult(
    int total,
    int ok,
    int warnings,
    int notReports,
    int failed,
    int skipped,
    int duplicates,
    long pages,
    double seconds,
    Map<ErrorCode, Integer> failures,
    List<ManifestEntry> failedEntries,
    int abandonedThreads,
    int stillRunning,
    Path manifest,
    Path summaryCsv) {

  public BatchResult {
    failedEntries = failedEntries.stream()
        .sorted(java.util.Comparator.comparing(ManifestEntry::path)).toList();
    failures = Collections.unmodifiableMap(failures.isEmpty()
        ? new EnumMap<>(ErrorCode.class) : new EnumMap<>(failures));
  }

  /** Inputs that have a usable output after this run (including skipped and duplicates). */
  public int succeeded() {
    return ok + warnings + notReports + skipped + duplicates;
  }

  /**
   * 0 when nothing failed (also for an empty input list: the CLI may treat that as a usage
   * error), 3 when inputs failed and none succeeded, 1 when some failed.
   */
  public int exitCode() {
    if (failed == 0) {
      return 0;
    }
    return succeeded() == 0 ? 3 : 1;
  }

  /** One line for the end of a run. */
  public String describe() {
    return String.format("%d inputs: %d ok, %d with warnings, %d not a report, %d failed, "
        + "%d skipped, %d duplicates; %d pages in %.1fs%s", total, ok, warnings, notReports,
        failed, skipped, duplicates, pages, seconds, failures.isEmpty() ? "" : " " + failures);
  }
}
