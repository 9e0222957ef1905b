package org.nianbao.batch;

/** What to do with inputs an earlier run already finished. */
public enum RerunPolicy {
  /** Skip inputs recorded done with the same sha256 and tool version whose output still parses. */
  RESUME,
  /** Extract every input again ({@code --force}). */
  FORCE
}
