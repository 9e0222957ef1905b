package org.nianbao.reconcile;

/** Which template table a {@link org.nianbao.model.Table} is. */
public enum TableRole {
  /** 二、主动公开政府信息情况 */
  ACTIVE_DISCLOSURE,
  /** 三、收到和处理政府信息公开申请情况 */
  APPLICATIONS,
  /** 四、政府信息公开行政复议、行政诉讼情况 */
  REVIEWS_AND_LAWSUITS
}
