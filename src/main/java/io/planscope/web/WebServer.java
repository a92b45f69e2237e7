package io.planscope.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.compare.CompareException;
import io.planscope.compare.Comparisons;
import io.planscope.plan.NotFoundException;
import io.planscope.search.QueryException;
import io.planscope.search.Searcher;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: every route is registered in {@link #routes}, every exception mapped in {@link #errors}. */
public final class WebServer {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  static final String JSON_TYPE = "application/json; charset=utf-8";

  private WebServer() {}

  /** Creates (does not start) the server over an opened workspace. */
  public static Javalin create(Workspace workspace) {
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
          staticFiles(config, DataDir.webRoot());
          routes(config, workspace);
          errors(config);
        });
  }

  private static void routes(JavalinConfig config, Workspace workspace) {
    HealthRoutes health = new HealthRoutes(workspace);
    config.routes.get("/api/health", health::health);
    SearchRoutes search = new SearchRoutes(new Searcher(workspace.index()));
    config.routes.get("/api/search", search::search);
    config.routes.get("/api/facets", search::facets);
    config.routes.get("/api/kwic", search::kwic);
    config.routes.get("/api/trend", search::trend);
    // Plans and measures from the index's stored fields (the store owns /api/plans/{id}/original and deletes).
    config.routes.get("/api/plans/{id}", search::plan);
    config.routes.get("/api/measures/{id}", search::measure);
    CompareRoutes compare = new CompareRoutes(new Comparisons(workspace.store(), workspace.index()));
    config.routes.get("/api/measures/{id}/similar", compare::similar);
    config.routes.get("/api/measures/{id}/lineage", compare::lineage);
    config.routes.get("/api/diff", compare::diffMeasures);
    config.routes.post("/api/diff", compare::diffTexts);
    config.routes.get("/api/compare", compare::compare);
  }

  private static void errors(JavalinConfig config) {
    config.routes.exception(HttpProblem.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
    config.routes.exception(QueryException.class, (e, ctx) -> error(ctx, 400, "bad_query", e.getMessage()));
    config.routes.exception(CompareException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
    config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, "not_found", e.getMessage()));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal", "unexpected server error: " + e.getClass().getSimpleName()
              + "; the server log has the details");
        });
    config.routes.error(
        404,
        ctx -> {
          if (ctx.path().startsWith("/api/")) {
            error(ctx, 404, "not_found", "no endpoint " + ctx.method() + " " + ctx.path()
                + "; the README lists the API");
          }
        });
  }

  private static void staticFiles(JavalinConfig config, Path webRoot) {
    if (!Files.isDirectory(webRoot)) {
      LOG.warn("no front end at {}; only the API is served", webRoot);
      return;
    }
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = webRoot.toString();
          files.location = Location.EXTERNAL;
        });
  }

  /** Writes a JSON body with an explicit UTF-8 charset (Javalin sends none by default). */
  public static void json(Context ctx, Object body) {
    ctx.contentType(JSON_TYPE).result(Json.write(body));
  }

  static void error(Context ctx, int status, String code, String message) {
    ctx.status(status);
    json(ctx, new ApiError(code, message));
  }
}
