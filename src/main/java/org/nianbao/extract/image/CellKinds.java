package org.nianbao.extract.image;

/**
 * What the cells of a table's rows and columns have held so far, as the table is read row by
 * row: a header row or a label column that has held only words will hold words in its next cell
 * too, so that cell is read as text first.
 */
final class CellKinds {
  /** Word cells, and no figure, a row or column must have held before words are expected. */
  static final int WORDS_BEFORE_EXPECTED = 2;

  private final int[] rowWords;
  private final int[] rowFigures;
  private final int[] columnWords;
  private final int[] columnFigures;

  CellKinds(int rows, int columns) {
    rowWords = new int[rows];
    rowFigures = new int[rows];
    columnWords = new int[columns];
    columnFigures = new int[columns];
  }

  boolean wordsLikely(int row, int column) {
    return (rowWords[row] >= WORDS_BEFORE_EXPECTED && rowFigures[row] == 0)
        || (columnWords[column] >= WORDS_BEFORE_EXPECTED && columnFigures[column] == 0);
  }

  /** Counts a read cell (at its top-left grid position) as words or a figure; blanks count not. */
  void record(int row, int column, CellReader.Reading reading) {
    if (reading.blank() || reading.text().isBlank()) {
      return;
    }
    if (CellReader.FIGURE.matcher(reading.text()).matches()) {
      rowFigures[row]++;
      columnFigures[column]++;
    } else if (CellReader.hanGlyphs(reading.text()) >= 2) {
      rowWords[row]++;
      columnWords[column]++;
    }
  }
}
