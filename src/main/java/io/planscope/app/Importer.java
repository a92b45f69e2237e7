package io.planscope.app;

import io.planscope.corpus.ArchiveLimits;
import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.StoredDocument;
import io.planscope.corpus.StoredPlans;
import io.planscope.corpus.ZipArchive;
import io.planscope.source.IngestException;
import io.planscope.ingest.ParseResult;
import io.planscope.source.ParserVersion;
import io.planscope.source.SourceDocument;
import io.planscope.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports documents, in an order that loses nothing: parse → store the original and its plans in one durable step
 * (fsynced before the outcome is returned) → index. The plans the store hands back ({@link StoredPlans}) are indexed
 * and returned in the outcome as they are, not read back from disk. A document stored but never parsed (left by an
 * older version or a crash) is parsed and its plans stored on the next open.
 * The index is committed later (see {@link Workspace}); whatever a crash leaves uncommitted is re-indexed from the
 * store on the next open. A document that yields no plan is not kept. Thread-safe; imports of the same bytes are
 * serialized.
 */
public final class Importer {
  /** Turns a document into plans; the real one is {@code new Ingestor()::parse}. */
  @FunctionalInterface
  public interface Parser {
    ParseResult parse(SourceDocument doc);

    /** The {@link ParserVersion} of its rules, recorded with each document it parses. */
    default int version() {
      return ParserVersion.CURRENT;
    }
  }

  private static final int STRIPES = 64;
  private final DocumentStore store;
  private final IndexSync sync;
  private final Parser parser;
  private final ArchiveLimits archiveLimits;
  /** Throws when writes are refused now (a read-only data directory, an index that cannot write). */
  private final Runnable writeCheck;
  private final Object[] locks = new Object[STRIPES];
  /** Shared by imports and deletes, taken exclusively by a re-parse while it writes (see {@link #exclusively}). */
  private final java.util.concurrent.locks.ReadWriteLock changes =
      new java.util.concurrent.locks.ReentrantReadWriteLock();

  Importer(DocumentStore store, IndexSync sync, Parser parser, ArchiveLimits archiveLimits, Runnable writeCheck) {
    this.store = store;
    this.writeCheck = writeCheck;
    this.sync = sync;
    this.parser = parser;
    this.archiveLimits = archiveLimits;
    for (int i = 0; i < STRIPES; i++) locks[i] = new Object();
  }

  Parser parser() {
    return parser;
  }

  /**
   * Imports one file: a zip is opened and each entry imported (one outcome per entry); anything else is one
   * document. Throws {@link IngestException} (TOO_LARGE) for a zip over its limits, and
   * {@link io.planscope.corpus.StoreException} when the store cannot write or writes are refused (a read-only data
   * directory, an index that cannot write: nothing is stored then).
   */
  public List<ImportOutcome> importFile(SourceDocument doc) {
    writeCheck.run();
    if (!ZipArchive.isZip(doc)) return List.of(importDocument(doc));
    List<ImportOutcome> outcomes = new ArrayList<>();
    for (SourceDocument entry : ZipArchive.entries(doc, archiveLimits)) {
      outcomes.add(ZipArchive.isZip(entry) ? nestedZip(entry) : importDocument(entry));
    }
    return List.copyOf(outcomes);
  }

  private static ImportOutcome nestedZip(SourceDocument entry) {
    return ImportOutcome.failed(DocumentStore.documentId(entry.bytes()), entry.filename(),
        new IngestException(IngestException.Reason.UNSUPPORTED_TYPE,
            "'" + entry.filename() + "' is a zip inside a zip; unpack it and import the files"));
  }

  /** Imports one document (not a zip); see the class comment for the order of steps. */
  public ImportOutcome importDocument(SourceDocument doc) {
    writeCheck.run();
    return shared(() -> importUnshared(doc));
  }

  private ImportOutcome importUnshared(SourceDocument doc) {
    String id = DocumentStore.documentId(doc.bytes());
    synchronized (locks[Math.floorMod(id.hashCode(), STRIPES)]) {
      if (store.isParsed(id) && !store.deletedPlans(id).isEmpty()) return restore(store.add(doc).document(), doc);
      if (store.isParsed(id) && store.document(id).map(d -> doc.redates(d.published())).orElse(false)) {
        return redate(store.add(doc).document(), doc); // known bytes with a new publish date: their plans change too
      }
      if (store.isParsed(id)) return duplicate(store.add(doc), doc);
      if (store.document(id).isPresent()) return reparse(store.add(doc).document(), doc, true, false);
      ParseResult result;
      try {
        result = parse(doc);
      } catch (IngestException e) {
        return ImportOutcome.failed(id, doc.filename(), e); // nothing to search in it: never stored
      }
      DocumentStore.Added added = store.addParsed(doc, result.plans(), parser.version());
      StoredDocument stored = added.document();
      sync.sync(stored.planIds(), added.plans()); // indexed as stored, not read back
      return ImportOutcome.imported(stored.id(), doc.filename(), stored.planIds(), added.plans(), result.warnings());
    }
  }

  private ImportOutcome duplicate(DocumentStore.Added added, SourceDocument doc) {
    // A new source URI for known bytes changes the plans' provenance; the index shows sources, so refresh them.
    StoredDocument stored = added.document();
    sync.sync(stored.planIds(), added.plans());
    return ImportOutcome.duplicate(stored.id(), doc.filename(), stored.planIds(), added.plans());
  }

  /**
   * The same bytes as a stored document some of whose plans were deleted by hand: uploading the file again is how
   * they are restored, so it is parsed again and every plan it yields comes back (the others keep their ids).
   */
  private ImportOutcome restore(StoredDocument stored, SourceDocument doc) {
    return reparse(stored, doc, false, true);
  }

  /**
   * Known bytes given a new publish date (now stored with the document): parsed again, and its plans' files
   * rewritten with the date even where a plan file exists (a plan also found in another document takes it too).
   * When today's rules find nothing in it, it keeps the plans it has.
   */
  private ImportOutcome redate(StoredDocument stored, SourceDocument doc) {
    ParseResult result;
    try {
      result = parse(doc);
    } catch (IngestException e) {
      return ImportOutcome.failed(stored.id(), doc.filename(), e);
    }
    Map<String, Plan> plans = new LinkedHashMap<>();
    result.plans().forEach(p -> plans.putIfAbsent(p.id(), p));
    List<String> planIds = List.copyOf(plans.keySet());
    DocumentStore.Deleted gone =
        store.replaceParses(Map.of(stored.id(), planIds), List.copyOf(plans.values()), parser.version());
    planIds.forEach(sync::resync); // same ids and sources, new content
    gone.removedPlans().forEach(sync::sync);
    StoredPlans written = new StoredPlans(List.copyOf(plans.values()), StoredPlans.NONE.revision()); // the answer's
    return ImportOutcome.imported(stored.id(), doc.filename(), planIds, written, result.warnings());
  }

  /**
   * Parses a stored document (again) and stores and indexes its plans; with {@code restore}, its hand deletions are
   * forgotten. When today's rules find nothing in it, a document never parsed is dropped ({@code dropOnFailure});
   * one parsed before keeps the plans it has.
   */
  private ImportOutcome reparse(StoredDocument stored, SourceDocument doc, boolean dropOnFailure, boolean restore) {
    ParseResult result;
    try {
      result = parse(doc);
    } catch (IngestException e) {
      if (dropOnFailure) store.deleteDocument(stored.id()); // nothing to search in it: do not keep it
      return ImportOutcome.failed(stored.id(), doc.filename(), e);
    }
    StoredPlans plans = restore
        ? store.restorePlans(stored.id(), result.plans(), parser.version())
        : store.putPlans(stored.id(), result.plans(), parser.version());
    List<String> planIds = result.plans().stream().map(Plan::id).distinct().toList();
    sync.sync(planIds, plans);
    stored.planIds().stream().filter(p -> !planIds.contains(p)).forEach(sync::sync); // a plan today's rules lost
    return ImportOutcome.imported(stored.id(), doc.filename(), planIds, plans, result.warnings());
  }

  /** Parses; a copy of a plan that a re-parse kept under its old id joins that plan (see PlanAliases). */
  private ParseResult parse(SourceDocument doc) {
    ParseResult r = parseAsIs(doc);
    return new ParseResult(r.filename(), store.withKeptIds(r.plans()), r.removed(), r.warnings(), r.outside());
  }

  /**
   * Parses with the plans' own ids, turning a parser bug or a runaway recursion into an {@link IngestException} that
   * names the file; no plan is an {@link IngestException} (NO_PLAN) too.
   */
  ParseResult parseAsIs(SourceDocument doc) {
    try {
      ParseResult result = withGivenDate(parser.parse(doc), doc.published());
      if (result.plans().isEmpty()) {
        throw new IngestException(IngestException.Reason.NO_PLAN, "No plan found in '" + doc.filename() + "'");
      }
      return result;
    } catch (IngestException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new IngestException(IngestException.Reason.NOT_TEXT,
          "'" + doc.filename() + "' could not be parsed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
              + "); please report this file", e);
    }
  }

  /** The plans dated by hand when the document was given a publish date: it replaces the one read from the text. */
  private static ParseResult withGivenDate(ParseResult r, String published) {
    if (published == null) return r;
    List<Plan> dated = r.plans().stream().map(p -> p.withPublished(published)).toList();
    return new ParseResult(r.filename(), dated, r.removed(), r.warnings(), r.outside());
  }

  /** Parses documents stored but never parsed (a crash between the two); returns how many. */
  int parsePending() {
    List<String> pending = store.unparsed();
    for (String id : pending) {
      StoredDocument stored = store.expectDocument(id);
      SourceDocument doc = sourceOf(store, stored);
      shared(() -> {
        synchronized (locks[Math.floorMod(id.hashCode(), STRIPES)]) {
          return store.isParsed(id) ? null : reparse(stored, doc, true, false);
        }
      });
    }
    return pending.size();
  }

  /** A stored document as it first arrived (its first source), to be parsed again. */
  static SourceDocument sourceOf(DocumentStore store, StoredDocument stored) {
    var source = stored.sources().get(0);
    return new SourceDocument(store.original(stored.id()), stored.filename(), source.uri(), stored.contentType(),
        source.fetchedAt(), stored.published());
  }

  /**
   * Runs {@code work} while no import, parse of a pending document or delete changes the store (a re-parse deciding
   * and writing a group of documents' plans). Those take this lock shared, so they still run side by side.
   */
  <T> T exclusively(java.util.function.Supplier<T> work) {
    return holding(changes.writeLock(), work);
  }

  /** Runs a change to the store that may run beside others but not during {@link #exclusively}. */
  <T> T shared(java.util.function.Supplier<T> work) {
    return holding(changes.readLock(), work);
  }

  private static <T> T holding(java.util.concurrent.locks.Lock lock, java.util.function.Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
