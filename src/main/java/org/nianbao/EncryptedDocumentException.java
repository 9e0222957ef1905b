package org.nianbao;

/** {@link ErrorCode#ENCRYPTED}. */
public class EncryptedDocumentException extends NianbaoException {
  public EncryptedDocumentException(String message) {
    super(ErrorCode.ENCRYPTED, message);
  }

  public EncryptedDocumentException(String message, Throwable cause) {
    super(ErrorCode.ENCRYPTED, message, cause);
  }
}
