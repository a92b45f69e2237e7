package io.planscope.app;

import io.planscope.corpus.DocumentStore;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import io.planscope.ingest.SourceFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A bulk import of files and directories (recursively), counting every outcome: imported, duplicate, failed with the
 * reason. Directories contribute the files whose extension names a {@link SourceFormat}; a file named explicitly is
 * always tried, so an unsupported one is reported rather than silently skipped.
 */
public final class ImportRun {
  /**
   * Files imported at once by a bulk run. More than the cores: while one document waits for its fsyncs, others parse,
   * and the fsyncs of documents stored at the same time share the file system's journal commits (group commit).
   */
  static final int DEFAULT_THREADS = 4;

  /** Files in flight or waiting to be reported, per import thread: enough that a slow file does not idle the rest. */
  static final int WINDOW_PER_THREAD = 4;

  private final Importer importer;
  private final Progress progress;

  private final int threads;
  /** The web address the (one) file was published at, when given by hand; else each file's own path. */
  private String sourceUrl;
  private String published;

  public ImportRun(Importer importer, Progress progress) {
    this(importer, progress, DEFAULT_THREADS);
  }

  /**
   * With {@code threads} files in flight; outcomes are still reported in file order, each once it is stored (durable
   * then, or, in a {@link Workspace#bulkImport}, when that closes).
   */
  public ImportRun(Importer importer, Progress progress, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    this.importer = importer;
    this.progress = progress;
    this.threads = threads;
  }

  /** Hears about each file as it is done. */
  public interface Progress {
    void started(int files);

    void done(int index, Path file, List<ImportOutcome> outcomes);

    void finished(Report report);

    /** One plain line per file (for logs and pipes). */
    static Progress lines(PrintStream out, String label) {
      return new LineProgress(out, label);
    }

    /** A bar redrawn in place (for a terminal). */
    static Progress bar(PrintStream out) {
      return new BarProgress(out);
    }

    /** Nothing. */
    static Progress none() {
      return new Progress() {
        public void started(int files) {}

        public void done(int index, Path file, List<ImportOutcome> outcomes) {}

        public void finished(Report report) {}
      };
    }
  }

  /** The counts and every document's outcome, in the order read. */
  public record Report(int files, List<ImportOutcome> outcomes) {
    public Report {
      outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Status status) {
      return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<ImportOutcome> failures() {
      return outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.FAILED).toList();
    }

    /** Nothing is in the store afterwards that was asked for: every document failed (or there were none). */
    public boolean nothingImported() {
      return count(ImportOutcome.Status.IMPORTED) + count(ImportOutcome.Status.DUPLICATE) == 0;
    }

    public String summary() {
      return count(ImportOutcome.Status.IMPORTED) + " imported, " + count(ImportOutcome.Status.DUPLICATE)
          + " duplicates, " + count(ImportOutcome.Status.FAILED) + " failed ("
          + outcomes.stream().mapToLong(o -> o.planIds().size()).sum() + " plans)";
    }
  }

  /**
   * Records the files as found at this web address (checked with {@link io.planscope.source.SourceUrl#check}):
   * for an import of one saved page, so that citations name the page, not the file.
   */
  public ImportRun sourcedAt(String url) {
    this.sourceUrl = io.planscope.source.SourceUrl.check(url);
    return this;
  }

  /**
   * Records the files as published on this day (checked with {@link io.planscope.source.PublishedOn#check}): their
   * plans take it instead of the date read from the text, now and on every re-parse.
   */
  public ImportRun publishedOn(String date) {
    this.published = io.planscope.source.PublishedOn.check(date);
    return this;
  }

  /** Imports every path; a path that does not exist is a failed outcome naming it. */
  public Report importPaths(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<ImportOutcome> outcomes = new ArrayList<>();
    for (Path p : paths) collect(p, files, outcomes);
    int unreadablePaths = outcomes.size();
    progress.started(files.size());
    new InOrderPool(threads, threads * WINDOW_PER_THREAD).run(files, this::importOne, (i, result) -> {
      List<ImportOutcome> done = result.stream().map(ImportOutcome::withoutPlans).toList();
      outcomes.addAll(done); // without their plans: a run of 100k documents must not hold every plan
      progress.done(i + 1, files.get(i), done);
    });
    Report report = new Report(files.size() + unreadablePaths, outcomes);
    progress.finished(report);
    return report;
  }

  private static void collect(Path p, List<Path> files, List<ImportOutcome> outcomes) {
    if (Files.isRegularFile(p)) {
      files.add(p);
    } else if (Files.isDirectory(p)) {
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).filter(ImportRun::readable).sorted().forEach(files::add);
      } catch (IOException e) {
        outcomes.add(unreadable(p, "cannot list '" + p + "': " + e.getMessage()));
      }
    } else {
      outcomes.add(unreadable(p, "no such file or directory: '" + p + "'"));
    }
  }

  private static boolean readable(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && SourceFormat.forFilename(name).isPresent();
  }

  private List<ImportOutcome> importOne(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return List.of(unreadable(file, "cannot read '" + file + "': " + e.getMessage()));
    }
    SourceDocument doc = new SourceDocument(bytes, file.getFileName().toString(),
        sourceUrl != null ? sourceUrl : file.toAbsolutePath().normalize().toString(), null, Instant.now(), published);
    try {
      return importer.importFile(doc);
    } catch (IngestException e) {
      return List.of(ImportOutcome.failed(DocumentStore.documentId(bytes), doc.filename(), e));
    }
  }

  private static ImportOutcome unreadable(Path p, String reason) {
    return new ImportOutcome(ImportOutcome.Status.FAILED, null, List.of(), List.of(), reason,
        String.valueOf(p.getFileName()), null, List.of());
  }

  private static final class LineProgress implements Progress {
    private final PrintStream out;
    private final String label;
    private int total;

    LineProgress(PrintStream out, String label) {
      this.out = out;
      this.label = label;
    }

    public void started(int files) {
      total = files;
    }

    public void done(int index, Path file, List<ImportOutcome> outcomes) {
      for (ImportOutcome o : outcomes) {
        String detail = switch (o.status()) {
          case IMPORTED -> o.planIds().size() + " plan(s) " + o.documentId();
          case DUPLICATE -> "already stored " + o.documentId();
          case FAILED -> o.reason();
        };
        out.printf("%s [%d/%d] %-9s %s: %s%n", label, index, total, o.status().id(), o.filename(), detail);
      }
      out.flush();
    }

    public void finished(Report report) {}
  }

  private static final class BarProgress implements Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private int total;
    private int imported;
    private int duplicates;
    private int failed;

    BarProgress(PrintStream out) {
      this.out = out;
    }

    public void started(int files) {
      total = files;
    }

    public void done(int index, Path file, List<ImportOutcome> outcomes) {
      for (ImportOutcome o : outcomes) {
        switch (o.status()) {
          case IMPORTED -> imported++;
          case DUPLICATE -> duplicates++;
          case FAILED -> failed++;
        }
      }
      int filled = total == 0 ? WIDTH : index * WIDTH / total;
      out.printf("\r[%s%s] %d/%d  imported %d, duplicates %d, failed %d ", "#".repeat(filled),
          "-".repeat(WIDTH - filled), index, total, imported, duplicates, failed);
      out.flush();
    }

    public void finished(Report report) {
      if (total > 0) out.println();
    }
  }
}
