package org.nianbao;

/**
 * Stable error codes for bad input and failed runs. They appear in the batch manifest and in
 * CLI messages; never rename one.
 */
public enum ErrorCode {
  NOT_FOUND("input file does not exist"),
  EMPTY_FILE("input file is empty"),
  NOT_PDF("input is not a PDF"),
  ENCRYPTED("PDF is encrypted with a password"),
  CORRUPT_PDF("PDF structure is broken"),
  TOO_MANY_PAGES("document exceeds the page limit"),
  TIMEOUT("document exceeded the time limit"),
  IO_ERROR("input or output error"),
  OCR_UNAVAILABLE("OCR engine is not available"),
  CORRECTIONS_REFUSED("a corrections file does not fit the document (other sha256, unknown figure)"),
  INTERNAL("internal error");

  private final String summary;

  ErrorCode(String summary) {
    this.summary = summary;
  }

  /** A short English description of the code. */
  public String summary() {
    return summary;
  }
}
