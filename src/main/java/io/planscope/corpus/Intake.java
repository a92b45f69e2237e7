package io.planscope.corpus;

import io.planscope.plan.NotFoundException;
import io.planscope.plan.Plan;
import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How documents and their plans come into the store (for {@link DocumentStore}, which documents each step): an
 * original is prepared under tmp/, forced to disk and renamed into place; plans are written to temporary files and
 * forced outside the write lock, then renamed into place under it before any document refers to them (during a
 * batched bulk import, {@link SyncBatch}, new files are forced later, together). Identical bytes arriving again only
 * add a source.
 */
final class Intake {
  private final StoreParts parts;

  Intake(StoreParts parts) {
    this.parts = parts;
  }

  /** Stores an original (or adds a source to the identical stored bytes); see {@link DocumentStore#add}. */
  DocumentStore.Added add(SourceDocument doc, String id) {
    Optional<DocumentFile> existing = parts.owners().document(id);
    if (existing.isEmpty()) return store(doc, DocumentFiles.arrived(id, doc), List.of());
    StoredDocument stored = addSource(existing.get(), doc).toStored();
    try {
      return new DocumentStore.Added(stored, false, parts.plans().readAll(stored.planIds()));
    } catch (IOException e) {
      throw parts.failure("read the plans of " + id, e);
    }
  }

  /** Stores a new document with its plans in one durable step; see {@link DocumentStore#addParsed}. */
  DocumentStore.Added addParsed(SourceDocument doc, String id, List<Plan> parsed, int version) {
    if (parts.owners().has(id)) return add(doc, id);
    List<Plan> plans = PlanFiles.distinct(parsed);
    return store(doc, DocumentFiles.arrived(id, doc).parsedInto(ids(plans), version), plans);
  }

  /**
   * Writes the original, its metadata and the plans' temporary files, forces them together, then under the lock
   * renames the plans and then the document into place (unless the same bytes were stored meanwhile).
   */
  private DocumentStore.Added store(SourceDocument doc, DocumentFile file, List<Plan> plans) {
    Path prepared = null;
    Map<String, Path> planTemps = new LinkedHashMap<>();
    List<Plan> kept;
    long revision;
    try {
      prepared = parts.documents().prepareUnsynced(file, doc.bytes());
      List<Path> toForce = new ArrayList<>(DocumentFiles.toForce(prepared));
      parts.plans().writeTemps(plans, planTemps);
      toForce.addAll(planTemps.values());
      if (!parts.syncs().active()) AtomicFiles.forceAll(toForce); // batched: forced in place by the next flush
      synchronized (parts.writeLock()) {
        if (parts.owners().has(file.id())) return add(doc, file.id()); // stored meanwhile by another caller
        parts.catalogue().drop();
        kept = parts.plans().renameTemps(plans, planTemps); // plan files durable before a document refers to them
        revision = parts.plans().revision();
        parts.documents().place(file.id(), prepared);
        prepared = null;
        parts.owners().register(file);
      }
      return new DocumentStore.Added(file.toStored(), true, asStored(plans, kept, revision));
    } catch (IOException e) {
      throw parts.failure("store '" + doc.filename() + "'", e);
    } finally {
      AtomicFiles.deleteQuietly(prepared);
      planTemps.values().forEach(AtomicFiles::deleteQuietly);
    }
  }

  /**
   * The plans as stored: each as given, but those whose file kept another rendering as that file holds it (read
   * after the lock; should it change meanwhile, the revision has moved on and says so).
   */
  private StoredPlans asStored(List<Plan> plans, List<Plan> kept, long revision) throws IOException {
    Set<String> keptIds = Set.copyOf(ids(kept));
    List<Plan> stored = new ArrayList<>(plans.size());
    for (Plan plan : plans) {
      if (keptIds.contains(plan.id())) {
        parts.plans().read(plan.id()).ifPresent(stored::add);
      } else {
        stored.add(plan);
      }
    }
    return new StoredPlans(stored, revision);
  }

  /** Adds where {@code doc} came from, and the publish date it was given, to the stored document (once each). */
  private DocumentFile addSource(DocumentFile existing, SourceDocument doc) {
    String uri = DocumentFiles.sourceUri(doc, existing.filename());
    if (existing.hasSourceUri(uri) && !doc.redates(existing.published())) return existing;
    synchronized (parts.writeLock()) {
      DocumentFile current = parts.owners().document(existing.id()).orElse(null);
      if (current == null) return existing;
      DocumentFile updated = current.hasSourceUri(uri)
          ? current : current.withSource(new PlanSource(current.id(), uri, DocumentFiles.fetchedAt(doc)));
      if (doc.redates(updated.published())) updated = updated.withPublished(doc.published());
      if (updated == current) return current;
      parts.writeDocument(updated);
      return updated;
    }
  }

  /**
   * Stores the plans parsed from a stored document and records their ids on it; with {@code restore}, also forgets
   * its hand deletions. See {@link DocumentStore#putPlans} and {@link DocumentStore#restorePlans}.
   */
  StoredPlans putPlans(String docId, List<Plan> parsed, int version, boolean restore) {
    if (!parts.owners().has(docId)) throw new NotFoundException("document", docId);
    List<Plan> plans = PlanFiles.distinct(parsed);
    Map<String, Path> temps = new LinkedHashMap<>();
    List<Plan> kept;
    long revision;
    try {
      parts.plans().writeTemps(plans, temps); // written and forced outside the lock, together
      AtomicFiles.forceAll(temps.values());
      synchronized (parts.writeLock()) {
        DocumentFile doc = parts.owners().document(docId).orElseThrow(() -> new NotFoundException("document", docId));
        parts.catalogue().drop();
        kept = parts.plans().renameTemps(plans, temps);
        revision = parts.plans().revision();
        parts.writeDocument(restore ? doc.restoredInto(ids(plans), version) : doc.parsedInto(ids(plans), version));
      }
      return asStored(plans, kept, revision);
    } catch (IOException e) {
      throw parts.failure("store the plans of " + docId, e);
    } finally {
      temps.values().forEach(AtomicFiles::deleteQuietly);
    }
  }

  private static List<String> ids(List<Plan> plans) {
    return plans.stream().map(Plan::id).toList();
  }
}
