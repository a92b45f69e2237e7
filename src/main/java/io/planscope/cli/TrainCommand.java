package io.planscope.cli;

import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.corpus.AtomicFiles;
import io.planscope.web.WebOptions;
import io.planscope.web.WebServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./planscope train}: a short, fixed run through what a start and the first queries use, so the JVM can
 * record it. The launcher runs it once after each build with the JVM's class-data cache switched to recording
 * ({@code -XX:AOTCacheOutput} on JDK 25, {@code -XX:ArchiveClassesAtExit} before), and every later start maps the
 * recorded classes instead of loading and linking them again. It works in a temporary data directory (the demo
 * corpus imported, closed and opened again as a restart would, then the API and the CLI queries) and removes it.
 */
final class TrainCommand implements Command {
  @Override
  public String name() {
    return "train";
  }

  @Override
  public String summary() {
    return "record a start and first queries for the JVM's startup cache (the launcher runs it after a build)";
  }

  @Override
  public List<Option> options() {
    return List.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    args.positionals(0, 0, "nothing");
    Path tmp = Files.createTempDirectory("planscope-train");
    try {
      DataDir dir = DataDir.at(tmp);
      PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
      try (Workspace ws = Workspace.open(dir)) {
        ws.importDemoIfEmpty(quiet);
      }
      try (Workspace ws = Workspace.open(dir)) { // a restart: the catalogue and the index marker
        serveQueries(ws);
      }
      String data = tmp.toString();
      for (List<String> argv : List.of(
          List.of("search", "课后服务 质量", "--data", data),
          List.of("search", "\"课后服务\"", "--filter", "section=tasks", "--json", "--data", data))) {
        int code = Main.run(argv.toArray(String[]::new), quiet, quiet);
        if (code != 0) throw new IllegalStateException(String.join(" ", argv) + " exited " + code + " during training");
      }
      out.println("planscope train: done");
      return 0;
    } finally {
      AtomicFiles.deleteTree(tmp);
    }
  }

  /** The front end's first requests and one of each query class, over HTTP on a free port. */
  private static void serveQueries(Workspace ws) throws IOException, InterruptedException {
    AdminToken token = AdminToken.resolve(ws.dataDir(), Map.of());
    Javalin app = WebServer.create(ws, new WebOptions(token, false, WebOptions.DEFAULT_MAX_UPLOAD));
    app.start("127.0.0.1", 0);
    try (HttpClient http = HttpClient.newHttpClient()) {
      String base = "http://127.0.0.1:" + app.port();
      String measure = firstMeasureId(http, base);
      for (String path : List.of("/", "/api/health", "/api/search?q=" + enc("教育") + "&size=1",
          "/api/search?q=" + enc("课后服务 质量") + "&unit=plan", "/api/search?q=" + enc("\"课后服务\"")
              + "&section=tasks&year=2020..2025", "/api/facets", "/api/kwic?q=" + enc("\"课后服务\""),
          "/api/trend?q=" + enc("\"课后服务\""), "/api/measures/" + measure + "/similar",
          "/api/measures/" + measure)) {
        int status = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
        // A run that met errors would record the wrong paths: fail it, and the launcher runs without the cache.
        if (status != 200) throw new IllegalStateException("GET " + path + " answered " + status + " during training");
      }
    } finally {
      app.stop();
    }
  }

  private static String firstMeasureId(HttpClient http, String base) throws IOException, InterruptedException {
    String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + enc("学校") + "&size=1"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    int at = body.indexOf("\"measureId\":\"");
    return at < 0 ? "m0" : body.substring(at + 13, body.indexOf('"', at + 13));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
