package io.planscope.cli;

import io.planscope.bench.BenchRun;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./planscope bench [--plans N] [--seed S] [--threads T] [--data DIR] [--json FILE] [--peer postgres]}: generates (or
 * reuses) a corpus, ingests it into a fresh data directory and runs the fixed query workload (BENCHMARKS.md).
 */
final class BenchCommand implements Command {
  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "benchmark ingest and queries on a generated corpus (see BENCHMARKS.md)";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("plans", "N", "plans to generate (default 1000)"),
        Option.value("seed", "S", "random seed for the corpus and the workload (default 42)"),
        Option.value("threads", "T", "ingest threads (default: the number of cores)"),
        Option.value("queries", "K", "queries per class (default 100)"),
        Option.value("warmup", "W", "warm-up queries per class, other than the measured ones (default K/2, at least 10)"),
        Option.value("work", "DIR", "work directory for the corpus and data (default /tmp/planscope-bench)"),
        Option.flag("small", "generate the small plans of generator version 2 (17 measures, 3.2 KB) for quick runs"),
        Option.value("corpus", "DIR", "use this generated corpus instead of generating one"),
        Option.value("data", "DIR", "skip generation and ingest: run startup and queries on this data directory"),
        Option.value("json", "FILE", "also write the report as JSON"),
        Option.value("peer", "NAME", "also run a peer on the same measures and queries: postgres"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    args.positionals(0, 0, "nothing");
    String peer = args.get("peer", "");
    if (!peer.isEmpty() && !peer.equals("postgres")) {
      throw Args.usage(name(), "unknown peer '" + peer + "'; the peer supported is postgres");
    }
    Path work = Path.of(args.get("work", "/tmp/planscope-bench"));
    Files.createDirectories(work);
    int queries = args.getInt("queries", 100, 1, 100_000);
    BenchRun.Config config = new BenchRun.Config(
        args.getInt("plans", 1000, 1, 10_000_000),
        Long.parseLong(args.get("seed", "42")),
        args.getInt("threads", Runtime.getRuntime().availableProcessors(), 1, 256),
        queries,
        work,
        args.has("corpus") ? Path.of(args.get("corpus", null)) : null,
        peer.equals("postgres"),
        args.has("data") ? Path.of(args.get("data", null)) : null,
        args.getInt("warmup", BenchRun.Config.defaultWarmup(queries), 1, 100_000),
        args.has("small"));
    Map<String, Object> report = new BenchRun(config, out).run();
    if (args.has("json")) {
      BenchRun.writeJson(report, Path.of(args.get("json", null)));
      out.println("bench: wrote " + args.get("json", null));
    }
    return 0;
  }
}
