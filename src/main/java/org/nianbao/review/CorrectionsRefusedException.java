package org.nianbao.review;

import org.nianbao.ErrorCode;
import org.nianbao.NianbaoException;

/**
 * A corrections file that does not fit the document it is applied to: written for another file
 * (sha256), naming a figure the report does not have, or unreadable. Nothing of it is applied.
 */
public final class CorrectionsRefusedException extends NianbaoException {

  /** Why the file was refused. */
  public enum Reason {
    /** The file was written for a document with another sha256. */
    OTHER_DOCUMENT,
    /** A correction names a path that is not a figure of this report. */
    UNKNOWN_FIGURE,
    /** The file is not a corrections file, or a value is not a number. */
    MALFORMED
  }

  private final Reason reason;

  public CorrectionsRefusedException(Reason reason, String message) {
    super(ErrorCode.CORRECTIONS_REFUSED, message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
