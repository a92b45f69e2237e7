package io.planscope.cli;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.compare.Comparisons;
import io.planscope.compare.TextDiff;
import io.planscope.json.Json;
import java.io.PrintStream;
import java.util.List;

/** {@code ./planscope diff A B}: two measures (or, with --text, two texts) side by side, changes coloured. */
final class DiffCommand implements Command {
  @Override
  public String name() {
    return "diff";
  }

  @Override
  public String summary() {
    return "diff two measures by id (or two texts with --text), side by side";
  }

  @Override
  public String usage() {
    return "A B";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.dataDir(),
        Option.flag("text", "A and B are texts, not measure ids"),
        Option.flag("ignore-script", "traditional vs simplified and full vs half width punctuation do not count"),
        Option.flag("inline", "one column with [-deleted-] and {+inserted+} instead of two"),
        Option.flag("json", "print the API's JSON"),
        Terminal.colorOption(),
        Terminal.widthOption());
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    List<String> ab = args.positionals(2, 2, "A and B (two measure ids, or two texts with --text)");
    boolean ignore = args.has("ignore-script");
    TextDiff.Diff diff;
    if (args.has("text")) {
      diff = TextDiff.of(ab.get(0), ab.get(1), ignore);
    } else {
      try (Workspace ws = Workspace.openForReading(DataDir.fromOption(args.get("data", null)),
        note -> err.println("planscope " + name() + ": " + note))) {
        diff = new Comparisons(ws.store(), ws.index()).diffMeasures(ab.get(0), ab.get(1), ignore);
      }
    }
    if (args.has("json")) {
      out.println(Json.write(diff));
      return 0;
    }
    SideBySide view = new SideBySide(Terminal.width(args), Terminal.colour(args, out, name()));
    out.printf("similarity %.2f%n", diff.similarity());
    if (args.has("inline")) out.println(view.inline(diff.ops()));
    else view.print(diff.ops(), true, true, out);
    return 0;
  }
}
