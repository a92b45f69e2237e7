package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.bench.CorpusGenerator;
import io.planscope.bench.ParseCheck;
import io.planscope.bench.PlanShape;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code ./planscope gen --plans N --seed S --out DIR}: writes a deterministic synthetic corpus for benchmarks. */
final class GenCommand implements Command {
  @Override
  public String name() {
    return "gen";
  }

  @Override
  public String summary() {
    return "generate a synthetic corpus of plan pages from the demo corpus (deterministic per seed)";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("plans", "N", "number of plans to write (default 1000)"),
        Option.value("seed", "S", "random seed (default 42); the same seed gives the same bytes"),
        Option.value("out", "DIR", "output directory (required): new, empty, or an earlier gen corpus, which is replaced"),
        Option.flag("small", "small plans as before generator version 3 (about 17 measures, 3.2 KB) for quick runs;"
            + " by default plans have real length (about 46 measures, 14 KB)"),
        Option.value("check", "K", "parse every K-th page back and compare plan counts (default 20; 0 = skip)"));
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    args.positionals(0, 0, "nothing");
    if (!args.has("out")) throw Args.usage(name(), "--out DIR is required");
    int plans = args.getInt("plans", 1000, 1, 10_000_000);
    long seed = Long.parseLong(args.get("seed", "42"));
    int check = args.getInt("check", 20, 0, Integer.MAX_VALUE);
    Path dir = Path.of(args.get("out", null));
    long t0 = System.nanoTime();
    PlanShape shape = args.has("small") ? PlanShape.SMALL : PlanShape.REAL;
    var pages = new CorpusGenerator(DataDir.demoCorpus(), shape).generate(plans, seed, dir);
    out.printf("gen: %d plans in %d pages written to %s in %.1f s%n", plans, pages.size(), dir,
        (System.nanoTime() - t0) / 1e9);
    if (check == 0) return 0;
    ParseCheck.Result r = ParseCheck.check(dir, check);
    out.printf("check: %d pages parsed back: %d plans expected, %d parsed%n", r.pages(), r.expected(), r.parsed());
    r.mismatches().forEach(m -> err.println("  mismatch " + m));
    return r.ok() ? 0 : 1;
  }
}
