package io.planscope.app;

import io.planscope.app.ReparseReport.Change;
import io.planscope.app.ReparseReport.Kind;
import io.planscope.corpus.DocumentStore;
import io.planscope.ingest.ParseResult;
import io.planscope.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One group of documents re-parsed (see {@link Reparser}): what each document held, what it parses into now under
 * the ids decided, the rendering stored for each plan, and how every plan changed. Everything is read and decided
 * when it is built, before anything is written. A plan deleted by hand from a document stays out of it when it
 * parses to the same id again (a plan whose text newer rules change comes back under a new id: delete it again).
 */
final class GroupChange {
  private final DocumentStore store;
  private final Set<String> documents;
  private final Map<String, String> finalIds;
  private final Map<String, List<String>> newIds = new LinkedHashMap<>();
  private final Map<String, Plan> plans = new LinkedHashMap<>();
  private final List<Change> changes = new ArrayList<>();

  GroupChange(Reparser reparser, Map<String, ParseResult> parsed) {
    this.store = reparser.store();
    this.documents = parsed.keySet();
    List<PlanIdMatcher.DocumentPlans> docs = new ArrayList<>();
    Set<String> oldIds = new LinkedHashSet<>();
    parsed.forEach((id, result) -> {
      List<String> held = store.expectDocument(id).planIds();
      oldIds.addAll(held);
      docs.add(new PlanIdMatcher.DocumentPlans(held, distinct(result.plans())));
    });
    Map<String, Plan> oldPlans = new LinkedHashMap<>();
    for (String id : oldIds) store.plan(id).ifPresent(p -> oldPlans.put(id, p));
    this.finalIds = reparser.decide(docs, oldPlans);
    List<String> docIds = List.copyOf(parsed.keySet());
    for (int i = 0; i < docs.size(); i++) place(docIds.get(i), docs.get(i).newPlans(), oldPlans);
    keepRenderingsHeldElsewhere();
    describe(oldPlans, oldIds);
  }

  private static List<Plan> distinct(List<Plan> plans) {
    Map<String, Plan> byId = new LinkedHashMap<>();
    for (Plan p : plans) byId.putIfAbsent(p.id(), p);
    return List.copyOf(byId.values());
  }

  /**
   * Records a document's plans under their final ids. Of two renderings of one plan (a simplified page and its
   * traditional mirror) the simplified one is stored, else the one from the document imported first, as an import
   * would have done. A plan under an old id keeps the ids of its measures whose wording is unchanged.
   */
  private void place(String docId, List<Plan> parsed, Map<String, Plan> oldPlans) {
    List<String> ids = new ArrayList<>();
    List<String> deleted = store.deletedPlans(docId);
    for (Plan p : parsed) {
      String id = finalIds.get(p.id());
      Plan renamed = PlanIdMatcher.keepMeasureIds(p.withId(id), oldPlans.get(id));
      if (deleted.contains(p.id()) || deleted.contains(renamed.id())) continue; // deleted by hand: stays deleted
      ids.add(renamed.id());
      plans.merge(renamed.id(), renamed, GroupChange::preferred);
    }
    newIds.put(docId, ids.stream().distinct().toList());
  }

  /** Of two renderings of one plan, the one stored: the first, unless it is traditional and the second is not. */
  static Plan preferred(Plan first, Plan second) {
    return DocumentStore.isTraditional(first) && !DocumentStore.isTraditional(second) ? second : first;
  }

  /**
   * A plan also held by a document outside the group (one that failed to parse, or a stored copy this parse
   * joins) keeps its stored rendering unless that is traditional and the new one simplified, as on import.
   */
  private void keepRenderingsHeldElsewhere() {
    for (Map.Entry<String, Plan> e : plans.entrySet()) {
      if (!heldOutside(e.getKey())) continue;
      Optional<Plan> stored = store.plan(e.getKey());
      boolean better = stored.isPresent() && DocumentStore.isTraditional(stored.get())
          && !DocumentStore.isTraditional(e.getValue());
      if (stored.isPresent() && !better) e.setValue(stored.get());
    }
  }

  private boolean heldOutside(String planId) {
    return store.documentsOf(planId).stream().anyMatch(d -> !documents.contains(d));
  }

  private void describe(Map<String, Plan> oldPlans, Set<String> oldIds) {
    for (Plan now : plans.values()) {
      Plan before = oldPlans.containsKey(now.id()) ? oldPlans.get(now.id()) : store.plan(now.id()).orElse(null);
      changes.add(change(before, now));
    }
    for (String id : oldIds) {
      if (!plans.containsKey(id) && !heldOutside(id) && oldPlans.containsKey(id)) {
        changes.add(change(oldPlans.get(id), null));
      }
    }
  }

  private static Change change(Plan before, Plan now) {
    if (before == null) return new Change(Kind.ADDED, now.id(), null, now.title(), 0, now.measures().size());
    if (now == null) {
      return new Change(Kind.REMOVED, before.id(), before.title(), null, before.measures().size(), 0);
    }
    Kind kind = before.equals(now) ? Kind.UNCHANGED : Kind.CHANGED;
    return new Change(kind, now.id(), before.title(), now.title(), before.measures().size(), now.measures().size());
  }

  List<Change> changes() {
    return List.copyOf(changes);
  }

  /** Each document's new plan ids, in page order. */
  Map<String, List<String>> newIds() {
    return newIds;
  }

  /** The plans to write, one rendering per id: those added or changed (an unchanged plan file is left alone). */
  List<Plan> plans() {
    Set<String> unchanged = new java.util.HashSet<>();
    for (Change c : changes) if (c.kind() == Kind.UNCHANGED) unchanged.add(c.planId());
    return plans.values().stream().filter(p -> !unchanged.contains(p.id())).toList();
  }

  /** Text hash → kept id, where they differ (recorded as aliases). */
  Map<String, String> keptIds() {
    Map<String, String> kept = new LinkedHashMap<>();
    finalIds.forEach((contentId, id) -> {
      if (!contentId.equals(id)) kept.put(contentId, id);
    });
    return kept;
  }
}
