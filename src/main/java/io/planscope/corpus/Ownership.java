package io.planscope.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which documents the store holds and which plans each holds, in memory: every document's metadata by id, and for
 * every plan the documents holding it. A plan lives while a document holds it; the one that loses its last holder
 * is dropped ({@link #dropUnreferenced}). Reads are lock-free; {@link #register} and {@link #unregister} are called
 * under the store's write lock, after the disk already says the same.
 */
final class Ownership {
  private final Map<String, DocumentFile> documents = new ConcurrentHashMap<>();
  /** Plan id to the ids of the documents holding it (immutable sorted sets), kept in step with {@link #documents}. */
  private final Map<String, Set<String>> holders = new ConcurrentHashMap<>();

  /** Records a document, new or changed: plans it no longer lists lose it as a holder, the ones it lists gain it. */
  void register(DocumentFile file) {
    DocumentFile old = documents.put(file.id(), file);
    if (old != null) {
      for (String p : old.planIds()) if (!file.planIds().contains(p)) release(p, file.id());
    }
    for (String p : file.planIds()) {
      holders.compute(p, (k, v) -> {
        if (v == null) return Set.of(file.id()); // most plans have one document: no tree (100k of them at start)
        TreeSet<String> ids = new TreeSet<>(v);
        ids.add(file.id());
        return Collections.unmodifiableSet(ids);
      });
    }
  }

  /** Forgets a deleted document; its plans lose it as a holder. */
  void unregister(String docId) {
    DocumentFile old = documents.remove(docId);
    if (old != null) old.planIds().forEach(p -> release(p, docId));
  }

  private void release(String planId, String docId) {
    holders.computeIfPresent(planId, (k, v) -> {
      TreeSet<String> ids = new TreeSet<>(v);
      ids.remove(docId);
      return ids.isEmpty() ? null : Collections.unmodifiableSet(ids);
    });
  }

  /**
   * Deletes the files of those plans no document holds any more; returns them as removed, and the others (which
   * gained or lost a holder) as changed.
   */
  DocumentStore.Deleted dropUnreferenced(List<String> planIds, PlanFiles files) throws IOException {
    List<String> removed = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (String id : planIds) {
      if (holds(id)) {
        changed.add(id);
      } else {
        files.delete(id);
        removed.add(id);
      }
    }
    return new DocumentStore.Deleted(removed, changed);
  }

  Optional<DocumentFile> document(String docId) {
    return Optional.ofNullable(docId == null ? null : documents.get(docId));
  }

  boolean has(String docId) {
    return documents.containsKey(docId);
  }

  /** Whether a document holds the plan. */
  boolean holds(String planId) {
    return holders.containsKey(planId);
  }

  /** Every document, ordered by id. */
  List<DocumentFile> documents() {
    return documents.values().stream().sorted(Comparator.comparing(DocumentFile::id)).toList();
  }

  /** Ids of documents stored but not yet parsed. */
  List<String> unparsed() {
    return documents.values().stream().filter(f -> !f.parsed()).map(DocumentFile::id).sorted().toList();
  }

  boolean isEmpty() {
    return documents.isEmpty();
  }

  /** The ids of the documents holding the plan, ordered by id. */
  List<String> documentsOf(String planId) {
    return List.copyOf(holders.getOrDefault(planId, Set.of()));
  }

  /** Every place the plan was found (each holder's sources), oldest first. */
  List<PlanSource> sources(String planId) {
    return holders.getOrDefault(planId, Set.of()).stream()
        .map(documents::get)
        .filter(Objects::nonNull)
        .flatMap(d -> d.sources().stream())
        .sorted(Comparator.comparing(PlanSource::fetchedAt).thenComparing(PlanSource::uri))
        .toList();
  }

  /** Ids of every held plan, sorted. */
  List<String> planIds() {
    return List.copyOf(new TreeSet<>(holders.keySet()));
  }
}
