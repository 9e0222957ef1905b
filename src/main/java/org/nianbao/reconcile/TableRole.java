package org.nianbao.reconcile;

/** Which template table a {@link org.nianbao.model.Table} is. */
public enum TableRole {
  /** 二、主动公开政府信息情况 */
  ACTIVE_DISCLOSURE("activeDisclosure"),
  /** 三、收到和处理政府信息公开申请情况 */
  APPLICATIONS("applications"),
  /** 四、政府信息公开行政复议、行政诉讼情况 */
  REVIEWS_AND_LAWSUITS("reviewsAndLawsuits");

  private final String id;

  TableRole(String id) {
    this.id = id;
  }

  /** The role as written in the JSON model: the name of its {@code data} group. */
  public String id() {
    return id;
  }
}
