package org.nianbao.model;

import java.util.Objects;

/**
 * Something the reader of the output should know.
 *
 * @param code one of {@link WarningCode} by name (checked: an unknown code fails loudly)
 * @param page 1-based page, or null when not tied to one
 * @param path dotted path of the figure or row it concerns ({@code applications.granted.total},
 *     {@code applications.unableNeedsCreation}), or null
 */
public record Warning(String code, Integer page, String path, String message) {
  public Warning {
    WarningCode.valueOf(Objects.requireNonNull(code, "code"));
  }

  /** A warning tied to no figure or row. */
  public Warning(String code, Integer page, String message) {
    this(code, page, null, message);
  }

  public Warning(WarningCode code, Integer page, String path, String message) {
    this(code.name(), page, path, message);
  }

  public WarningCode warningCode() {
    return WarningCode.valueOf(code);
  }
}
