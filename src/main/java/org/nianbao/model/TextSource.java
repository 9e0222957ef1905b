package org.nianbao.model;

/** Where a page's text came from. */
public enum TextSource {
  TEXT_LAYER("text-layer"),
  OCR("ocr");

  private final String id;

  TextSource(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
