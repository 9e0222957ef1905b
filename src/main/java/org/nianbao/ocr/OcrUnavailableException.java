package org.nianbao.ocr;

/** Tesseract, its language data or its native library is missing; the message says which. */
public final class OcrUnavailableException extends Exception {
  public OcrUnavailableException(String message) {
    super(message);
  }

  public OcrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
