package io.planscope.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.config.SizeUnit;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.ImporterSink;
import io.planscope.app.Workspace;
import io.planscope.compare.CompareException;
import io.planscope.compare.Comparisons;
import io.planscope.corpus.StoreException;
import io.planscope.crawl.CrawlException;
import io.planscope.crawl.CrawlJobs;
import io.planscope.crawl.TargetGuard;
import io.planscope.json.Json;
import io.planscope.source.IngestException;
import io.planscope.cite.Citations;
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

  /** Creates (does not start) the server over an opened workspace, with the default options and token. */
  public static Javalin create(Workspace workspace) {
    AdminToken token = AdminToken.resolve(workspace.dataDir(), System.getenv());
    return create(workspace, new WebOptions(token, false, WebOptions.DEFAULT_MAX_UPLOAD));
  }

  /** Creates (does not start) the server over an opened workspace. */
  public static Javalin create(Workspace workspace, WebOptions options) {
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
          limits(config, options);
          staticFiles(config, DataDir.webRoot());
          routes(config, workspace, options);
          errors(config);
        });
  }

  private static void limits(JavalinConfig config, WebOptions options) {
    long max = options.maxUploadBytes();
    config.http.maxRequestSize = max;
    config.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(max, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    // Jetty's default 8 KB fits under 900 Chinese characters URL-encoded; past the limit the answer is JSON.
    config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(JettyErrors.MAX_HEADER_BYTES));
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
  }

  private static void routes(JavalinConfig config, Workspace workspace, WebOptions options) {
    AdminGuard guard = new AdminGuard(options.token(), options.privateReads());
    config.routes.before("/api/*", guard::reads);
    HealthRoutes health = new HealthRoutes(workspace);
    config.routes.get("/api/health", health::health);
    config.routes.get("/api/schema", SchemaRoutes::schema);
    ReindexRoutes reindex = new ReindexRoutes(workspace);
    config.routes.post("/api/reindex", guard.admin(reindex::start));
    config.routes.get("/api/reindex", reindex::progress);
    SearchRoutes search = new SearchRoutes(new Searcher(workspace.index()));
    // POST takes the same parameters as a JSON body: a long Chinese query does not fit in a URL (9 bytes a character).
    config.routes.get("/api/search", search::search);
    config.routes.post("/api/search", search::search);
    config.routes.get("/api/facets", search::facets);
    config.routes.post("/api/facets", search::facets);
    config.routes.get("/api/kwic", search::kwic);
    config.routes.post("/api/kwic", search::kwic);
    config.routes.get("/api/trend", search::trend);
    config.routes.post("/api/trend", search::trend);
    // Measures from the index's stored fields; plans come from the store (PlanRoutes: sources with fetch times).
    config.routes.get("/api/measures/{id}", search::measure);
    CompareRoutes compare = new CompareRoutes(new Comparisons(workspace.store(), workspace.index()));
    config.routes.get("/api/measures/{id}/similar", compare::similar);
    config.routes.get("/api/measures/{id}/lineage", compare::lineage);
    config.routes.post("/api/similar", compare::similarText);
    config.routes.get("/api/diff", compare::diffMeasures);
    config.routes.post("/api/diff", compare::diffTexts);
    config.routes.get("/api/compare", compare::compare);
    config.routes.get("/api/compare/chain", compare::chain);
    DocumentRoutes documents = new DocumentRoutes(workspace, options.maxUploadBytes());
    config.routes.post("/api/documents", guard.admin(documents::upload));
    config.routes.delete("/api/documents/{id}", guard.admin(documents::delete));
    config.routes.get("/api/documents/{id}/original", documents::original);
    config.routes.get("/api/formats", FormatRoutes::formats);
    PlanRoutes plans = new PlanRoutes(workspace);
    config.routes.get("/api/plans/{id}", plans::plan);
    config.routes.get("/api/plans/{id}/original", plans::original);
    config.routes.delete("/api/plans/{id}", guard.admin(plans::delete));
    CiteRoutes cite = new CiteRoutes(new Citations(workspace.store()), new Searcher(workspace.index()));
    config.routes.get("/api/plans/{id}/cite", cite::plan);
    config.routes.get("/api/measures/{id}/cite", cite::measure);
    config.routes.get("/api/cite", cite::many);
    crawl(config, workspace, guard);
  }

  // API crawls import through the upload pipeline, keep their state in DATA/crawl, and stop with the server.
  private static void crawl(JavalinConfig config, Workspace workspace, AdminGuard guard) {
    CrawlJobs jobs = new CrawlJobs(new ImporterSink(workspace.importer()));
    config.events.serverStopping(jobs::close);
    CrawlRoutes crawl = new CrawlRoutes(jobs, workspace.dataDir().root().resolve("crawl"), new TargetGuard(false));
    config.routes.post("/api/crawl", guard.admin(ctx -> {
      workspace.checkWritable(); // a crawl that could store nothing is refused up front, not page by page
      crawl.start(ctx);
    }));
    config.routes.get("/api/crawl/{job}", crawl::status);
  }

  private static void errors(JavalinConfig config) {
    config.routes.exception(HttpProblem.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
    config.routes.exception(QueryException.class, (e, ctx) -> error(ctx, 400, "bad_query", e.getMessage()));
    config.routes.exception(CompareException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
    config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, "not_found", e.getMessage()));
    config.routes.exception(StoreException.class, WebServer::storeFailure);
    config.routes.exception(CrawlException.class, (e, ctx) -> error(ctx, 400, "crawl_refused", e.getMessage()));
    config.routes.exception(
        IngestException.class,
        (e, ctx) -> error(ctx, DocumentRoutes.status(e.reason()), DocumentRoutes.code(e.reason()), e.getMessage()));
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
          // Only when no route answered: a route's own 404 (unknown plan, unknown crawl job) keeps its message.
          String type = ctx.res().getContentType();
          if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
            error(ctx, 404, "not_found", "no endpoint " + ctx.method() + " " + ctx.path()
                + "; the README lists the API");
          } else if (type == null || type.startsWith("text/plain")) {
            ctx.contentType("text/html; charset=utf-8").result("<!doctype html><meta charset=utf-8><title>Not found"
                + "</title><p>No page here. <a href=\"/\">Search the plans</a> or see <a href=\"/api/health\">"
                + "/api/health</a>.</p>");
          }
        });
  }

  /** A full disk is 507 Insufficient Storage; a read-only or failing data directory is 503. Nothing half-written. */
  private static void storeFailure(StoreException e, Context ctx) {
    LOG.error("store failure on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
    boolean full = e.reason() == StoreException.Reason.DISK_FULL;
    if (!full) ctx.header("Retry-After", "60");
    error(ctx, full ? 507 : 503, full ? "disk_full" : "store_unavailable", e.getMessage());
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
          // Jetty sends text types without a charset; say UTF-8 explicitly (the front end is Chinese).
          files.mimeTypes.add("text/html; charset=utf-8", "html");
          files.mimeTypes.add("text/javascript; charset=utf-8", "js");
          files.mimeTypes.add("text/css; charset=utf-8", "css");
          files.mimeTypes.add("image/svg+xml; charset=utf-8", "svg");
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
