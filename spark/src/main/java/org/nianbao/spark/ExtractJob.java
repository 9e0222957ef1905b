package org.nianbao.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.nianbao.batch.DocumentStatus;
import scala.Tuple2;

/**
 * The extraction as a Spark job, with the local batch runner's semantics:
 *
 * <ol>
 *   <li>list and hash every input ({@code binaryFiles}; PDFs and image scans as a local run picks
 *       them, folders recursively);
 *   <li>plan: inputs whose latest manifest row has the same sha256, this tool version and a
 *       usable outcome are skipped (an anti-join with the existing Parquet manifest); identical
 *       bytes are extracted once, the first path in order, the others recorded as
 *       {@code duplicate} of it (or of an earlier run's document with those bytes);
 *   <li>extract on the executors, one row per document whatever happens to it;
 *   <li>append the JSON lines to {@code OUT/reports/} and the manifest rows to the Parquet table
 *       {@code OUT/manifest/}, partitioned by report year. As in {@code _manifest.jsonl}, the
 *       latest row of a path (by timestamp) is its state.
 * </ol>
 */
public final class ExtractJob {

  /** Statuses whose document a resubmission does not redo (the local batch's "reusable"). */
  static final List<String> DONE = List.of(DocumentStatus.OK.id(), DocumentStatus.WARNINGS.id(),
      DocumentStatus.NOT_A_REPORT.id(), DocumentStatus.DUPLICATE.id());

  private ExtractJob() {}

  /** Outcome counts of one run, by status id, plus the skipped. */
  public record Summary(Map<String, Long> byStatus, long skipped, long documents) {
    public long count(DocumentStatus s) {
      return byStatus.getOrDefault(s.id(), 0L);
    }

    @Override
    public String toString() {
      return documents + " inputs: " + byStatus + ", skipped " + skipped;
    }
  }

  public static Summary run(SparkSession spark, JobSettings settings, String version)
      throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String inputs = inputPaths(jsc, settings);
    // folders given as inputs contribute the PDFs below them, as in a local run
    jsc.hadoopConfiguration().setBoolean(
        "mapreduce.input.fileinputformat.input.dir.recursive", true);
    // more partitions than cores: a small run gets about one document a task; a large one is
    // bounded by spark.files.maxPartitionBytes per task (the job's default: 8 MB)
    int minPartitions = settings.partitions() > 0 ? settings.partitions()
        : jsc.defaultParallelism() * 4;
    JavaPairRDD<String, PortableDataStream> files = jsc
        .binaryFiles(inputs, minPartitions)
        .filter(t -> isInput(t._1()));

    Dataset<Row> hashed = spark
        .createDataFrame(files.map(t -> DocumentTask.hash(t._1(), t._2())), Columns.HASHED)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long documents = hashed.count();

    // ---- plan ----
    Dataset<Row> todo = hashed;
    Dataset<Row> anchors = null;
    Dataset<Row> previous = settings.force() ? null : previousManifest(spark, settings);
    if (previous != null) {
      WindowSpec byPath = Window.partitionBy("path").orderBy(col("timestamp").desc());
      Dataset<Row> done = previous
          .withColumn("rank", row_number().over(byPath))
          .filter(col("rank").equalTo(1)
              .and(col("version").equalTo(version))
              .and(col("status").isin(DONE.toArray()))
              .and(col("sha256").isNotNull()));
      Dataset<Row> d = done.select(col("path").as("donePath"), col("sha256").as("doneSha"));
      todo = hashed.join(d, hashed.col("path").equalTo(d.col("donePath"))
          .and(hashed.col("sha256").equalTo(d.col("doneSha"))), "left_anti");
      // earlier documents with the same bytes, to record a new path as their duplicate
      anchors = done.filter(col("status").notEqual(DocumentStatus.DUPLICATE.id()))
          .groupBy("sha256")
          .agg(org.apache.spark.sql.functions.min(struct("path", "pages", "year")).as("a"))
          .select(col("sha256").as("anchorSha"), col("a.path").as("anchorPath"), col("a.pages").as("anchorPages"),
              col("a.year").as("anchorYear"));
    }
    long skipped = documents - todo.count();

    WindowSpec bySha = Window.partitionBy("sha256").orderBy("path");
    Dataset<Row> ranked = todo.filter(col("sha256").isNotNull())
        .withColumn("rank", row_number().over(bySha))
        .withColumn("firstPath", first("path").over(bySha));
    if (anchors != null) {
      ranked = ranked.join(anchors, ranked.col("sha256").equalTo(anchors.col("anchorSha")),
          "left").drop("anchorSha");
    } else {
      ranked = ranked.withColumn("anchorPath", lit(null).cast("string"))
          .withColumn("anchorPages", lit(null).cast("int"))
          .withColumn("anchorYear", lit(null).cast("int"));
    }
    ranked = ranked.persist(StorageLevel.MEMORY_AND_DISK());

    // ---- extract ----
    // In place, in binaryFiles' own partitions: a PortableDataStream carries its split and the
    // Hadoop configuration, far too heavy to shuffle per document; the paths to extract go to
    // the executors as a broadcast set instead.
    List<String> primaryPaths = ranked
        .filter(col("anchorPath").isNull().and(col("rank").equalTo(1)))
        .select("path").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    Broadcast<Set<String>> toExtract = jsc.broadcast(new HashSet<>(primaryPaths));
    JavaRDD<Row> extracted = files
        .filter(t -> toExtract.value().contains(t._1()))
        .map(t -> DocumentTask.extract(t._1(), t._2(), settings, version))
        .persist(StorageLevel.MEMORY_AND_DISK());
    extracted.count(); // once: both outputs below read the persisted rows

    // ---- the rows that need no extraction ----
    JavaRDD<Row> readFailures = todo.filter(col("sha256").isNull()).javaRDD()
        .map(r -> DocumentTask.failed(r.getString(0), r.getLong(1), null,
            org.nianbao.ErrorCode.valueOf(r.getString(3)), r.getString(4), null, 0, version));
    JavaRDD<Row> ofEarlier = ranked.filter(col("anchorPath").isNotNull())
        .select("path", "size", "sha256", "anchorPath", "anchorPages", "anchorYear").javaRDD()
        .map(r -> DocumentTask.duplicate(r.getString(0), r.getLong(1), r.getString(2),
            r.getString(3), (Integer) r.get(4), (Integer) r.get(5), version));
    JavaPairRDD<String, Row> sameRun = ranked
        .filter(col("anchorPath").isNull().and(col("rank").gt(1)))
        .select("firstPath", "path", "size", "sha256").javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), r));
    JavaRDD<Row> ofThisRun = sameRun
        .join(extracted.mapToPair(r -> new Tuple2<>(r.getString(Columns.PATH),
            DocumentTask.withoutJson(r))))
        .values()
        .map(t -> {
          Row dup = t._1();
          Row original = t._2();
          return DocumentStatus.FAILED.id().equals(original.getString(Columns.STATUS))
              ? DocumentTask.failedLike(dup.getString(1), dup.getLong(2), dup.getString(3),
                  original, version)
              : DocumentTask.duplicate(dup.getString(1), dup.getLong(2), dup.getString(3),
                  original.getString(Columns.PATH), (Integer) original.get(Columns.PAGES),
                  (Integer) original.get(Columns.YEAR), version);
        });

    // ---- write ----
    SaveMode mode = settings.force() ? SaveMode.Overwrite : SaveMode.Append;
    Dataset<Row> results = spark.createDataFrame(extracted, Columns.RESULT);
    results.filter(col("json").isNotNull()).select("json")
        .write().mode(mode).option("compression", "gzip").text(settings.reportsDir());
    Dataset<Row> rows = results
        .union(spark.createDataFrame(readFailures.union(ofEarlier).union(ofThisRun),
            Columns.RESULT))
        .drop("json")
        .persist(StorageLevel.MEMORY_AND_DISK());
    rows.write().mode(mode).partitionBy("year").parquet(settings.manifestDir());

    Map<String, Long> byStatus = new TreeMap<>();
    for (Row r : rows.groupBy("status").count().collectAsList()) {
      byStatus.put(r.getString(0), r.getLong(1));
    }
    rows.unpersist();
    extracted.unpersist();
    ranked.unpersist();
    hashed.unpersist();
    return new Summary(byStatus, skipped, documents);
  }

  /** What a local folder run picks up: *.pdf and scans delivered as images, any case. */
  static boolean isInput(String path) {
    String name = DocumentTask.fileName(path);
    return name.toLowerCase(Locale.ROOT).endsWith(".pdf")
        || org.nianbao.load.ImageInputs.hasImageName(java.nio.file.Path.of(name));
  }

  /** The inputs as one comma-separated Hadoop path list; list files read through Hadoop. */
  static String inputPaths(JavaSparkContext jsc, JobSettings settings) {
    List<String> all = new ArrayList<>(settings.inputs());
    for (String list : settings.listFiles()) {
      for (String line : jsc.textFile(list, 1).collect()) {
        String p = line.strip();
        if (!p.isEmpty() && !p.startsWith("#")) {
          all.add(literal(p));
        }
      }
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no input given");
    }
    for (String p : all) {
      if (p.contains(",")) {
        throw new IllegalArgumentException("a comma in an input path is not supported: " + p);
      }
    }
    return String.join(",", all);
  }

  /** A listed path taken literally: glob characters escaped for Hadoop's pattern matching. */
  static String literal(String path) {
    StringBuilder b = new StringBuilder();
    for (char c : path.toCharArray()) {
      if ("\\[]{}*?".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  private static Dataset<Row> previousManifest(SparkSession spark, JobSettings settings)
      throws IOException {
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(settings.manifestDir());
    FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(dir)) {
      return null;
    }
    return spark.read().schema(Columns.MANIFEST).parquet(settings.manifestDir());
  }
}
