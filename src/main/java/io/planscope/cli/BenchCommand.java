package io.planscope.cli;

import java.io.PrintStream;
import java.util.List;

final class BenchCommand implements Command {
  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "benchmark ingest and queries on a generated corpus";
  }

  @Override
  public List<Option> options() {
    return List.of();
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    return 0;
  }
}
