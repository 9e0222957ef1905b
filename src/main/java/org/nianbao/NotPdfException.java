package org.nianbao;

/** The input is not a PDF (for example an HTML error page saved as .pdf). */
public class NotPdfException extends NianbaoException {
  public NotPdfException(String message) {
    super(ErrorCode.NOT_PDF, message);
  }

  public NotPdfException(String message, Throwable cause) {
    super(ErrorCode.NOT_PDF, message, cause);
  }
}
