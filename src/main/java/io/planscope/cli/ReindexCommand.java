package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import java.io.PrintStream;
import java.util.List;

/** {@code ./planscope reindex [--data DIR]}: rebuilds the index from the store alone (same ids, same results). */
final class ReindexCommand implements Command {
  @Override
  public String name() {
    return "reindex";
  }

  @Override
  public String summary() {
    return "rebuild the search index from the stored documents and plans";
  }

  @Override
  public List<Option> options() {
    return List.of(Option.dataDir());
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    args.positionals(0, 0, "nothing");
    long start = System.nanoTime();
    DataDir dataDir = DataDir.fromOption(args.get("data", null));
    dataDir.requireStore("rebuild the index from");
    try (Workspace ws = Workspace.open(dataDir)) {
      int plans = ws.reindex();
      ws.refresh();
      Workspace.Stats stats = ws.stats();
      out.printf("reindex: %d plans, %d measures indexed from %s in %.1f s%n", plans, stats.measures(),
          ws.store().root(), (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }
}
