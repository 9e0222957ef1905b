package org.nianbao.model;

/** How a value was obtained. */
public enum ValueSource {
  TEXT_LAYER("text-layer"),
  OCR("ocr"),
  /** The cell was printed empty: a blank means zero in these forms. */
  BLANK_AS_ZERO("blank-as-zero"),
  /** Computed from other cells, e.g. (六) 其他处理 from its three sub-rows. */
  DERIVED("derived"),
  /** An OCR reading replaced because the checks left exactly one consistent value. */
  CORRECTED("corrected"),
  /** Set by a person who read the page (a corrections file); raw keeps the extracted value. */
  REVIEWED("reviewed");

  private final String id;

  ValueSource(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
