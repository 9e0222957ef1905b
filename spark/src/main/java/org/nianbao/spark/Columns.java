package org.nianbao.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The row layouts of the job: hashed inputs, and manifest rows (the Parquet table). */
public final class Columns {
  private Columns() {}

  /**
   * The key figures of {@code summary.csv}, the same list the local batch writes; the Parquet
   * column is the path without its group, dots as underscores ({@code newReceived_total}). The
   * test checks them against summary.csv's header.
   */
  public static final List<String> FIGURES = org.nianbao.batch.SummaryCsv.FIGURES;

  public static String column(String figure) {
    return figure.substring(figure.indexOf('.') + 1).replace('.', '_');
  }

  /** One input after the hashing pass; sha256 null when it could not be read. */
  public static final StructType HASHED = new StructType(new StructField[] {
      field("path", DataTypes.StringType, false),
      field("size", DataTypes.LongType, false),
      field("sha256", DataTypes.StringType, true),
      field("errorCode", DataTypes.StringType, true),
      field("message", DataTypes.StringType, true)});

  // Positions in a RESULT row.
  static final int PATH = 0;
  static final int SIZE = 1;
  static final int SHA256 = 2;
  static final int STATUS = 3;
  static final int ERROR_CODE = 4;
  static final int MESSAGE = 5;
  static final int PAGES = 6;
  static final int SECONDS = 7;
  static final int VERSION = 8;
  static final int TIMESTAMP = 9;
  static final int DUPLICATE_OF = 10;
  static final int ORGANIZATION = 11;
  static final int TEMPLATE = 12;
  static final int CHECKS_FAILED = 13;
  static final int WARNINGS = 14;
  static final int FIRST_FIGURE = 15;
  static final int YEAR = FIRST_FIGURE + FIGURES.size();
  static final int JSON = YEAR + 1;
  static final int WIDTH = JSON + 1;

  /**
   * One document's outcome: the manifest fields of {@code _manifest.jsonl} (version is its
   * toolVersion), summary.csv's report fields and key figures, the report year (the Parquet
   * partition; null when failed) and, only in memory, the JSON line.
   */
  public static final StructType RESULT;

  /** RESULT without the JSON line: the Parquet manifest. */
  public static final StructType MANIFEST;

  static {
    List<StructField> f = new ArrayList<>(List.of(
        field("path", DataTypes.StringType, false),
        field("size", DataTypes.LongType, false),
        field("sha256", DataTypes.StringType, true),
        field("status", DataTypes.StringType, false),
        field("errorCode", DataTypes.StringType, true),
        field("message", DataTypes.StringType, true),
        field("pages", DataTypes.IntegerType, true),
        field("seconds", DataTypes.DoubleType, false),
        field("version", DataTypes.StringType, false),
        field("timestamp", DataTypes.TimestampType, false),
        field("duplicateOf", DataTypes.StringType, true),
        field("organization", DataTypes.StringType, true),
        field("template", DataTypes.StringType, true),
        field("checksFailed", DataTypes.IntegerType, true),
        field("warnings", DataTypes.IntegerType, true)));
    for (String fig : FIGURES) {
      f.add(field(column(fig), DataTypes.LongType, true));
    }
    f.add(field("year", DataTypes.IntegerType, true));
    MANIFEST = new StructType(f.toArray(StructField[]::new));
    f.add(field("json", DataTypes.StringType, true));
    RESULT = new StructType(f.toArray(StructField[]::new));
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
