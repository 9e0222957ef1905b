package org.nianbao.reconcile;

import java.util.List;
import org.nianbao.model.Table;

/** Finds the template tables among a report's tables and reads them into the canonical data. */
public interface Reconciler {
  Reconciliation reconcile(List<Table> tables);
}
