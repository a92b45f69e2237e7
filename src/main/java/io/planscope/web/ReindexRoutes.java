package io.planscope.web;

import io.javalin.http.Context;
import io.planscope.app.BackgroundReindex;
import io.planscope.app.Workspace;

/**
 * {@code POST /api/reindex} (admin): re-indexes every stored plan in the background while searches go on, answering
 * 202 with the progress; {@code GET /api/reindex} polls it (also in {@code /api/health} as {@code reindex}).
 */
final class ReindexRoutes {
  private final Workspace workspace;

  ReindexRoutes(Workspace workspace) {
    this.workspace = workspace;
  }

  void start(Context ctx) {
    BackgroundReindex.Progress p = workspace.reindexInBackground();
    ctx.status(202).header("Location", "/api/reindex");
    WebServer.json(ctx, p);
  }

  void progress(Context ctx) {
    BackgroundReindex.Progress p = workspace.reindexProgress().orElseThrow(() -> new HttpProblem(404, "not_found",
        "no reindex has run since the server started; start one with POST /api/reindex (admin token)"));
    WebServer.json(ctx, p);
  }
}
