package org.nianbao;

/** A document could not be extracted. {@link #code()} says why, in a stable form. */
public class NianbaoException extends Exception {
  private final ErrorCode code;

  public NianbaoException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public NianbaoException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
