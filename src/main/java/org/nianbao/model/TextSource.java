package org.nianbao.model;

/** Where a page's text came from. */
public enum TextSource {
  TEXT_LAYER("text-layer"),
  OCR("ocr"),
  /** Text layer, and OCR inside pictures drawn on the page (a table pasted as a screenshot). */
  TEXT_LAYER_AND_OCR("text-layer+ocr");

  private final String id;

  TextSource(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
