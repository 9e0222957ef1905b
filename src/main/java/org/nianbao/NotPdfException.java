package org.nianbao;

/** {@link ErrorCode#NOT_PDF}. */
public class NotPdfException extends NianbaoException {
  public NotPdfException(String message) {
    super(ErrorCode.NOT_PDF, message);
  }

  public NotPdfException(String message, Throwable cause) {
    super(ErrorCode.NOT_PDF, message, cause);
  }
}
