package io.planscope.web;

import io.javalin.http.Context;
import io.planscope.app.Reparser;
import io.planscope.app.Version;
import io.planscope.app.Workspace;

/** {@code GET /api/health}. */
final class HealthRoutes {
  private final Workspace workspace;

  HealthRoutes(Workspace workspace) {
    this.workspace = workspace;
  }

  /** {@code reparse}: the background re-parse's progress, null when none ran since the server started. */
  record Health(String status, long plans, long measures, String version, Reparser.Progress reparse) {}

  void health(Context ctx) {
    Workspace.Stats stats = workspace.stats();
    WebServer.json(ctx, new Health("ok", stats.plans(), stats.measures(), Version.current(),
        workspace.reparseProgress().orElse(null)));
  }
}
