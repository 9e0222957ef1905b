package org.nianbao.model;

/** What a page mostly holds. */
public enum PageKind {
  NARRATIVE("narrative"),
  TABLE("table"),
  MIXED("mixed"),
  BLANK("blank");

  private final String id;

  PageKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
