package io.planscope.web;

import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.corpus.TestPlans;
import java.util.Optional;

/** A workspace on a data directory with the server over it on port 0 and a client holding the admin token. */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789";
  private final Workspace workspace;
  private final Javalin app;

  private TestServer(Workspace workspace, Javalin app) {
    this.workspace = workspace;
    this.app = app;
  }

  /** Opens the data directory with the test parser, as {@code serve} does, and starts the server. */
  static TestServer start(DataDir dir) throws Exception {
    Workspace ws = Workspace.open(dir, TestPlans::parse);
    AdminToken token = new AdminToken(Optional.of(TOKEN), "the test", false);
    return new TestServer(ws, WebServer.create(ws, new WebOptions(token, false, 1 << 20)).start("127.0.0.1", 0));
  }

  Workspace workspace() {
    return workspace;
  }

  UploadClient client() {
    return new UploadClient(app.port(), TOKEN);
  }

  @Override
  public void close() throws Exception {
    app.stop();
    workspace.close();
  }
}
