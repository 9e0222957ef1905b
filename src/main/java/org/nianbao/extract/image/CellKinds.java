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
  /** Columns headed as changes (本年增/减), whose figures may carry a minus sign. */
  private final boolean[] signed;

  CellKinds(int rows, int columns) {
    rowWords = new int[rows];
    rowFigures = new int[rows];
    columnWords = new int[columns];
    columnFigures = new int[columns];
    signed = new boolean[columns];
  }

  /** Whether the column's header (a word cell above) says it holds increases and decreases. */
  boolean signed(int column) {
    return signed[column];
  }

  /** A change column's header: 增/减, 增减, 增（减）, 变化 (OCR may drop the slash). */
  private static final java.util.regex.Pattern CHANGE_HEADER =
      java.util.regex.Pattern.compile("增.?[减戚咸诚]|增\\s*[/／]|增减|变化|[+＋]/?[-－]");

  /** A figure read with its minus sign. */
  private static final java.util.regex.Pattern NEGATIVE =
      java.util.regex.Pattern.compile("[-－][0-9][0-9,]*(\\.[0-9]+)?");

  boolean wordsLikely(int row, int column) {
    return (rowWords[row] >= WORDS_BEFORE_EXPECTED && rowFigures[row] == 0)
        || (columnWords[column] >= WORDS_BEFORE_EXPECTED && columnFigures[column] == 0);
  }

  /** Counts a read cell (at its top-left grid position) as words or a figure; blanks count not. */
  void record(int row, int column, CellReader.Reading reading) {
    record(row, column, 1, reading);
  }

  /** As {@link #record(int, int, CellReader.Reading)}, for a cell spanning columns. */
  void record(int row, int column, int columnSpan, CellReader.Reading reading) {
    if (reading.blank() || reading.text().isBlank()) {
      return;
    }
    if (CellReader.hanGlyphs(reading.text()) >= 2) {
      // a header sets what its column holds down to the next header (GB2019's table 二 heads
      // its column 3 anew in each section: 本年新公开数量, 本年增/减, 采购总金额)
      boolean change = CHANGE_HEADER.matcher(reading.text()).find();
      for (int c = column; c < Math.min(signed.length, column + columnSpan); c++) {
        signed[c] = change;
      }
    }
    if (NEGATIVE.matcher(reading.text()).matches()) {
      // a column that printed a negative figure holds changes, whatever its header was read as
      for (int c = column; c < Math.min(signed.length, column + columnSpan); c++) {
        signed[c] = true;
      }
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
