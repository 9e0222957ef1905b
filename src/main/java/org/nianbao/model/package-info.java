/**
 * The canonical report model (see {@code shared/spec/canonical-model.md}, version 1).
 *
 * <p>Plain immutable values: no PDFBox, no Jackson. The {@code emit} package turns a {@link
 * org.nianbao.model.Report} into JSON; every other stage produces or consumes these types.
 */
package org.nianbao.model;
