package org.nianbao;

/** {@link ErrorCode#CORRUPT_PDF}. */
public class CorruptPdfException extends NianbaoException {
  public CorruptPdfException(String message) {
    super(ErrorCode.CORRUPT_PDF, message);
  }

  public CorruptPdfException(String message, Throwable cause) {
    super(ErrorCode.CORRUPT_PDF, message, cause);
  }
}
