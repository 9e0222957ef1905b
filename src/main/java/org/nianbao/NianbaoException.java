package org.nianbao;

/** A failure with a stable {@link ErrorCode}. Minimal version; reconciled with the pipeline's. */
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
