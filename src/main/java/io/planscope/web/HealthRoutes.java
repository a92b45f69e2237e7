package io.planscope.web;

import io.javalin.http.Context;
import io.planscope.app.BackgroundReindex;
import io.planscope.app.Reparser;
import io.planscope.app.Version;
import io.planscope.app.Workspace;

/** {@code GET /api/health}. */
final class HealthRoutes {
  private final Workspace workspace;

  HealthRoutes(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * {@code status}: {@code ok}, {@code degraded} (the index cannot write, e.g. a full disk: writes get 507 until it
   * recovers by itself) or {@code read-only} (writes refused for good); {@code reason} says why (null when ok);
   * {@code unindexed}: stored plans the index's last commit lacks. {@code reparse} and {@code reindex}: background jobs'
   * progress, null when none ran since the server started.
   */
  record Health(String status, long plans, long measures, String version, Reparser.Progress reparse, String reason,
      int unindexed, boolean readOnly, BackgroundReindex.Progress reindex) {}

  void health(Context ctx) {
    Workspace.Stats stats = workspace.stats();
    Workspace.Health h = workspace.health();
    WebServer.json(ctx, new Health(h.status(), stats.plans(), stats.measures(), Version.current(),
        workspace.reparseProgress().orElse(null), h.reason(), h.unindexed(), workspace.readOnly(),
        workspace.reindexProgress().orElse(null)));
  }
}
