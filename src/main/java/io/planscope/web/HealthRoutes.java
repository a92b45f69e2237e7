package io.planscope.web;

import io.javalin.http.Context;
import io.planscope.app.Version;
import io.planscope.app.Workspace;

/** {@code GET /api/health}. */
final class HealthRoutes {
  private final Workspace workspace;

  HealthRoutes(Workspace workspace) {
    this.workspace = workspace;
  }

  record Health(String status, long plans, long measures, String version) {}

  void health(Context ctx) {
    Workspace.Stats stats = workspace.stats();
    WebServer.json(ctx, new Health("ok", stats.plans(), stats.measures(), Version.current()));
  }
}
