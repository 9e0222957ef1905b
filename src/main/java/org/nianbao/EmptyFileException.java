package org.nianbao;

/** {@link ErrorCode#EMPTY_FILE}. */
public class EmptyFileException extends NianbaoException {
  public EmptyFileException(String message) {
    super(ErrorCode.EMPTY_FILE, message);
  }

  public EmptyFileException(String message, Throwable cause) {
    super(ErrorCode.EMPTY_FILE, message, cause);
  }
}
