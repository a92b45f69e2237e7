package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.index.Dimension;
import io.planscope.search.QueryException;
import io.planscope.json.Json;
import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the query commands (search, kwic, trend) share: the query from the positional arguments, the store opened for
 * reading, a bad query as a usage error (exit 2), and the answer printed as JSON, CSV or text.
 */
final class QueryRun {
  private QueryRun() {}

  /** --filter K=V, as search, kwic and trend take it: every dimension the index has. */
  static Option filterOption() {
    return Option.repeated("filter", "K=V",
        "filter on " + String.join(", ", Dimension.names()) + ", e.g. region=浙江, year=2021..2024");
  }

  /** The positional arguments as one query; a usage error naming an example when there are none. */
  static String query(Args args, String command, String example) {
    String q = String.join(" ", args.positionals(1, Integer.MAX_VALUE, "QUERY (e.g. ./planscope " + command + " "
        + example + ")"));
    if (args.has("json") && args.has("csv")) throw Args.usage(command, "choose one of --json and --csv");
    return q;
  }

  /** Runs the question on the data directory's index; a bad query or parameter is the user's to fix. */
  static <T> T ask(Args args, String command, PrintStream err, Function<Workspace, T> question) throws Exception {
    try (Workspace workspace = Workspace.openForReading(DataDir.fromOption(args.get("data", null)),
        note -> err.println("planscope " + command + ": " + note))) {
      return question.apply(workspace);
    } catch (QueryException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Prints the answer as --json, --csv or text. */
  static <T> void print(Args args, PrintStream out, T answer, Function<T, String> csv, Consumer<T> text) {
    if (args.has("json")) out.println(Json.write(answer));
    else if (args.has("csv")) out.print(csv.apply(answer));
    else text.accept(answer);
  }
}
