package io.planscope.cli;

import io.javalin.Javalin;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
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
        Option.value("data", "DIR", "data directory (default: the repository's corpus/ and index/)"),
        Option.flag("no-demo", "do not import the demo corpus into an empty store"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    args.positionals(0, 0, "nothing");
    String host = args.get("host", "127.0.0.1");
    int port = args.getInt("port", 7070, 0, 65535);
    Workspace workspace = Workspace.open(DataDir.fromOption(args.get("data", null)));
    if (!args.has("no-demo")) workspace.importDemoIfEmpty(err);
    Javalin app = WebServer.create(workspace);
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
    stopped.await();
    return 0;
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
