package org.nianbao.cli;

/** Documented process exit codes (see {@code nianbao --help}). */
final class ExitCodes {
  static final int OK = 0;
  static final int PARTIAL = 1;
  static final int USAGE = 2;
  static final int ALL_FAILED = 3;
  static final int INTERNAL = 4;

  private ExitCodes() {}

  /** The code for a run in which {@code failed} of {@code total} inputs failed. */
  static int forOutcome(int total, int failed) {
    if (failed == 0) {
      return OK;
    }
    return failed < total ? PARTIAL : ALL_FAILED;
  }
}
