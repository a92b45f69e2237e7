package io.planscope.corpus;

import io.planscope.plan.NotFoundException;
import io.planscope.plan.Plan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changes that can leave a plan without a holder, and so end by deleting such plans' files: deleting a document,
 * deleting a plan, and a re-parse replacing what documents were parsed into (for {@link DocumentStore}, which
 * documents each). Every one runs under the write lock and drops the catalogue snapshot first.
 */
final class Pruning {
  private final StoreParts parts;

  Pruning(StoreParts parts) {
    this.parts = parts;
  }

  /** See {@link DocumentStore#replaceParses}. */
  DocumentStore.Deleted replaceParses(Map<String, List<String>> planIds, List<Plan> plans, int version) {
    plans.forEach(p -> PlanFiles.checkId(p.id()));
    synchronized (parts.writeLock()) {
      try {
        parts.catalogue().drop();
        parts.plans().writeAll(plans);
        Set<String> before = new TreeSet<>();
        List<DocumentFile> changed = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : planIds.entrySet()) {
          DocumentFile doc = expect(e.getKey());
          before.addAll(doc.planIds());
          DocumentFile reparsed = doc.parsedInto(e.getValue(), version);
          if (!reparsed.equals(doc)) changed.add(reparsed); // same plans, same version: nothing to write
        }
        parts.documents().writeAll(changed);
        changed.forEach(parts.owners()::register);
        planIds.values().forEach(before::addAll);
        return parts.owners().dropUnreferenced(List.copyOf(before), parts.plans());
      } catch (IOException e) {
        throw parts.failure("store the re-parsed plans of " + planIds.keySet(), e);
      }
    }
  }

  /** See {@link DocumentStore#deleteDocument}. */
  DocumentStore.Deleted deleteDocument(String docId) {
    synchronized (parts.writeLock()) {
      DocumentFile doc = expect(docId);
      try {
        removeDocument(docId);
        return parts.owners().dropUnreferenced(doc.planIds(), parts.plans());
      } catch (IOException e) {
        throw parts.failure("delete document " + docId, e);
      }
    }
  }

  /** See {@link DocumentStore#deletePlan}. */
  DocumentStore.PlanDeleted deletePlan(String planId) {
    synchronized (parts.writeLock()) {
      List<String> holders = parts.owners().documentsOf(planId);
      if (holders.isEmpty()) throw new NotFoundException("plan", planId);
      List<String> removed = new ArrayList<>();
      try {
        for (String docId : holders) { // writeDocument drops the catalogue snapshot first
          DocumentFile rest = expect(docId).withoutPlan(planId);
          if (rest.planIds().isEmpty()) {
            removeDocument(docId);
            removed.add(docId);
          } else {
            parts.writeDocument(rest);
          }
        }
        parts.plans().delete(planId);
      } catch (IOException e) {
        throw parts.failure("delete plan " + planId, e);
      }
      return new DocumentStore.PlanDeleted(holders, removed);
    }
  }

  /** Moves the document's directory to the trash, unregisters it, then empties the trash. Under the write lock. */
  private void removeDocument(String docId) throws IOException {
    parts.catalogue().drop();
    Path trash = parts.documents().moveToTrash(docId);
    parts.owners().unregister(docId);
    AtomicFiles.deleteTree(trash);
  }

  private DocumentFile expect(String docId) {
    return parts.owners().document(docId).orElseThrow(() -> new NotFoundException("document", docId));
  }
}
