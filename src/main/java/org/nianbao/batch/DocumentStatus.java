package org.nianbao.batch;

/** Outcome of one input, as written in the manifest ({@link #id()}). */
public enum DocumentStatus {
  /** Extracted, no warnings and no failed checks. */
  OK("ok"),
  /** Extracted; the report carries warnings or failed arithmetic checks. */
  WARNINGS("warnings"),
  /**
   * Extracted, but the document is no disclosure report (a policy file downloaded by mistake:
   * warning NOT_A_REPORT); counted apart from the reports, not a failure.
   */
  NOT_A_REPORT("not-a-report"),
  /** Not extracted; the manifest line has an error code. */
  FAILED("failed"),
  /** Done by an earlier run; counted in {@link BatchResult}, never appended to the manifest. */
  SKIPPED("skipped"),
  /** Same bytes as another input; points at that input's output. */
  DUPLICATE("duplicate");

  private final String id;

  DocumentStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** True for outcomes that leave a usable output behind. */
  public boolean succeeded() {
    return this != FAILED;
  }

  public static DocumentStatus fromId(String id) {
    for (DocumentStatus s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown status: " + id);
  }
}
