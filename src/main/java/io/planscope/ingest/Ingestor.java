package io.planscope.ingest;

import io.planscope.ingest.meta.MetadataExtractor;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The ingestion pipeline: bytes in, plans out. Thread-safe; never stores anything.
 *
 * <p>The stages, in order: read (the {@link SourceFormat}'s reader: charset, jsoup cleaning and main content, docx, pdf) →
 * repair line breaks ({@link LineRepair}) → remove boilerplate lines ({@link Boilerplate}) → split the page into
 * plans ({@link PlanSplitter}) → for each plan the outline ({@link OutlineParser}), its sections and measures
 * ({@link MeasureBuilder}) and metadata ({@link MetadataExtractor}) ({@link PlanAssembler}). Each parse runs under
 * the {@link IngestLimits}: size first, then a time limit enforced both by a deadline the stages check and by
 * waiting on the parse with a timeout; a parse given up on is interrupted, and its next deadline check ends it. Parses
 * run on the bounded {@link ParsePool}; when it is full the parse is refused with {@code BUSY}.
 */
public final class Ingestor {
  private final IngestLimits limits;
  private final MetadataExtractor meta;

  public Ingestor() {
    this(IngestLimits.DEFAULTS);
  }

  public Ingestor(IngestLimits limits) {
    this.limits = limits;
    this.meta = MetadataExtractor.load();
  }

  public IngestLimits limits() {
    return limits;
  }

  /** Parses one document into plans; throws {@link IngestException} with a reason when it yields none. */
  public ParseResult parse(SourceDocument document) {
    checkSize(document);
    SourceReader reader = SourceFormat.expectFor(document.filename()).reader();
    // the deadline starts now, not when a thread takes the parse: the parse stops when its caller stops waiting
    Deadline deadline = Deadline.after(limits.timeout(), document.filename());
    Future<ParseResult> future = ParsePool.submit(() -> parseNow(document, reader, deadline), document.filename());
    try {
      return future.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw Deadline.timeout(limits.timeout(), document.filename());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw Deadline.timeout(limits.timeout(), document.filename());
    } catch (ExecutionException e) {
      throw unwrap(document, e.getCause());
    } catch (CancellationException e) {
      throw Deadline.timeout(limits.timeout(), document.filename());
    }
  }

  /** Parses in the calling thread, still under the deadline (for benchmarks and callers with their own pool). */
  public ParseResult parseHere(SourceDocument document) {
    checkSize(document);
    Deadline deadline = Deadline.after(limits.timeout(), document.filename());
    return parseNow(document, SourceFormat.expectFor(document.filename()).reader(), deadline);
  }

  private ParseResult parseNow(SourceDocument document, SourceReader reader, Deadline deadline) {
    Page page = reader.read(document, limits, deadline);
    checkText(document, page);
    return new PlanAssembler(document, meta, deadline, limits.maxMeasures()).assemble(page);
  }

  /** Refuses a page with more text than a document may have, before any stage spends time on it. */
  private void checkText(SourceDocument document, Page page) {
    long chars = 0;
    for (Line line : page.lines()) chars += line.length();
    if (chars > limits.maxChars()) {
      throw new IngestException(
          IngestException.Reason.TOO_LARGE,
          "'" + document.filename() + "' has " + chars + " chars of text, over the limit of " + limits.maxChars()
              + "; plans are far shorter, is it one plan or a whole collection?");
    }
  }

  private void checkSize(SourceDocument document) {
    if (document.bytes().length == 0) {
      throw new IngestException(
          IngestException.Reason.NOT_TEXT, "'" + document.filename() + "' is empty (0 bytes); is it the right file?");
    }
    if (document.bytes().length > limits.maxBytes()) {
      throw new IngestException(
          IngestException.Reason.TOO_LARGE,
          "'" + document.filename() + "' is " + document.bytes().length + " bytes, over the limit of "
              + limits.maxBytes() + "; plans are far smaller, is it the right file?");
    }
  }

  /** Our exceptions pass through; a bug or a library failure on a strange file becomes a reasoned failure too. */
  private static IngestException unwrap(SourceDocument document, Throwable cause) {
    if (cause instanceof IngestException ie) return ie;
    if (cause instanceof StackOverflowError || cause instanceof OutOfMemoryError) {
      return new IngestException(
          IngestException.Reason.TOO_LARGE,
          "'" + document.filename() + "' is too deeply nested or too large to parse (" + cause + ")",
          cause);
    }
    return new IngestException(
        IngestException.Reason.NOT_TEXT,
        "'" + document.filename() + "' could not be parsed: " + cause + "; please report this file",
        cause);
  }
}
