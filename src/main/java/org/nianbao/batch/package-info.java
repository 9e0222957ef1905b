/**
 * Batch runs over folders of PDFs: a bounded parallel runner with per-document time and page
 * limits, a crash-safe run manifest that makes runs resumable, and a summary.csv rebuilt from
 * all outputs. No CLI code here: the CLI wires {@link org.nianbao.batch.BatchRunner} into
 * {@code nianbao extract}.
 *
 * <h2>Output folder</h2>
 *
 * <ul>
 *   <li>{@code <name>.json}: one report per extracted input, written atomically. Names come from
 *       {@link org.nianbao.batch.OutputNames}: {@code r.pdf → r.json}; same-named inputs from
 *       different folders get {@code r--<8 hex of sha256(path)>.json}.
 *   <li>{@code _manifest.jsonl}: one line per finished input per run, fsynced per line:
 *       <pre>{"path":"/abs/in/r.pdf","output":"r.json","size":123,"sha256":"…","status":"ok",
 * "errorCode":null,"message":null,"pages":5,"seconds":1.234,"toolVersion":"0.1.0",
 * "timestamp":"2024-01-18T08:00:00Z","duplicateOf":null}</pre>
 *       status is ok, warnings, failed (errorCode = an {@link org.nianbao.ErrorCode} name) or
 *       duplicate; the latest line per path wins; lines that do not parse are ignored.
 *   <li>{@code summary.csv}: UTF-8 with BOM, one row per path in the manifest.
 *   <li>{@code .lock}: held while a run writes here, removed when it ends.
 *   <li>{@code .nianbao-*.tmp}: outputs being written and private copies of inputs being
 *       extracted; a killed run's are removed by the next run. No other file is ever removed.
 * </ul>
 *
 * <h2>Isolation</h2>
 *
 * With {@link org.nianbao.batch.BatchOptions.Builder#processIsolation} documents are extracted
 * in worker processes ({@link org.nianbao.batch.ExtractionWorker}, started as
 * {@link org.nianbao.batch.WorkerLaunch} says): a document over its time limit has its worker
 * killed and replaced, a worker that dies fails its document alone. The runner still copies,
 * hashes and probes each input, and moves the report a worker wrote into place atomically, so
 * the manifest, resume and summary work as on threads ({@link org.nianbao.batch.Isolation}).
 *
 * <h2>Names</h2>
 *
 * Paths are recorded as {@link org.nianbao.batch.InputNames#display}: decoded from the file
 * system's bytes as UTF-8 whatever the JVM's locale, a name part that is not UTF-8 (GBK) with
 * its non-ASCII bytes as {@code \xHH}. Each input is extracted from a private copy hashed while
 * copying, so {@code sha256} is of the bytes extracted.
 *
 * <h2>Resume</h2>
 *
 * An input is skipped when its latest line has status ok/warnings/duplicate, the same sha256
 * and tool version, and the output it names still parses. Skips are counted, not appended, so
 * re-running a finished batch does not grow the manifest. Failed inputs are retried;
 * {@link org.nianbao.batch.RerunPolicy#FORCE} redoes everything.
 *
 * <h2>Duplicates</h2>
 *
 * Identical bytes are extracted once. Within a run the first path in sorted order is extracted
 * and the others get status {@code duplicate}, {@code duplicateOf} = its path, and an output of
 * their own: the first's JSON with their own {@code source.file}. Across runs, an input whose bytes match
 * a reusable earlier output is a duplicate of that earlier input. If the original fails, its
 * duplicates are recorded failed with the same code. Planning reads each input for its size and
 * CRC-32C and takes the SHA-256 only of inputs that share both with another input, or their size
 * with an earlier line: others cannot be anyone's duplicate, and are hashed once, while copied.
 */
package org.nianbao.batch;
