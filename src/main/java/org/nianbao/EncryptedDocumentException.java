package org.nianbao;

/** A PDF that needs a password to open. */
public class EncryptedDocumentException extends NianbaoException {
  public EncryptedDocumentException(String message) {
    super(ErrorCode.ENCRYPTED, message);
  }

  public EncryptedDocumentException(String message, Throwable cause) {
    super(ErrorCode.ENCRYPTED, message, cause);
  }
}
