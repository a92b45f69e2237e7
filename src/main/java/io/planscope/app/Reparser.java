package io.planscope.app;

import io.planscope.app.ReparseReport.Change;
import io.planscope.app.ReparseReport.Failure;
import io.planscope.app.ReparseReport.Kind;
import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.PlanSource;
import io.planscope.corpus.StoredDocument;
import io.planscope.source.IngestException;
import io.planscope.ingest.ParseResult;
import io.planscope.source.ParserVersion;
import io.planscope.plan.Plan;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Parses stored originals again with today's rules and brings their plans, the store and the index in line, so that
 * plans stored under older rules end up as a fresh import would have them. Originals are only read.
 *
 * <p>Documents are taken in <em>groups</em>: a document with every other document sharing one of its plans (a
 * mirror on another site, a traditional-script copy), closed over. A group is parsed whole (outside any lock) and
 * decided whole, so a plan merged from two documents stays one plan, and a plan whose copies now parse differently
 * becomes two, as a fresh import would. Each new plan gets, in order: the id decided for its text earlier in this
 * run; its own id (the hash of its text) when that is already stored, so an unchanged plan keeps its id and a copy
 * joins a stored plan; the id a re-parse kept for that text before ({@link io.planscope.corpus.PlanAliases}); an
 * old id of its document by the {@link PlanIdMatcher} criterion; else its own id. Kept ids are recorded as aliases
 * before the plans are written under them.
 *
 * <p>A document the current rules cannot parse keeps its old plans and version (the next run tries again). A crash
 * leaves every document listing readable plans; a document not yet marked with the current version is parsed again
 * by the next run, and the index catches up on open (see {@link IndexSync#fingerprint}).
 */
public final class Reparser {
  /** Hears about each plan and document as a re-parse goes. */
  public interface Listener {
    default void changed(Change change) {}

    default void failed(Failure failure) {}

    default void progress(int done, int total) {}
  }

  /** Progress so far, for {@code /api/health}: state is running, done, stopped or failed. */
  public record Progress(String state, int documents, int done, int changed, int added, int removed, int failed) {}

  private final DocumentStore store;
  private final Importer importer;
  /** Null in a dry run: nothing is written. */
  private final IndexSync sync;
  /** Text hash → the id decided in this run, so a plan found again in a later group gets the same one. */
  private final Map<String, String> decided = new HashMap<>();
  /** Old ids some plan keeps in this run: no other text may take them. */
  private final Set<String> keptInRun = new HashSet<>();
  private final ReparseCounts counts = new ReparseCounts();
  /** Documents whose files are written together (see {@link #reparseBatch}). */
  private static final int BATCH_DOCUMENTS = 32;
  private volatile boolean stopped;

  Reparser(DocumentStore store, Importer importer, IndexSync sync) {
    this.store = store;
    this.importer = importer;
    this.sync = sync;
  }

  /** Asks a running re-parse to stop: groups already parsed are written whole, the rest is left for the next run. */
  void stop() {
    stopped = true;
  }

  Progress progress() {
    return counts.progress();
  }

  /** Re-parses the selected documents (with every document sharing a plan with them); reports what changed. */
  ReparseReport run(Predicate<StoredDocument> which, Listener listener) {
    long start = System.nanoTime();
    List<StoredDocument> selected = store.documents().stream().filter(which).toList();
    counts.start(selected.size());
    Tally tally = new Tally(listener, selected);
    Set<String> seen = new HashSet<>();
    List<List<String>> batch = new ArrayList<>();
    int inBatch = 0;
    for (StoredDocument doc : selected) {
      if (stopped) break;
      if (seen.contains(doc.id())) continue;
      List<String> group = group(doc.id());
      seen.addAll(group);
      batch.add(group);
      inBatch += group.size();
      if (inBatch >= BATCH_DOCUMENTS) {
        reparseBatch(batch).forEach(tally::add);
        batch = new ArrayList<>();
        inBatch = 0;
      }
    }
    reparseBatch(batch).forEach(tally::add);
    counts.finish(stopped ? "stopped" : "done");
    return new ReparseReport(tally.documents, tally.changes, tally.failures, sync == null,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** What a run found so far; passes each group's outcome on to the listener and the progress counts. */
  private final class Tally {
    private final Listener listener;
    private final int total;
    private final Set<String> pending;
    private final List<Change> changes = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private int documents;

    Tally(Listener listener, List<StoredDocument> selected) {
      this.listener = listener;
      this.total = selected.size();
      this.pending = new HashSet<>(selected.stream().map(StoredDocument::id).toList());
    }

    void add(GroupResult result) {
      result.changes().forEach(listener::changed);
      result.failures().forEach(listener::failed);
      changes.addAll(result.changes());
      failures.addAll(result.failures());
      documents += result.documents().size();
      pending.removeAll(result.documents());
      counts.add(result, total - pending.size());
      listener.progress(total - pending.size(), total);
    }
  }

  /** Marks the run failed (an exception stopped it), for the progress report. */
  void failed() {
    counts.finish("failed");
  }

  /** The document and every document sharing a plan with it, closed over; oldest first (as they were imported). */
  private List<String> group(String docId) {
    Deque<String> todo = new ArrayDeque<>(List.of(docId));
    Set<String> ids = new TreeSet<>();
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (!ids.add(id)) continue;
      store.document(id).ifPresent(d -> d.planIds().forEach(p -> todo.addAll(store.documentsOf(p))));
    }
    return ids.stream().map(store::document).flatMap(java.util.Optional::stream)
        .sorted(Comparator.comparing(Reparser::firstFetched).thenComparing(StoredDocument::id))
        .map(StoredDocument::id).toList();
  }

  private static Instant firstFetched(StoredDocument doc) {
    return doc.sources().stream().map(PlanSource::fetchedAt).filter(java.util.Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(Instant.MAX);
  }

  /** One group's outcome: its documents, how its plans changed, and the documents that failed to parse. */
  record GroupResult(List<String> documents, List<Change> changes, List<Failure> failures) {}

  /** One group parsed: the results of the documents that parsed, and the failures. */
  private record ParsedGroup(List<String> documents, Map<String, ParseResult> parsed, List<Failure> failures) {}

  /**
   * Re-parses a batch of groups: parsed outside any lock, then decided one group after another and written together,
   * so their files are forced to disk in a few rounds instead of a few per document (decisions read the store as it
   * was before the batch, as a dry run does).
   */
  private List<GroupResult> reparseBatch(List<List<String>> groups) {
    List<ParsedGroup> parsed = new ArrayList<>();
    for (List<String> group : groups) {
      if (stopped) break; // what is parsed is written; the rest stays outdated for the next run
      parsed.add(parse(group));
    }
    if (parsed.isEmpty()) return List.of();
    if (sync == null) return parsed.stream().map(p -> result(p, new GroupChange(this, p.parsed()))).toList();
    return importer.exclusively(() -> apply(parsed));
  }

  private ParsedGroup parse(List<String> docIds) {
    Map<String, ParseResult> parsed = new LinkedHashMap<>();
    List<Failure> failures = new ArrayList<>();
    for (String id : docIds) {
      StoredDocument doc = store.document(id).orElse(null);
      if (doc == null) continue; // deleted meanwhile
      try {
        parsed.put(id, importer.parseAsIs(Importer.sourceOf(store, doc)));
      } catch (IngestException e) {
        // today's rules read the page and find no plan in it (a news report, a summary): its plans go, as a fresh
        // import would have none, while the original stays stored; any other failure keeps the old plans
        if (e.reason() == IngestException.Reason.NO_PLAN) parsed.put(id, noPlan(doc, e));
        else failures.add(new Failure(id, doc.filename(), e.getMessage()));
      }
    }
    return new ParsedGroup(docIds, parsed, failures);
  }

  private static ParseResult noPlan(StoredDocument doc, IngestException e) {
    return new ParseResult(doc.filename(), List.of(), List.of(), List.of(e.getMessage()));
  }

  private static GroupResult result(ParsedGroup group, GroupChange change) {
    return new GroupResult(group.documents(), change.changes(), group.failures());
  }

  /** Decides and writes a batch's new plans (under the importer's exclusive lock); returns each group's outcome. */
  private List<GroupResult> apply(List<ParsedGroup> groups) {
    List<GroupResult> results = new ArrayList<>();
    Map<String, String> kept = new LinkedHashMap<>();
    Map<String, List<String>> newIds = new LinkedHashMap<>();
    Map<String, Plan> plans = new LinkedHashMap<>();
    for (ParsedGroup group : groups) {
      group.parsed().keySet().removeIf(id -> store.document(id).isEmpty()); // deleted while parsing
      GroupChange change = new GroupChange(this, group.parsed());
      results.add(result(group, change));
      kept.putAll(change.keptIds());
      newIds.putAll(change.newIds());
      change.plans().forEach(p -> plans.merge(p.id(), p, GroupChange::preferred));
    }
    store.recordAliases(kept);
    DocumentStore.Deleted deleted = store.replaceParses(newIds, List.copyOf(plans.values()), ParserVersion.CURRENT);
    for (GroupResult r : results) {
      for (Change c : r.changes()) {
        if (c.kind() == Kind.CHANGED || c.kind() == Kind.ADDED) sync.resync(c.planId());
      }
    }
    deleted.removedPlans().forEach(sync::sync);
    deleted.changedPlans().forEach(sync::sync);
    return results;
  }

  // ---- deciding ids (used by GroupChange) ----

  DocumentStore store() {
    return store;
  }

  /**
   * Final ids for a group's new plans (by text hash), in page order; see the class comment for the order of rules.
   */
  Map<String, String> decide(List<PlanIdMatcher.DocumentPlans> docs, Map<String, Plan> oldPlans) {
    Set<String> groupOld = new LinkedHashSet<>();
    Set<String> contentIds = new LinkedHashSet<>();
    for (PlanIdMatcher.DocumentPlans d : docs) {
      groupOld.addAll(d.oldIds());
      d.newPlans().forEach(p -> contentIds.add(p.id()));
    }
    Map<String, String> ids = new LinkedHashMap<>();
    Set<String> unresolved = new LinkedHashSet<>();
    for (String contentId : contentIds) {
      String id = settled(contentId, groupOld, ids);
      if (id == null) unresolved.add(contentId);
      else ids.put(contentId, id);
    }
    Set<String> free = new HashSet<>(groupOld);
    free.removeAll(ids.values());
    free.removeAll(contentIds);
    free.removeAll(keptInRun);
    Map<String, String> kept = PlanIdMatcher.match(docs, oldPlans, unresolved, free);
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String contentId : contentIds) {
      ordered.put(contentId, ids.getOrDefault(contentId, kept.getOrDefault(contentId, contentId)));
    }
    decided.putAll(ordered);
    keptInRun.addAll(ordered.values());
    return ordered;
  }

  /** The id a text hash has without matching: decided earlier, stored as is, or kept by an earlier re-parse. */
  private String settled(String contentId, Set<String> groupOld, Map<String, String> taken) {
    String id = decided.get(contentId);
    if (id != null) return id;
    if (groupOld.contains(contentId) || !store.documentsOf(contentId).isEmpty()) return contentId;
    return store.aliases().keptId(contentId)
        .filter(kept -> !store.documentsOf(kept).isEmpty())
        .filter(kept -> !taken.containsValue(kept) && !keptInRun.contains(kept))
        .orElse(null);
  }
}
