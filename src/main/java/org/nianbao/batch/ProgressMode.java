package org.nianbao.batch;

/** How a batch run reports progress on stderr. */
public enum ProgressMode {
  /** BAR when stderr is a terminal ({@code System.console() != null}), LOG otherwise. */
  AUTO,
  /**
   * A progress bar ({@code me.tongfei:progressbar}) moved by every page read and redrawn on a
   * timer; failures are printed above it.
   */
  BAR,
  /** One plain line per finished document, for logs and CI. */
  LOG,
  /** Nothing but the final summary line is left to the caller. */
  QUIET
}
