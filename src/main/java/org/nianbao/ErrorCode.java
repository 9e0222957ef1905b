package org.nianbao;

/** Why a document could not be processed. */
public enum ErrorCode {
  NOT_FOUND,
  EMPTY_FILE,
  NOT_PDF,
  ENCRYPTED,
  CORRUPT_PDF,
  TOO_MANY_PAGES,
  TIMEOUT,
  IO_ERROR,
  OCR_UNAVAILABLE,
  INTERNAL
}
