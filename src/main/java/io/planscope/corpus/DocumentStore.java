package io.planscope.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.planscope.ingest.ParseResult;
import io.planscope.ingest.ParserVersion;
import io.planscope.ingest.SourceDocument;
import io.planscope.plan.NotFoundException;
import io.planscope.plan.Plan;
import io.planscope.text.Fold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The durable store of original documents and the plans parsed from them, under one directory:
 *
 * <pre>
 * documents/ab/abcdef0123456789/original        the bytes exactly as fetched or uploaded
 * documents/ab/abcdef0123456789/document.json   filename, type, size, sources, plan ids, parser version
 * plans/p0123456789ab.json                      one parsed plan (outline and measures)
 * plan-aliases.json                             ids kept by re-parses: text hash to kept id (see PlanAliases)
 * tmp/                                          work area; emptied on open
 * </pre>
 *
 * <p>A document directory is prepared under tmp/ (both files fsynced) and renamed into place, so a document either
 * exists whole or not at all; every later change is a temp-file-and-rename of one JSON file. The same plan found in
 * two documents (a second site, a traditional mirror) is one plan file with two sources. Thread-safe: reads are
 * lock-free, changes are serialized.
 */
public final class DocumentStore {
  private static final Pattern DOC_ID = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern PLAN_ID = Pattern.compile("p[0-9a-f]{6,40}");
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Path root;
  private final Path documentsDir;
  private final Path plansDir;
  private final Path tmpDir;
  private final Map<String, DocumentFile> documents = new ConcurrentHashMap<>();
  /** Plan id to the ids of the documents holding it (immutable sorted sets), kept in step with {@link #documents}. */
  private final Map<String, Set<String>> holders = new ConcurrentHashMap<>();
  private final Object writeLock = new Object();
  /** Opened with {@link #openReadOnly}: every write is refused. */
  private volatile boolean readOnly;
  /** Whether {@link Catalogue}'s snapshot may exist on disk: it must be gone before the first change. */
  private volatile boolean catalogueOnDisk = true;
  /** The snapshot on disk was read in an older layout: still valid, but saved again in the current one. */
  private volatile boolean catalogueOutdated;
  /** The stamp of the snapshot on disk while {@link #catalogueOnDisk}. */
  private volatile String catalogueStamp;
  /** Ids kept across re-parses (content id → kept id); read on open. */
  private PlanAliases aliases;

  private DocumentStore(Path root) {
    this.root = root;
    this.documentsDir = root.resolve("documents");
    this.plansDir = root.resolve("plans");
    this.tmpDir = root.resolve("tmp");
  }

  /** Opens the store under {@code root}, creating it when missing and clearing what a crash left half-done. */
  public static DocumentStore open(Path root) {
    DocumentStore store = new DocumentStore(root.toAbsolutePath().normalize());
    try {
      store.prepareDirectories();
      store.load();
    } catch (IOException e) {
      throw AtomicFiles.failure("open the store", root, e);
    }
    return store;
  }

  /**
   * Opens the store for reading only, touching nothing on disk (no clean-up of a crash's leftovers, which belong to
   * the process that writes): for CLI searches while a server holds the data directory. Writes throw
   * {@link StoreException} (READ_ONLY).
   */
  public static DocumentStore openReadOnly(Path root) {
    DocumentStore store = new DocumentStore(root.toAbsolutePath().normalize());
    store.readOnly = true;
    try {
      store.load();
    } catch (IOException e) {
      throw AtomicFiles.failure("open the store", root, e);
    }
    return store;
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

  /** What {@link #add} did: the stored document and whether these bytes were new. */
  public record Added(StoredDocument document, boolean created) {}

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
    String id = documentId(doc.bytes());
    DocumentFile existing = documents.get(id);
    if (existing != null) return new Added(addSource(existing, doc).toStored(), false);
    Path prepared = null;
    try {
      DocumentFile file = newDocumentFile(id, doc);
      prepared = prepare(file, doc.bytes());
      synchronized (writeLock) {
        if (documents.containsKey(id)) return new Added(addSource(documents.get(id), doc).toStored(), false);
        Added added = placeDocument(id, prepared, file);
        prepared = null;
        return added;
      }
    } catch (IOException e) {
      throw AtomicFiles.failure("store '" + doc.filename() + "'", root, e);
    } finally {
      deleteQuietly(prepared);
    }
  }

  private DocumentFile newDocumentFile(String id, SourceDocument doc) {
    String filename = ContentTypes.cleanFilename(doc.filename());
    String type = doc.httpContentType() == null ? ContentTypes.guess(filename) : doc.httpContentType();
    PlanSource source = new PlanSource(id, sourceUri(doc, filename), fetchedAt(doc));
    return new DocumentFile(id, filename, type, doc.bytes().length, List.of(source), List.of(), false, null, List.of());
  }

  private static String sourceUri(SourceDocument doc, String filename) {
    return doc.sourceUri() == null || doc.sourceUri().isBlank() ? "upload:" + filename : doc.sourceUri();
  }

  private static Instant fetchedAt(SourceDocument doc) {
    return doc.fetchedAt() == null ? Instant.now() : doc.fetchedAt();
  }

  /** Writes original + document.json into a fresh directory under tmp/, both fsynced (with the directory). */
  private Path prepare(DocumentFile file, byte[] bytes) throws IOException {
    Path dir = prepareUnsynced(file, bytes);
    AtomicFiles.forceAll(List.of(dir.resolve("original"), dir.resolve("document.json"), dir));
    return dir;
  }

  private Path prepareUnsynced(DocumentFile file, byte[] bytes) throws IOException {
    Path dir = tmpDir.resolve(UUID.randomUUID().toString());
    Files.createDirectory(dir);
    try {
      AtomicFiles.writeUnsynced(dir.resolve("original"), bytes);
      AtomicFiles.writeUnsynced(dir.resolve("document.json"), JSON.writeValueAsBytes(file));
    } catch (IOException | RuntimeException e) {
      deleteQuietly(dir); // a full disk: the caller never sees the directory, so it is removed here
      throw e;
    }
    return dir;
  }

  /**
   * Stores a new document together with the plans parsed from it, in one durable step: the original, its
   * document.json (already listing the plans) and every new plan file are written, then forced to disk together
   * (concurrent fsyncs share a journal commit), then the plan files and the document directory are renamed into
   * place, each parent directory synced once. Costs 3 + (new plans) file/dir fsyncs in parallel, then 2 in turn
   * (the plans directory, the document's shard), against 7 + plans in turn for {@link #add} then {@link #putPlans}.
   * When the bytes are already stored this is {@link #add} (a new source at most) and the plans are not touched.
   */
  public Added addParsed(SourceDocument doc, ParseResult result) {
    return addParsed(doc, result, ParserVersion.CURRENT);
  }

  /** As {@link #addParsed(SourceDocument, ParseResult)}, recording that parser {@code version} found the plans. */
  public Added addParsed(SourceDocument doc, ParseResult result, int version) {
    checkWritable();
    String id = documentId(doc.bytes());
    if (documents.containsKey(id)) return add(doc);
    List<Plan> plans = distinctPlans(result);
    DocumentFile file = newDocumentFile(id, doc).parsedInto(plans.stream().map(Plan::id).toList(), version);
    Path prepared = null;
    Map<String, Path> planTemps = new java.util.LinkedHashMap<>();
    try {
      prepared = prepareUnsynced(file, doc.bytes());
      List<Path> toForce = new ArrayList<>(List.of(prepared.resolve("original"), prepared.resolve("document.json"),
          prepared));
      writePlanTemps(plans, planTemps);
      toForce.addAll(planTemps.values());
      AtomicFiles.forceAll(toForce);
      synchronized (writeLock) {
        if (documents.containsKey(id)) return add(doc); // stored meanwhile by a caller outside the importer
        renamePlanTemps(plans, planTemps); // plan files durable before a document refers to them
        Added added = placeDocument(id, prepared, file);
        prepared = null;
        return added;
      }
    } catch (IOException e) {
      throw AtomicFiles.failure("store '" + doc.filename() + "'", root, e);
    } finally {
      deleteQuietly(prepared);
      for (Path temp : planTemps.values()) deleteQuietly(temp);
    }
  }

  /** Writes (unsynced) a temporary file for each plan not stored yet; fills {@code temps} (plan id to file). */
  private void writePlanTemps(List<Plan> plans, Map<String, Path> temps) throws IOException {
    for (Plan plan : plans) {
      if (!shouldWrite(plan)) continue;
      Path temp = plansDir.resolve(AtomicFiles.TEMP_PREFIX + UUID.randomUUID());
      temps.put(plan.id(), temp); // listed first: the caller removes it even when writing it fails
      AtomicFiles.writeUnsynced(temp, JSON.writeValueAsBytes(plan));
    }
  }

  /**
   * Under the write lock: renames the forced plan temps into place unless another document stored the plan
   * meanwhile; one directory sync for all. A plan skipped earlier because another document held it, but whose file
   * a delete has removed since, is written now (rare; fsynced in turn).
   */
  private void renamePlanTemps(List<Plan> plans, Map<String, Path> temps) throws IOException {
    dropCatalogue();
    boolean renamed = false;
    for (Plan plan : plans) {
      Path file = planFile(plan.id());
      if (!shouldWrite(plan)) continue;
      Path temp = temps.get(plan.id());
      if (temp == null) {
        AtomicFiles.replace(file, JSON.writeValueAsBytes(plan));
      } else {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      renamed = true;
    }
    if (renamed) AtomicFiles.syncDirectory(plansDir);
  }

  /**
   * Whether a parsed plan goes to its file: when no document holds the plan yet, or when it is a better rendering
   * of the stored one. The same plan found in a traditional-script mirror and on the original simplified page has
   * one id; users read and quote the simplified wording, so a simplified rendering replaces a traditional one
   * whichever was imported first (never the other way round). Measure ids do not change: they come from the
   * folded text.
   */
  private boolean shouldWrite(Plan plan) throws IOException {
    Path file = planFile(plan.id());
    if (!Files.exists(file) || !isReferenced(plan.id())) return true;
    if (isTraditional(plan)) return false;
    try {
      return isTraditional(JSON.readValue(file.toFile(), Plan.class));
    } catch (NoSuchFileException e) {
      return true;
    }
  }

  /** Whether the plan is rendered in traditional script (title or a measure): a mirror, not the page users quote. */
  public static boolean isTraditional(Plan plan) {
    if (plan.title() != null && Fold.hasTraditional(plan.title())) return true;
    return plan.measures().stream().anyMatch(m -> Fold.hasTraditional(m.text()));
  }

  private static List<Plan> distinctPlans(ParseResult result) {
    Map<String, Plan> byId = new java.util.LinkedHashMap<>();
    for (Plan plan : result.plans()) {
      checkPlanId(plan.id());
      byId.putIfAbsent(plan.id(), plan);
    }
    return List.copyOf(byId.values());
  }

  private static void checkPlanId(String planId) {
    if (!PLAN_ID.matcher(planId).matches()) {
      throw new IllegalArgumentException("plan id '" + planId + "' is not p + hex; ingestion must set it");
    }
  }

  private DocumentFile addSource(DocumentFile existing, SourceDocument doc) {
    String uri = sourceUri(doc, existing.filename());
    if (existing.hasSourceUri(uri)) return existing;
    synchronized (writeLock) {
      DocumentFile current = documents.get(existing.id());
      if (current == null || current.hasSourceUri(uri)) return current == null ? existing : current;
      DocumentFile updated = current.withSource(new PlanSource(current.id(), uri, fetchedAt(doc)));
      writeDocumentFile(updated);
      return updated;
    }
  }

  private void writeDocumentFile(DocumentFile file) {
    try {
      dropCatalogue();
      AtomicFiles.write(documentDir(file.id()).resolve("document.json"), JSON.writeValueAsBytes(file));
      register(file);
    } catch (IOException e) {
      throw AtomicFiles.failure("update document " + file.id(), root, e);
    }
  }

  /** The stored document, or empty. */
  public Optional<StoredDocument> document(String docId) {
    DocumentFile f = docId == null ? null : documents.get(docId);
    return Optional.ofNullable(f == null ? null : f.toStored());
  }

  /** The stored document; throws {@link NotFoundException} naming the id when there is none. */
  public StoredDocument expectDocument(String docId) {
    return document(docId).orElseThrow(() -> new NotFoundException("document", docId));
  }

  /** Every stored document, ordered by id. */
  public List<StoredDocument> documents() {
    return documents.values().stream()
        .sorted(Comparator.comparing(DocumentFile::id))
        .map(DocumentFile::toStored)
        .toList();
  }

  /** Ids of documents stored but not yet parsed (a crash came between storing and parsing). */
  public List<String> unparsed() {
    return documents.values().stream().filter(f -> !f.parsed()).map(DocumentFile::id).sorted().toList();
  }

  /** The parser version of the document's plans ({@link ParserVersion#UNRECORDED} when unknown or not stored). */
  public int parserVersion(String docId) {
    DocumentFile f = documents.get(docId);
    return f == null ? ParserVersion.UNRECORDED : f.version();
  }

  /** Plans deleted by hand from the document: a re-parse leaves them out. */
  public List<String> deletedPlans(String docId) {
    DocumentFile f = documents.get(docId);
    return f == null ? List.of() : f.deletedPlans();
  }

  /** Whether the document exists and its plans are stored. */
  public boolean isParsed(String docId) {
    DocumentFile f = documents.get(docId);
    return f != null && f.parsed();
  }

  /** The original bytes, exactly as stored. */
  public byte[] original(String docId) {
    expectDocument(docId);
    try {
      return Files.readAllBytes(documentDir(docId).resolve("original"));
    } catch (IOException e) {
      throw AtomicFiles.failure("read the original of " + docId, root, e);
    }
  }

  /** True when no document is stored. */
  public boolean isEmpty() {
    return documents.isEmpty();
  }

  // ---- plans ----

  /**
   * Stores the plans parsed from a stored document and records their ids on it. A plan already stored (same id,
   * from another document) is kept as is: it gains this document as a second source.
   */
  public void putPlans(String docId, ParseResult result) {
    putPlans(docId, result, ParserVersion.CURRENT);
  }

  /** As {@link #putPlans(String, ParseResult)}, recording that parser {@code version} found the plans. */
  public void putPlans(String docId, ParseResult result, int version) {
    putPlans(docId, result, version, false);
  }

  /**
   * Stores the plans parsed again from a re-upload of a document's bytes and forgets its hand deletions
   * ({@link #deletedPlans}): uploading the same file again is how a deleted plan is restored.
   */
  public void restorePlans(String docId, ParseResult result, int version) {
    putPlans(docId, result, version, true);
  }

  private void putPlans(String docId, ParseResult result, int version, boolean restore) {
    checkWritable();
    if (!documents.containsKey(docId)) throw new NotFoundException("document", docId);
    List<Plan> plans = distinctPlans(result);
    Map<String, Path> temps = new java.util.LinkedHashMap<>();
    try {
      writePlanTemps(plans, temps); // written and forced outside the lock, together
      AtomicFiles.forceAll(temps.values());
      synchronized (writeLock) {
        DocumentFile doc = documents.get(docId);
        if (doc == null) throw new NotFoundException("document", docId);
        renamePlanTemps(plans, temps);
        List<String> ids = plans.stream().map(Plan::id).toList();
        writeDocumentFile(restore ? doc.restoredInto(ids, version) : doc.parsedInto(ids, version));
      }
    } catch (IOException e) {
      throw AtomicFiles.failure("store the plans of " + docId, root, e);
    } finally {
      for (Path temp : temps.values()) deleteQuietly(temp);
    }
  }

  private boolean isReferenced(String planId) {
    return holders.containsKey(planId);
  }

  /** Records a document (new or changed) in the catalogue and the plan-to-documents map. Under the write lock. */
  /** Moves a prepared (fsynced) document directory into place and registers it; the caller holds writeLock. */
  private Added placeDocument(String id, Path prepared, DocumentFile file) throws IOException {
    dropCatalogue();
    Path target = documentDir(id);
    AtomicFiles.createDirectory(target.getParent());
    if (!AtomicFiles.moveIntoPlace(prepared, target)) {
      throw new IOException("'" + target + "' exists but is not in the store's catalogue");
    }
    register(file);
    return new Added(file.toStored(), true);
  }

  private void register(DocumentFile file) {
    DocumentFile old = documents.put(file.id(), file);
    if (old != null) {
      for (String p : old.planIds()) if (!file.planIds().contains(p)) release(p, file.id());
    }
    for (String p : file.planIds()) {
      holders.compute(p, (k, v) -> {
        if (v == null) return Set.of(file.id()); // most plans have one document: no tree (100k of them at start)
        TreeSet<String> ids = new TreeSet<>(v);
        ids.add(file.id());
        return java.util.Collections.unmodifiableSet(ids);
      });
    }
  }

  private void unregister(String docId) {
    DocumentFile old = documents.remove(docId);
    if (old != null) old.planIds().forEach(p -> release(p, docId));
  }

  private void release(String planId, String docId) {
    holders.computeIfPresent(planId, (k, v) -> {
      TreeSet<String> ids = new TreeSet<>(v);
      ids.remove(docId);
      return ids.isEmpty() ? null : java.util.Collections.unmodifiableSet(ids);
    });
  }

  /** The plan, or empty. */
  public Optional<Plan> plan(String planId) {
    if (planId == null || !PLAN_ID.matcher(planId).matches() || !isReferenced(planId)) return Optional.empty();
    try {
      return Optional.of(JSON.readValue(planFile(planId).toFile(), Plan.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
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
    return holders.getOrDefault(planId, Set.of()).stream()
        .map(documents::get)
        .filter(java.util.Objects::nonNull)
        .flatMap(d -> d.sources().stream())
        .sorted(Comparator.comparing(PlanSource::fetchedAt).thenComparing(PlanSource::uri))
        .toList();
  }

  /** The ids of the documents holding the plan, ordered by id. */
  public List<String> documentsOf(String planId) {
    return List.copyOf(holders.getOrDefault(planId, Set.of()));
  }

  /** Ids of every current plan, sorted. */
  public List<String> planIds() {
    return List.copyOf(new TreeSet<>(holders.keySet()));
  }

  /** Every current plan, read lazily in id order. */
  public Stream<Plan> plans() {
    return planIds().stream().map(this::plan).flatMap(Optional::stream);
  }

  // ---- re-parsing ----

  /**
   * Replaces what documents were parsed into, for a re-parse with newer rules: every given plan file is (over)written
   * as given (the caller picked each plan's rendering, and may leave out plans whose file is unchanged), then each
   * document's metadata lists its new plan ids and {@code version} (unless it already does), then plans no document
   * holds any more are deleted. The originals are not touched. A crash
   * in between leaves every listed plan readable: plan files are in place before a document refers to them, and an
   * unreferenced plan file is removed on the next open.
   *
   * @param planIds each document's new plan ids, in page order
   * @param plans the plans those ids name (at least every id listed)
   * @return the plans no document holds any more (removed), and those that stay but gained or lost a holder
   */
  public Deleted replaceParses(Map<String, List<String>> planIds, List<Plan> plans, int version) {
    checkWritable();
    plans.forEach(p -> checkPlanId(p.id()));
    synchronized (writeLock) {
      try {
        dropCatalogue();
        writePlansNow(plans);
        Set<String> before = new TreeSet<>();
        List<DocumentFile> changed = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : planIds.entrySet()) {
          DocumentFile doc = documents.get(e.getKey());
          if (doc == null) throw new NotFoundException("document", e.getKey());
          before.addAll(doc.planIds());
          DocumentFile reparsed = doc.parsedInto(e.getValue(), version);
          if (!reparsed.equals(doc)) changed.add(reparsed); // same plans, same version: nothing to write
        }
        writeDocumentFiles(changed);
        planIds.values().forEach(before::addAll);
        return dropUnreferenced(List.copyOf(before));
      } catch (IOException e) {
        throw AtomicFiles.failure("store the re-parsed plans of " + planIds.keySet(), root, e);
      }
    }
  }

  /**
   * Replaces several documents' document.json together: prepared under tmp/, forced at once, renamed into place, the
   * document directories forced at once; then registered. Under the write lock (the catalogue already dropped).
   */
  private void writeDocumentFiles(List<DocumentFile> files) throws IOException {
    Map<Path, DocumentFile> temps = new java.util.LinkedHashMap<>();
    try {
      for (DocumentFile f : files) {
        Path temp = tmpDir.resolve(UUID.randomUUID() + ".json");
        temps.put(temp, f);
        AtomicFiles.writeUnsynced(temp, JSON.writeValueAsBytes(f));
      }
      AtomicFiles.forceAll(temps.keySet());
      for (Map.Entry<Path, DocumentFile> e : temps.entrySet()) {
        Files.move(e.getKey(), documentDir(e.getValue().id()).resolve("document.json"), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      AtomicFiles.forceAll(files.stream().map(f -> documentDir(f.id())).toList());
      files.forEach(this::register);
    } finally {
      for (Path temp : temps.keySet()) deleteQuietly(temp);
    }
  }

  /** Writes every plan file (fsynced together, renamed into place, one directory sync). Under the write lock. */
  private void writePlansNow(List<Plan> plans) throws IOException {
    Map<String, Path> temps = new java.util.LinkedHashMap<>();
    try {
      for (Plan plan : plans) {
        Path temp = plansDir.resolve(AtomicFiles.TEMP_PREFIX + UUID.randomUUID());
        temps.put(plan.id(), temp);
        AtomicFiles.writeUnsynced(temp, JSON.writeValueAsBytes(plan));
      }
      AtomicFiles.forceAll(temps.values());
      for (Map.Entry<String, Path> e : temps.entrySet()) {
        Files.move(e.getValue(), planFile(e.getKey()), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      if (!temps.isEmpty()) AtomicFiles.syncDirectory(plansDir);
    } finally {
      for (Path temp : temps.values()) deleteQuietly(temp);
    }
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
   * The parse with each plan under the id it is known by: a plan whose text hash was kept under an older id by a
   * re-parse ({@link PlanAliases}) takes that id while a document still holds it.
   */
  public ParseResult withKeptIds(ParseResult result) {
    return aliases.withKeptIds(result, this::isReferenced);
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
    synchronized (writeLock) {
      DocumentFile doc = documents.get(docId);
      if (doc == null) throw new NotFoundException("document", docId);
      try {
        removeDocument(docId);
        return dropUnreferenced(doc.planIds());
      } catch (IOException e) {
        throw AtomicFiles.failure("delete document " + docId, root, e);
      }
    }
  }

  /** Moves the document's directory to the trash, unregisters it, then empties the trash. Under the write lock. */
  private void removeDocument(String docId) throws IOException {
    dropCatalogue();
    Path trash = tmpDir.resolve(UUID.randomUUID().toString());
    Files.move(documentDir(docId), trash, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    AtomicFiles.syncDirectory(documentDir(docId).getParent());
    unregister(docId);
    AtomicFiles.deleteTree(trash);
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
    synchronized (writeLock) {
      List<String> holders = documentsOf(planId);
      if (holders.isEmpty()) throw new NotFoundException("plan", planId);
      List<String> removed = new ArrayList<>();
      try {
        for (String docId : holders) { // writeDocumentFile drops the catalogue snapshot first
          DocumentFile rest = documents.get(docId).withoutPlan(planId);
          if (rest.planIds().isEmpty()) {
            removeDocument(docId);
            removed.add(docId);
          } else {
            writeDocumentFile(rest);
          }
        }
        Files.deleteIfExists(planFile(planId));
      } catch (IOException e) {
        throw AtomicFiles.failure("delete plan " + planId, root, e);
      }
      return new PlanDeleted(holders, removed);
    }
  }

  private Deleted dropUnreferenced(List<String> planIds) throws IOException {
    List<String> removed = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (String id : planIds) {
      if (isReferenced(id)) {
        changed.add(id);
      } else {
        Files.deleteIfExists(planFile(id));
        removed.add(id);
      }
    }
    return new Deleted(removed, changed);
  }

  // ---- layout and loading ----

  /**
   * Writes the catalogue snapshot, so the next open reads one file instead of every document's metadata, and returns
   * its stamp (the one already on disk when nothing changed since; null for a read-only store). Call it when no write
   * is in flight (the workspace does, on close); any later change deletes it again first.
   */
  public String saveCatalogue() {
    if (readOnly || !Files.isWritable(root)) return null;
    synchronized (writeLock) {
      if (catalogueOnDisk && !catalogueOutdated) return catalogueStamp; // unchanged since read or written: valid
      try {
        // Same documents in a newer layout keep their stamp (the index marker quotes it); a change gets a new one.
        String stamp = catalogueOnDisk ? catalogueStamp : UUID.randomUUID().toString();
        Catalogue.write(root, stamp,
            documents.values().stream().sorted(Comparator.comparing(DocumentFile::id)).toList(), shardTimes());
        catalogueStamp = stamp;
        catalogueOnDisk = true;
        catalogueOutdated = false;
        return stamp;
      } catch (IOException e) {
        throw AtomicFiles.failure("save the store catalogue", root, e);
      }
    }
  }

  /** The stamp of the catalogue snapshot this store was loaded from (or saved), while nothing has changed since. */
  public Optional<String> catalogueStamp() {
    return catalogueOnDisk ? Optional.ofNullable(catalogueStamp) : Optional.empty();
  }

  /** Deletes the snapshot (durably) before the first change after it was read or written. */
  private void dropCatalogue() throws IOException {
    if (!catalogueOnDisk) return;
    synchronized (writeLock) {
      if (catalogueOnDisk) {
        Catalogue.delete(root);
        catalogueOnDisk = false;
      }
    }
  }

  private Path documentDir(String docId) {
    if (!DOC_ID.matcher(docId).matches()) throw new NotFoundException("document", docId);
    return documentsDir.resolve(docId.substring(0, 2)).resolve(docId);
  }

  private Path planFile(String planId) {
    return plansDir.resolve(planId + ".json");
  }

  private void prepareDirectories() throws IOException {
    boolean writable = Files.isDirectory(root) ? Files.isWritable(root) : true;
    if (!writable) return; // a read-only store still serves reads; writes fail with a clear StoreException
    AtomicFiles.createDirectory(root);
    AtomicFiles.createDirectory(documentsDir);
    AtomicFiles.createDirectory(plansDir);
    AtomicFiles.deleteTree(tmpDir); // half-prepared documents and deleted ones' trash from a crash
    AtomicFiles.createDirectory(tmpDir);
  }

  private void load() throws IOException {
    aliases = PlanAliases.load(root);
    Optional<Catalogue.Snapshot> snapshot = Catalogue.read(root);
    if (snapshot.isPresent() && matchesDisk(snapshot.get())) {
      snapshot.get().documents().forEach(this::register);
      catalogueStamp = snapshot.get().stamp();
      catalogueOutdated = snapshot.get().outdated(); // an older layout: rewritten at the next save
      return;
    }
    if (!readOnly && Files.isWritable(root)) Catalogue.delete(root); // stale or unreadable: gone before any change
    catalogueOnDisk = false;
    if (!Files.isDirectory(documentsDir)) return;
    try (Stream<Path> shards = Files.list(documentsDir)) {
      for (Path shard : shards.filter(Files::isDirectory).toList()) loadShard(shard);
    }
    if (!readOnly) removeOrphanPlans(); // leftovers of a crash belong to the process that writes
  }

  /**
   * Whether the snapshot describes the documents on disk, catching a store changed by a version that does not know
   * the snapshot. The shard directories' times answer it when each has sub-second precision (a file system that
   * keeps whole seconds could hide an addition in the second the snapshot was written); else the document
   * directories are listed and compared with the snapshot's ids (also when the times differ: a copy may not keep them).
   */
  private boolean matchesDisk(Catalogue.Snapshot snapshot) throws IOException {
    Map<String, Long> times = snapshot.shardTimes();
    boolean fine = times != null && times.values().stream().allMatch(t -> t % 1_000_000_000L != 0);
    return fine && times.equals(shardTimes()) || sameIds(snapshot.documents()); // times differ: maybe only copied

  }

  /** Each shard directory's modification time in nanoseconds. */
  private Map<String, Long> shardTimes() throws IOException {
    Map<String, Long> times = new TreeMap<>();
    if (!Files.isDirectory(documentsDir)) return times;
    try (Stream<Path> shards = Files.list(documentsDir)) {
      for (Path shard : shards.filter(Files::isDirectory).toList()) {
        times.put(shard.getFileName().toString(), Files.getLastModifiedTime(shard).to(TimeUnit.NANOSECONDS));
      }
    }
    return times;
  }

  /** Whether the snapshot lists exactly the document directories on disk (cheap next to reading each one). */
  private boolean sameIds(List<DocumentFile> snapshot) throws IOException {
    Set<String> onDisk = new java.util.HashSet<>();
    if (Files.isDirectory(documentsDir)) {
      try (Stream<Path> shards = Files.list(documentsDir)) {
        for (Path shard : shards.filter(Files::isDirectory).toList()) {
          try (Stream<Path> dirs = Files.list(shard)) {
            dirs.map(d -> d.getFileName().toString()).filter(n -> DOC_ID.matcher(n).matches()).forEach(onDisk::add);
          }
        }
      }
    }
    if (onDisk.size() != snapshot.size()) return false;
    for (DocumentFile f : snapshot) if (!onDisk.contains(f.id())) return false;
    return true;
  }

  private void loadShard(Path shard) throws IOException {
    try (Stream<Path> dirs = Files.list(shard)) {
      for (Path dir : dirs.filter(d -> DOC_ID.matcher(d.getFileName().toString()).matches()).toList()) {
        Path meta = dir.resolve("document.json");
        if (!Files.exists(meta)) continue; // cannot happen with the rename protocol; skip rather than guess
        DocumentFile file = JSON.readValue(meta.toFile(), DocumentFile.class);
        register(file);
      }
    }
  }

  /** Plan files no document refers to: written just before a crash, or left by a delete. */
  private void removeOrphanPlans() throws IOException {
    if (!Files.isDirectory(plansDir) || !Files.isWritable(plansDir)) return;
    Set<String> referenced = Set.copyOf(planIds());
    try (Stream<Path> files = Files.list(plansDir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        boolean orphan = name.endsWith(".json") && !referenced.contains(name.substring(0, name.length() - 5));
        if (orphan || name.startsWith(AtomicFiles.TEMP_PREFIX)) Files.deleteIfExists(f);
      }
    }
  }

  private static void deleteQuietly(Path prepared) {
    if (prepared == null) return;
    try {
      AtomicFiles.deleteTree(prepared);
    } catch (IOException e) {
      // Not fatal: tmp/ is emptied on the next open. Logged so a failing disk does not go unnoticed.
      System.getLogger(DocumentStore.class.getName())
          .log(System.Logger.Level.WARNING, "cannot remove the temporary '" + prepared + "': " + e.getMessage());
    }
  }
}
