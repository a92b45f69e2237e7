package io.planscope.corpus;

import io.planscope.plan.Plan;
import io.planscope.text.Fold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plan side of the store's disk: one JSON file per parsed plan, {@code plans/p0123456789ab.json} (gzip-compressed;
 * plain JSON in stores written before, read as well), each written to a temporary name, fsynced and renamed into
 * place. The same plan found in two documents is one file; which rendering
 * that file keeps is decided here ({@link #isTraditional}). Which document holds which plan is {@link Ownership}'s:
 * this class asks it through {@code held} only to know whether a file is some document's plan.
 */
final class PlanFiles {
  private static final Pattern PLAN_ID = Pattern.compile("p[0-9a-f]{6,40}");

  private final Path plansDir;
  private final Predicate<String> held;
  private final SyncBatch syncs;
  /** Moves on whenever a file someone may hold a copy of is replaced or removed: see {@link StoredPlans}. */
  private final AtomicLong revision = new AtomicLong();
  private final LongAdder reads = new LongAdder();

  /** The plan files of the store at {@code root}; {@code held} tells whether a document holds a plan id. */
  PlanFiles(Path root, Predicate<String> held, SyncBatch syncs) {
    this.plansDir = root.resolve("plans");
    this.held = held;
    this.syncs = syncs;
  }

  void prepareDirectory() throws IOException {
    AtomicFiles.createDirectory(plansDir);
  }

  static boolean isId(String planId) {
    return planId != null && PLAN_ID.matcher(planId).matches();
  }

  /** The plans with each id once (the first wins), after checking every id is one. */
  static List<Plan> distinct(List<Plan> plans) {
    Map<String, Plan> byId = new LinkedHashMap<>();
    for (Plan plan : plans) {
      checkId(plan.id());
      byId.putIfAbsent(plan.id(), plan);
    }
    return List.copyOf(byId.values());
  }

  static void checkId(String planId) {
    if (!isId(planId)) {
      throw new IllegalArgumentException("plan id '" + planId + "' is not p + hex; ingestion must set it");
    }
  }

  /** The stored plan, or empty when its file is missing (counted in {@link #reads}). */
  Optional<Plan> read(String planId) throws IOException {
    reads.increment();
    return load(planId);
  }

  private Optional<Plan> load(String planId) throws IOException {
    try {
      return Optional.of(decode(Files.readAllBytes(file(planId))));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** A plan file's bytes as a plan: gzip-compressed JSON, or plain JSON as stores before compression wrote it. */
  static Plan decode(byte[] bytes) throws IOException {
    return DocumentStore.JSON.readValue(Gzip.is(bytes) ? Gzip.decompress(bytes) : bytes, Plan.class);
  }

  /**
   * A plan as its file's bytes: JSON, gzip-compressed at the fastest level. A plan's JSON is about 2.5 times its
   * measure text (outline, measure ids, lead phrases, topics); compressed it is about a third of that, which keeps
   * the store near the size of the originals, for a few per cent of an import's CPU.
   */
  static byte[] encode(Plan plan) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream(16 * 1024);
    try (var out = Gzip.fastest(bytes)) {
      DocumentStore.JSON.writeValue(out, plan);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes (unsynced) a temporary file for each plan not stored yet, or better than the stored rendering; fills
   * {@code temps} (plan id to file). The caller forces them, then {@link #renameTemps}.
   */
  void writeTemps(List<Plan> plans, Map<String, Path> temps) throws IOException {
    for (Plan plan : plans) {
      if (!shouldWrite(plan)) continue;
      Path temp = plansDir.resolve(AtomicFiles.TEMP_PREFIX + UUID.randomUUID());
      replaced(temps.put(plan.id(), temp)); // listed first: the caller removes it even when writing it fails
      AtomicFiles.writeUnsynced(temp, encode(plan));
    }
  }

  /**
   * Under the store's write lock: renames the forced plan temps into place unless another document stored the plan
   * meanwhile; one directory sync for all. A plan skipped earlier because another document held it, but whose file
   * a delete has removed since, is written now (rare; fsynced in turn). Returns the plans not written, because the
   * file keeps another rendering.
   */
  List<Plan> renameTemps(List<Plan> plans, Map<String, Path> temps) throws IOException {
    boolean renamed = false;
    List<Plan> kept = new ArrayList<>();
    for (Plan plan : plans) {
      Path file = file(plan.id());
      if (!shouldWrite(plan)) {
        kept.add(plan);
        continue;
      }
      if (held.test(plan.id())) revision.incrementAndGet(); // a rendering someone holds is replaced
      Path temp = temps.get(plan.id());
      if (temp == null) {
        AtomicFiles.replace(file, encode(plan));
      } else {
        // A batched import leaves new files unforced until its next flush (a crash then loses only what it never
        // reported). Replacing a file some other document already holds (a better rendering) is forced first even
        // then: a crash must leave that document its old whole file, never a torn one.
        if (syncs.active() && Files.exists(file)) AtomicFiles.force(temp);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (syncs.active()) syncs.placed(List.of(file), List.of()); // written unforced: forced at the next flush
      }
      renamed = true;
    }
    if (renamed) syncs.syncDirectory(plansDir);
    return kept;
  }

  /**
   * Whether a parsed plan goes to its file: when no document holds the plan yet, or when it is a better rendering
   * of the stored one. The same plan found in a traditional-script mirror and on the original simplified page has
   * one id; users read and quote the simplified wording, so a simplified rendering replaces a traditional one
   * whichever was imported first (never the other way round). Measure ids do not change: they come from the
   * folded text.
   */
  private boolean shouldWrite(Plan plan) throws IOException {
    Path file = file(plan.id());
    if (!Files.exists(file) || !held.test(plan.id())) return true;
    if (isTraditional(plan)) return false;
    return load(plan.id()).map(PlanFiles::isTraditional).orElse(true);
  }

  /** Whether the plan is rendered in traditional script (title or a measure): a mirror, not the page users quote. */
  static boolean isTraditional(Plan plan) {
    if (plan.title() != null && Fold.hasTraditional(plan.title())) return true;
    return plan.passages().stream().anyMatch(m -> Fold.hasTraditional(m.text()));
  }

  /** Writes every plan file as given (fsynced together, renamed into place, one directory sync). */
  void writeAll(List<Plan> plans) throws IOException {
    revision.incrementAndGet();
    Map<String, Path> temps = new LinkedHashMap<>();
    try {
      for (Plan plan : plans) {
        Path temp = plansDir.resolve(AtomicFiles.TEMP_PREFIX + UUID.randomUUID());
        replaced(temps.put(plan.id(), temp));
        AtomicFiles.writeUnsynced(temp, encode(plan));
      }
      AtomicFiles.forceAll(temps.values());
      for (Map.Entry<String, Path> e : temps.entrySet()) {
        Files.move(e.getValue(), file(e.getKey()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      if (!temps.isEmpty()) AtomicFiles.syncDirectory(plansDir);
    } finally {
      for (Path temp : temps.values()) AtomicFiles.deleteQuietly(temp);
    }
  }

  /** A plan listed twice is written once, its last rendering: the earlier temp file is removed, not left behind. */
  private static void replaced(Path earlierTemp) {
    if (earlierTemp != null) AtomicFiles.deleteQuietly(earlierTemp);
  }

  void delete(String planId) throws IOException {
    revision.incrementAndGet();
    Files.deleteIfExists(file(planId));
  }

  /** The plans as the files hold them now, with the revision taken before reading (so they are current while it is). */
  StoredPlans readAll(List<String> planIds) throws IOException {
    long before = revision();
    List<Plan> plans = new ArrayList<>();
    for (String id : planIds) read(id).ifPresent(plans::add);
    return new StoredPlans(plans, before);
  }

  /** See {@link StoredPlans}. */
  long revision() {
    return revision.get();
  }

  /**
   * How many plans have been read from their files to hand them out (for tests and benchmarks: an import reads none
   * back). Looking at a stored plan's script to choose which rendering to keep is not counted.
   */
  long reads() {
    return reads.sum();
  }

  /** Removes plan files no document refers to (written just before a crash, or left by a delete) and stray temps. */
  void removeOrphans(Set<String> referenced) throws IOException {
    if (!Files.isDirectory(plansDir) || !Files.isWritable(plansDir)) return;
    try (Stream<Path> files = Files.list(plansDir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        boolean orphan = name.endsWith(".json") && !referenced.contains(name.substring(0, name.length() - 5));
        if (orphan || name.startsWith(AtomicFiles.TEMP_PREFIX)) Files.deleteIfExists(f);
      }
    }
  }

  Path file(String planId) {
    return plansDir.resolve(planId + ".json");
  }
}
