package org.nianbao;

/** A document took longer than its time limit. */
public class ExtractionTimeoutException extends NianbaoException {
  public ExtractionTimeoutException(String message) {
    super(ErrorCode.TIMEOUT, message);
  }

  public ExtractionTimeoutException(String message, Throwable cause) {
    super(ErrorCode.TIMEOUT, message, cause);
  }
}
