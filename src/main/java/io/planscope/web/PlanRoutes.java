package io.planscope.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.planscope.app.Workspace;
import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.PlanSource;
import io.planscope.corpus.StoredDocument;
import io.planscope.json.Json;
import io.planscope.plan.NotFoundException;
import io.planscope.plan.Plan;
import io.planscope.search.PlanMarks;
import java.util.List;

/**
 * A stored plan: {@code GET /api/plans/{id}} (metadata, sources, outline, measures, from the store; with
 * {@code ?q=} also where the search's words occur, see {@link PlanMarks}),
 * {@code GET /api/plans/{id}/original} and {@code DELETE /api/plans/{id}} (admin).
 */
final class PlanRoutes {
  private final Workspace workspace;

  PlanRoutes(Workspace workspace) {
    this.workspace = workspace;
  }

  void plan(Context ctx) {
    Plan plan = workspace.store().expectPlan(ctx.pathParam("id"));
    List<PlanSource> sources = workspace.store().sources(plan.id());
    ObjectNode body = Json.MAPPER.valueToTree(plan);
    body.set("sources", Json.MAPPER.valueToTree(sources));
    String documentId = sources.isEmpty() ? null : sources.get(0).documentId();
    body.put("documentId", documentId);
    body.put("original", documentId == null
        ? "/api/plans/" + plan.id() + "/original" : "/api/documents/" + documentId + "/original");
    String q = ctx.queryParam("q");
    if (q != null && !q.isBlank()) body.set("marks", Json.MAPPER.valueToTree(PlanMarks.of(plan, q)));
    WebServer.json(ctx, body);
  }

  /** The original of the document the plan was first found in. */
  void original(Context ctx) {
    String id = ctx.pathParam("id");
    List<PlanSource> sources = workspace.store().sources(id);
    if (sources.isEmpty()) throw new NotFoundException("plan", id);
    StoredDocument doc = workspace.store().expectDocument(sources.get(0).documentId());
    Originals.send(ctx, doc, workspace.store().original(doc.id()));
  }

  void delete(Context ctx) {
    String id = ctx.pathParam("id");
    DocumentStore.PlanDeleted deleted = workspace.deletePlan(id);
    WebServer.json(ctx, new Deleted(id, deleted.documents(), deleted.removedDocuments()));
  }

  /**
   * @param documents the documents that held the plan
   * @param removedDocuments those left with no plan: deleted, their originals no longer served
   */
  record Deleted(String deleted, List<String> documents, List<String> removedDocuments) {}
}
