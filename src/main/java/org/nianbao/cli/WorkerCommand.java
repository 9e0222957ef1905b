package org.nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.Nianbao;
import org.nianbao.NianbaoException;
import org.nianbao.Options;
import org.nianbao.batch.DocumentExtractor;
import org.nianbao.batch.ExtractionWorker;
import org.nianbao.model.Report;
import org.nianbao.review.CorrectionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nianbao worker}: an extraction worker of {@code extract --isolation process}, started by
 * the batch runner with the extraction options of its run; serves
 * {@link ExtractionWorker}'s protocol on standard input and output. Not for users.
 */
@Command(name = "worker", hidden = true)
final class WorkerCommand implements Callable<Integer> {

  @Option(names = "--ocr") Options.OcrStrategy ocr = Options.OcrStrategy.AUTO;
  @Option(names = "--tables") Options.TableMethod tables = Options.TableMethod.AUTO;
  @Option(names = "--max-pages") int maxPages;
  @Option(names = "--timeout") long timeoutSeconds;
  @Option(names = "--ocr-lang") String ocrLanguage = "chi_sim";
  @Option(names = "--ocr-dpi") int ocrDpi = 300;
  @Option(names = "--tessdata") Path tessdata;
  @Option(names = "--corrections") Path corrections;
  @Option(names = "--templates") Path templates;

  /**
   * The default of {@code extract --password}; the runner hands the password to its workers in
   * it, never on their command lines, where other users could read it.
   */
  static final String PASSWORD_ENV = "NIANBAO_PASSWORD";

  /** The worker arguments that give a worker the extraction options of {@code extract}. */
  static List<String> arguments(Options.OcrStrategy ocr, Options.TableMethod tables,
      int maxPages, long timeoutSeconds, String ocrLanguage, int ocrDpi, Path tessdata,
      Path corrections, Path templates) {
    List<String> a = new ArrayList<>(List.of("worker", "--ocr", ocr.name(), "--tables",
        tables.name(), "--max-pages", Integer.toString(maxPages), "--timeout",
        Long.toString(timeoutSeconds), "--ocr-lang", ocrLanguage, "--ocr-dpi",
        Integer.toString(ocrDpi)));
    if (tessdata != null) {
      a.addAll(List.of("--tessdata", tessdata.toAbsolutePath().toString()));
    }
    if (corrections != null) {
      a.addAll(List.of("--corrections", corrections.toAbsolutePath().toString()));
    }
    if (templates != null) {
      a.addAll(List.of("--templates", templates.toAbsolutePath().toString()));
    }
    return a;
  }

  /**
   * A worker's entry point, as {@link ExtractCommand} starts it: the arguments are the fixed list
   * {@link #arguments} makes, read by {@link #parse} instead of picocli, whose setup (the model
   * of every command's options, made by reflection) was a tenth of a second of CPU of each
   * worker's start, before its first document. {@code nianbao worker} does the same.
   */
  public static void main(String[] args) {
    Main.configureLogging(args);
    int code;
    try {
      code = parse(List.of(args)).call();
    } catch (IllegalArgumentException e) {
      System.err.println("nianbao worker: " + e.getMessage());
      code = ExitCodes.USAGE;
    } catch (Exception e) {
      System.err.println("nianbao: internal error: " + e);
      code = ExitCodes.INTERNAL;
    }
    System.exit(code);
  }

  /** A worker of {@link #arguments}' list (its leading {@code worker} included). */
  static WorkerCommand parse(List<String> args) {
    WorkerCommand w = new WorkerCommand();
    int i = !args.isEmpty() && args.get(0).equals("worker") ? 1 : 0;
    for (; i < args.size(); i += 2) {
      String name = args.get(i);
      if (i + 1 == args.size()) {
        throw new IllegalArgumentException("no value for " + name);
      }
      String v = args.get(i + 1);
      switch (name) {
        case "--ocr" -> w.ocr = Options.OcrStrategy.valueOf(v);
        case "--tables" -> w.tables = Options.TableMethod.valueOf(v);
        case "--max-pages" -> w.maxPages = Integer.parseInt(v);
        case "--timeout" -> w.timeoutSeconds = Long.parseLong(v);
        case "--ocr-lang" -> w.ocrLanguage = v;
        case "--ocr-dpi" -> w.ocrDpi = Integer.parseInt(v);
        case "--tessdata" -> w.tessdata = Path.of(v);
        case "--corrections" -> w.corrections = Path.of(v);
        case "--templates" -> w.templates = Path.of(v);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return w;
  }

  @Override
  public Integer call() throws InterruptedException, IOException {
    Options options = Options.builder().ocrStrategy(ocr).tableMethod(tables)
        .ocrLanguage(ocrLanguage).ocrDpi(ocrDpi).tessdata(tessdata).maxPages(maxPages)
        .timeout(Duration.ofSeconds(timeoutSeconds)).templates(templates)
        .password(System.getenv(PASSWORD_ENV))
        .build();
    Nianbao nianbao = Nianbao.create(options);
    DocumentExtractor extractor = new DocumentExtractor() {
      @Override
      public Report extract(Path pdf) throws NianbaoException {
        return nianbao.extractFile(pdf);
      }

      /** The runner hashed the copy as it made it: hashing it again here was wasted. */
      @Override
      public Report extract(Path pdf, String fileName, String sha256,
          Options.PageListener pages) throws NianbaoException {
        return nianbao.extractFile(pdf, options.toBuilder().sourceSha256(sha256).build())
            .withSourceFile(fileName);
      }
    };
    if (corrections != null) {
      try {
        extractor = CorrectionSet.load(corrections).wrap(extractor);
      } catch (NianbaoException e) {
        System.err.println("nianbao worker: " + corrections + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    ExtractionWorker.serve(extractor, new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out));
    return ExitCodes.OK;
  }
}
