package io.planscope.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.planscope.plan.NotFoundException;
import io.planscope.plan.Plan;
import io.planscope.source.ParserVersion;
import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The durable store of original documents and the plans parsed from them, under one directory:
 *
 * <pre>
 * documents/ab/abcdef0123456789/original.gz     the bytes exactly as fetched or uploaded, gzip (DocumentFiles;
 *                                               older stores' uncompressed original reads too)
 * documents/ab/abcdef0123456789/document.json   filename, type, size, sources, plan ids, parser version
 * plans/p0123456789ab.json                      one parsed plan (outline and measures), gzip  (PlanFiles)
 * unsynced-import                               while a batched bulk import runs             (SyncBatch)
 * catalogue.bin                                 every document.json in one file, on a clean close (CatalogueFile)
 * plan-aliases.json                             ids kept by re-parses: text hash to kept id  (PlanAliases)
 * tmp/                                          work area; emptied on open
 * </pre>
 *
 * <p>This class is the one entry point, and documents every operation; the work is done by its parts: reads by
 * {@link Ownership} (which document holds which plan, in memory) and the files; new documents and plans by
 * {@link Intake}; deletes and re-parses, which can leave plans without a holder, by {@link Pruning}; opening by
 * {@link CatalogueFile}. A document either exists whole or not at all; plan files are in place before a document
 * refers to them. The same plan found in two documents (a second site, a traditional mirror) is one plan file with
 * two sources. Thread-safe: reads are lock-free, changes are serialized (one lock, in {@link StoreParts}).
 */
public final class DocumentStore {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Path root;
  private final StoreParts parts;
  private final Ownership owners;
  private final Intake intake;
  private final Pruning pruning;
  /** Opened with {@link #openReadOnly}: every write is refused. */
  private final boolean readOnly;
  /** Ids kept across re-parses (content id → kept id); read on open. */
  private PlanAliases aliases;

  private DocumentStore(Path root, boolean readOnly) {
    this.root = root;
    this.readOnly = readOnly;
    this.parts = StoreParts.at(root);
    this.owners = parts.owners();
    this.intake = new Intake(parts);
    this.pruning = new Pruning(parts);
  }

  /** Opens the store under {@code root}, creating it when missing and clearing what a crash left half-done. */
  public static DocumentStore open(Path root) {
    return open(root, false);
  }

  /**
   * Opens the store for reading only, touching nothing on disk (no clean-up of a crash's leftovers, which belong to
   * the process that writes): for CLI searches while a server holds the data directory. Writes throw
   * {@link StoreException} (READ_ONLY).
   */
  public static DocumentStore openReadOnly(Path root) {
    return open(root, true);
  }

  private static DocumentStore open(Path root, boolean readOnly) {
    DocumentStore store = new DocumentStore(root.toAbsolutePath().normalize(), readOnly);
    try {
      if (!readOnly) store.prepareDirectories();
      store.load();
    } catch (IOException e) {
      throw AtomicFiles.failure("open the store", root, e);
    }
    return store;
  }

  private void prepareDirectories() throws IOException {
    boolean writable = Files.isDirectory(root) ? Files.isWritable(root) : true;
    if (!writable) return; // a read-only store still serves reads; writes fail with a clear StoreException
    AtomicFiles.createDirectory(root);
    parts.documents().prepareDirectories();
    parts.plans().prepareDirectory();
  }

  private void load() throws IOException {
    if (!readOnly && Files.isWritable(root)) {
      Healing.Healed h = Healing.heal(root, parts.documents(), parts.plans());
      if (h.removed() + h.unparsed() + h.plans() > 0) {
        System.getLogger(DocumentStore.class.getName()).log(System.Logger.Level.WARNING, "an import was interrupted "
            + "before its documents were forced to disk: " + h.removed() + " torn document(s) removed (import them "
            + "again), " + h.unparsed() + " set to be parsed again, " + h.plans() + " torn plan file(s) removed");
      }
    }
    aliases = PlanAliases.load(root);
    CatalogueFile.Loaded loaded = parts.catalogue().load(!readOnly && Files.isWritable(root));
    loaded.documents().forEach(owners::register);
    // Leftovers of a crash belong to the process that writes; a valid snapshot means a clean close left none.
    if (loaded.scanned() && !readOnly) parts.plans().removeOrphans(Set.copyOf(owners.planIds()));
  }

  private void checkWritable() {
    if (readOnly) {
      throw new StoreException(StoreException.Reason.READ_ONLY,
          "the store at '" + root + "' is open read-only (another process writes it); retry without it running", null);
    }
  }

  /** Document id: the first 16 hex chars of the SHA-256 of the bytes. */
  public static String documentId(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  public Path root() {
    return root;
  }

  // ---- documents ----

  /**
   * What {@link #add} or {@link #addParsed} did.
   *
   * @param document the stored document
   * @param created whether these bytes were new
   * @param plans the document's plans as stored, so the caller need not read them back (none when not parsed)
   */
  public record Added(StoredDocument document, boolean created, StoredPlans plans) {}

  /** Stores the original (or adds a new source to the identical stored bytes); see {@link #add}. */
  public StoredDocument put(SourceDocument doc) {
    return add(doc).document();
  }

  /**
   * Stores an original byte-exact under its content address, durably (fsynced) before returning. The same bytes
   * again change nothing, except that a new source URI is recorded as a second source.
   */
  public Added add(SourceDocument doc) {
    checkWritable();
    return intake.add(doc, documentId(doc.bytes()));
  }

  /**
   * Stores a new document together with the plans parsed from it, in one durable step: the original, its
   * document.json (already listing the plans) and every new plan file are written, then forced to disk together
   * (concurrent fsyncs share a journal commit), then the plan files and the document directory are renamed into
   * place, each parent directory synced once. Costs 3 + (new plans) file/dir fsyncs in parallel, then 2 in turn
   * (the plans directory, the document's shard), against 7 + plans in turn for {@link #add} then {@link #putPlans}.
   * When the bytes are already stored this is {@link #add} (a new source at most) and the plans are not touched.
   */
  public Added addParsed(SourceDocument doc, List<Plan> plans) {
    return addParsed(doc, plans, ParserVersion.CURRENT);
  }

  /** As {@link #addParsed(SourceDocument, List)}, recording that parser {@code version} found the plans. */
  public Added addParsed(SourceDocument doc, List<Plan> plans, int version) {
    checkWritable();
    return intake.addParsed(doc, documentId(doc.bytes()), plans, version);
  }

  /** The stored document, or empty. */
  public Optional<StoredDocument> document(String docId) {
    return owners.document(docId).map(DocumentFile::toStored);
  }

  /** The stored document; throws {@link NotFoundException} naming the id when there is none. */
  public StoredDocument expectDocument(String docId) {
    return document(docId).orElseThrow(() -> new NotFoundException("document", docId));
  }

  /** Every stored document, ordered by id. */
  public List<StoredDocument> documents() {
    return owners.documents().stream().map(DocumentFile::toStored).toList();
  }

  /** Ids of documents stored but not yet parsed (a crash came between storing and parsing). */
  public List<String> unparsed() {
    return owners.unparsed();
  }

  /** The parser version of the document's plans ({@link ParserVersion#UNRECORDED} when unknown or not stored). */
  public int parserVersion(String docId) {
    return owners.document(docId).map(DocumentFile::version).orElse(ParserVersion.UNRECORDED);
  }

  /** Plans deleted by hand from the document: a re-parse leaves them out. */
  public List<String> deletedPlans(String docId) {
    return owners.document(docId).map(DocumentFile::deletedPlans).orElse(List.of());
  }

  /** Whether the document exists and its plans are stored. */
  public boolean isParsed(String docId) {
    return owners.document(docId).map(DocumentFile::parsed).orElse(false);
  }

  /** The original bytes, exactly as stored. */
  public byte[] original(String docId) {
    expectDocument(docId);
    try {
      return parts.documents().original(docId);
    } catch (IOException e) {
      throw AtomicFiles.failure("read the original of " + docId, root, e);
    }
  }

  /** True when no document is stored. */
  public boolean isEmpty() {
    return owners.isEmpty();
  }

  // ---- plans ----

  /**
   * Stores the plans parsed from a stored document and records their ids on it. A plan already stored (same id,
   * from another document) is kept as is: it gains this document as a second source. Returns the plans as stored.
   */
  public StoredPlans putPlans(String docId, List<Plan> plans) {
    return putPlans(docId, plans, ParserVersion.CURRENT);
  }

  /** As {@link #putPlans(String, List)}, recording that parser {@code version} found the plans. */
  public StoredPlans putPlans(String docId, List<Plan> plans, int version) {
    return putPlans(docId, plans, version, false);
  }

  /**
   * Stores the plans parsed again from a re-upload of a document's bytes and forgets its hand deletions
   * ({@link #deletedPlans}): uploading the same file again is how a deleted plan is restored.
   */
  public StoredPlans restorePlans(String docId, List<Plan> plans, int version) {
    return putPlans(docId, plans, version, true);
  }

  private StoredPlans putPlans(String docId, List<Plan> plans, int version, boolean restore) {
    checkWritable();
    return intake.putPlans(docId, plans, version, restore);
  }

  /** The plan, or empty. */
  public Optional<Plan> plan(String planId) {
    if (!PlanFiles.isId(planId) || !owners.holds(planId)) return Optional.empty();
    try {
      return parts.plans().read(planId);
    } catch (IOException e) {
      throw AtomicFiles.failure("read plan " + planId, root, e);
    }
  }

  /** The plan; throws {@link NotFoundException} naming the id when there is none. */
  public Plan expectPlan(String planId) {
    return plan(planId).orElseThrow(() -> new NotFoundException("plan", planId));
  }

  /** Every place the plan was found, oldest first (empty when there is no such plan). */
  public List<PlanSource> sources(String planId) {
    return owners.sources(planId);
  }

  /** The ids of the documents holding the plan, ordered by id. */
  public List<String> documentsOf(String planId) {
    return owners.documentsOf(planId);
  }

  /** Ids of every current plan, sorted. */
  public List<String> planIds() {
    return owners.planIds();
  }

  /**
   * Moves on whenever a plan file is replaced or removed: {@link StoredPlans} handed out at an earlier revision may
   * no longer be what the store holds.
   */
  public long planRevision() {
    return parts.plans().revision();
  }

  /**
   * How many plans this store has read from their files to hand them out since it opened (for tests and
   * benchmarks); choosing which rendering of a plan to keep is not counted.
   */
  public long planReads() {
    return parts.plans().reads();
  }

  /** Every current plan, read lazily in id order. */
  public Stream<Plan> plans() {
    return planIds().stream().map(this::plan).flatMap(Optional::stream);
  }

  /** Whether the plan is rendered in traditional script (title or a measure): a mirror, not the page users quote. */
  public static boolean isTraditional(Plan plan) {
    return PlanFiles.isTraditional(plan);
  }

  // ---- re-parsing ----

  /**
   * Replaces what documents were parsed into, for a re-parse with newer rules: every given plan file is (over)written
   * as given (the caller picked each plan's rendering, and may leave out plans whose file is unchanged), then each
   * document's metadata lists its new plan ids and {@code version} (unless it already does), then plans no document
   * holds any more are deleted. The originals are not touched. A crash in between leaves every listed plan readable:
   * plan files are in place before a document refers to them, and an unreferenced plan file is removed on the next
   * open.
   *
   * @param planIds each document's new plan ids, in page order
   * @param plans the plans those ids name (at least every id listed)
   * @return the plans no document holds any more (removed), and those that stay but gained or lost a holder
   */
  public Deleted replaceParses(Map<String, List<String>> planIds, List<Plan> plans, int version) {
    checkWritable();
    return pruning.replaceParses(planIds, plans, version);
  }

  /** The ids plans kept across re-parses, by the hash of their current text. */
  public PlanAliases aliases() {
    return aliases;
  }

  /** Records plan ids kept by a re-parse (content id → kept id), durably, before the plans are written under them. */
  public void recordAliases(Map<String, String> keptIds) {
    checkWritable();
    try {
      aliases.record(keptIds);
    } catch (IOException e) {
      throw AtomicFiles.failure("record the kept plan ids", root, e);
    }
  }

  /**
   * The parsed plans, each under the id it is known by: a plan whose text hash was kept under an older id by a
   * re-parse ({@link PlanAliases}) takes that id while a document still holds it.
   */
  public List<Plan> withKeptIds(List<Plan> plans) {
    return aliases.withKeptIds(plans, owners::holds);
  }

  // ---- deletes ----

  /** What a delete changed: plans gone from the store, and plans that remain but lost a source. */
  public record Deleted(List<String> removedPlans, List<String> changedPlans) {
    public Deleted {
      removedPlans = List.copyOf(removedPlans);
      changedPlans = List.copyOf(changedPlans);
    }
  }

  /** Deletes a document (original and metadata) and the plans found only in it. */
  public Deleted deleteDocument(String docId) {
    checkWritable();
    return pruning.deleteDocument(docId);
  }

  /**
   * What deleting a plan changed.
   *
   * @param documents the documents that held the plan
   * @param removedDocuments those of them left with no plan, deleted with their originals
   */
  public record PlanDeleted(List<String> documents, List<String> removedDocuments) {
    public PlanDeleted {
      documents = List.copyOf(documents);
      removedDocuments = List.copyOf(removedDocuments);
    }
  }

  /**
   * Deletes a plan: it is removed from every document that held it, and remembered there so a re-parse does not
   * bring it back. A document left with no plan is deleted with its original, as an import keeps no document without
   * plans: its original is no longer served, and uploading it again imports it afresh. A document that still has
   * other plans keeps its original (those plans still cite it); uploading its bytes again parses it and restores the
   * deleted plan ({@link #restorePlans}).
   */
  public PlanDeleted deletePlan(String planId) {
    checkWritable();
    return pruning.deletePlan(planId);
  }

  // ---- batched durability (bulk imports) ----

  /**
   * Batches the fsyncs of new documents until the handle is closed (see {@link SyncBatch}): each import returns
   * before its files are forced; {@link #flushSyncs} forces everything so far; closing flushes, so every document
   * imported is durable when it returns. For a bulk import by a process that alone writes this store (the CLI's
   * import, the benchmark): an import that must be durable when it returns (an upload) must not run meanwhile. A
   * crash before the close leaves the store to be healed on the next open (documents not yet forced are checked).
   */
  public SyncHandle batchSyncs() {
    checkWritable();
    try {
      parts.syncs().begin();
    } catch (IOException e) {
      throw AtomicFiles.failure("start a batched import", root, e);
    }
    return () -> {
      try {
        parts.syncs().end();
      } catch (IOException e) {
        throw AtomicFiles.failure("force the imported documents to disk", root, e);
      }
    };
  }

  /** The handle of {@link #batchSyncs}: closing it forces every document imported meanwhile. */
  @FunctionalInterface
  public interface SyncHandle extends AutoCloseable {
    @Override
    void close();
  }

  /** Forces every document a batched import has written so far (nothing when none is pending). */
  public void flushSyncs() {
    try {
      parts.syncs().flush();
    } catch (IOException e) {
      throw AtomicFiles.failure("force the imported documents to disk", root, e);
    }
  }

  // ---- the catalogue snapshot ----

  /**
   * Writes the catalogue snapshot, so the next open reads one file instead of every document's metadata, and returns
   * its stamp (the one already on disk when nothing changed since; null for a read-only store). Call it when no write
   * is in flight (the workspace does, on close); any later change deletes it again first.
   */
  public String saveCatalogue() {
    if (readOnly || !Files.isWritable(root)) return null;
    synchronized (parts.writeLock()) {
      try {
        parts.syncs().flush(); // the catalogue never lists a document the disk may lack
        return parts.catalogue().save(owners.documents());
      } catch (IOException e) {
        throw AtomicFiles.failure("save the store catalogue", root, e);
      }
    }
  }

  /** The stamp of the catalogue snapshot this store was loaded from (or saved), while nothing has changed since. */
  public Optional<String> catalogueStamp() {
    return parts.catalogue().stamp();
  }
}
