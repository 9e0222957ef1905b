package org.nianbao.extract.text;

import org.nianbao.model.BBox;

/** A cell rectangle placed on the grid: top-left slot and spans. */
record GridCell(int row, int column, int rowSpan, int columnSpan, BBox bbox) {}
