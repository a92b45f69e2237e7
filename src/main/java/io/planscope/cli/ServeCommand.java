package io.planscope.cli;

import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.web.WebOptions;
import io.planscope.web.WebServer;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code ./planscope serve}: the API and the front end. */
final class ServeCommand implements Command {
  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "run the web server (API and front end); imports the demo corpus on first start";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("host", "HOST", "interface to listen on (default 127.0.0.1)"),
        Option.value("port", "PORT", "port to listen on (default 7070; 0 picks a free one)"),
        Option.dataDir(),
        Option.flag("no-demo", "do not import the demo corpus into an empty store"),
        Option.flag("private", "make every API read need the admin token too (writes always need it)"),
        Option.value("max-upload-mb", "MB", "largest upload accepted (default 20, or $PLANSCOPE_MAX_UPLOAD_MB)"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    args.positionals(0, 0, "nothing");
    String host = args.get("host", "127.0.0.1");
    int port = args.getInt("port", 7070, 0, 65535);
    Workspace workspace = Workspace.open(DataDir.fromOption(args.get("data", null)));
    if (workspace.readOnly()) {
      err.println("planscope: read-only: " + workspace.health().reason() + "; searches work, writes are refused");
    }
    if (!args.has("no-demo")) workspace.importDemoIfEmpty(err);
    Javalin app = WebServer.create(workspace, webOptions(args, workspace, err));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  err.println("planscope: shutting down, committing the index ...");
                  app.stop();
                  closeQuietly(workspace, err);
                  stopped.countDown();
                },
                "planscope-shutdown"));
    app.start(host, port);
    Workspace.Stats stats = workspace.stats();
    out.printf(
        "PlanScope ready at http://%s:%d/ (%d plans, %d measures; data in %s)%n",
        host.contains(":") ? "[" + host + "]" : host, app.port(), stats.plans(), stats.measures(),
        workspace.dataDir().root());
    out.flush();
    // Documents parsed by older rules are parsed again in the background; searches answer meanwhile.
    if (!workspace.reparseInBackground(err)) workspace.warmUp(); // else the re-parse loads ingestion's tables
    stopped.await();
    return 0;
  }

  private static WebOptions webOptions(Args args, Workspace workspace, PrintStream err) {
    String envMax = System.getenv("PLANSCOPE_MAX_UPLOAD_MB");
    int fallback = 20;
    if (envMax != null && envMax.strip().matches("\\d{1,5}")) fallback = Integer.parseInt(envMax.strip());
    long maxBytes = (long) args.getInt("max-upload-mb", fallback, 1, 10_000) << 20;
    AdminToken token = AdminToken.resolve(workspace.dataDir(), System.getenv());
    if (!token.configured()) {
      err.println("planscope: no admin token (" + token.where() + "); uploads and deletes are refused");
    } else if (token.generated()) {
      err.println("planscope: generated an admin token in " + token.where()
          + " (mode 0600); send it as 'Authorization: Bearer TOKEN' to upload or delete");
    } else {
      err.println("planscope: admin token from " + token.where());
    }
    return new WebOptions(token, args.has("private"), maxBytes);
  }

  private static void closeQuietly(Workspace workspace, PrintStream err) {
    try {
      workspace.close();
      err.println("planscope: index committed and closed");
    } catch (Exception e) {
      err.println("planscope: closing the index failed: " + e.getMessage());
    }
  }
}
