package org.nianbao.reconcile;

import java.util.List;
import org.nianbao.model.Table;

/** Finds the template tables among a report's tables and reads them into the canonical data. */
public interface Reconciler {
  Reconciliation reconcile(List<Table> tables);

  /**
   * The same, with the OCR stage's alternative readings of image cells, used to recover figures
   * the checks prove misread. A reconciler that cannot use them reads as if none were offered.
   */
  default Reconciliation reconcile(List<Table> tables, CellAlternatives alternatives) {
    return reconcile(tables);
  }
}
