package org.nianbao.model;

/** The national report format a table (or report) follows. */
public enum Template {
  /** 国办公开办函〔2021〕30号, reports for 2021 on. */
  GB2021("GB2021"),
  /** 国办公开办函〔2019〕60号, reports for 2019–2020. */
  GB2019("GB2019"),
  UNKNOWN("unknown");

  private final String id;

  Template(String id) {
    this.id = id;
  }

  /** The identifier used in the JSON model. */
  public String id() {
    return id;
  }

  public static Template fromId(String id) {
    for (Template t : values()) {
      if (t.id.equalsIgnoreCase(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown template id: " + id);
  }
}
