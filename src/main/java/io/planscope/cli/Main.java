package io.planscope.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The entry point: dispatches to one {@link Command} and turns failures into one plain line and an exit code. */
public final class Main {
  /** Every command, in the order --help lists them. */
  static final List<Command> COMMANDS =
      List.of(
          new ServeCommand(),
          new ParseCommand(),
          new ImportCommand(),
          new ReindexCommand(),
          new ReparseCommand(),
          new SearchCommand(),
          new KwicCommand(),
          new TrendCommand(),
          new CiteCommand(),
          new CrawlCommand(),
          new SimilarCommand(),
          new DiffCommand(),
          new CompareCommand(),
          new GenCommand(),
          new BenchCommand(),
          new TrainCommand());

  /**
   * Without the vector module (only long-running commands get it) Lucene logs a warning through JUL; a CLI command
   * should print one plain line, so that logger is quietened. Held here so it is not garbage-collected.
   */
  private static final java.util.logging.Logger QUIET_LUCENE =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] argv) {
    QUIET_LUCENE.setLevel(java.util.logging.Level.SEVERE);
    int code = run(argv, System.out, System.err);
    if (code != 0 || !isServe(argv)) {
      System.out.flush();
      System.exit(code);
    }
  }

  private static boolean isServe(String[] argv) {
    return argv.length > 0 && argv[0].equals("serve");
  }

  /** Runs a command line; returns the exit code (0 ok, 1 failure, 2 usage error). */
  public static int run(String[] argv, PrintStream out, PrintStream err) {
    if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
      printHelp(out);
      return argv.length == 0 ? 2 : 0;
    }
    if (argv[0].equals("--version")) {
      out.println("planscope " + io.planscope.app.Version.current());
      return 0;
    }
    Command command = find(argv[0]);
    if (command == null) {
      err.println("planscope: unknown command '" + argv[0] + "'; run ./planscope --help for the list");
      return 2;
    }
    List<String> rest = Arrays.asList(argv).subList(1, argv.length);
    if (rest.contains("--help") || rest.contains("-h")) {
      printCommandHelp(command, out);
      return 0;
    }
    return runCommand(command, rest, out, err);
  }

  private static int runCommand(Command command, List<String> rest, PrintStream out, PrintStream err) {
    try {
      return command.run(Args.parse(command.name(), command.options(), rest), out, err);
    } catch (UsageException e) {
      err.println("planscope " + command.name() + ": " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("planscope " + command.name() + ": " + describe(e));
      if (System.getenv("PLANSCOPE_DEBUG") != null) e.printStackTrace(err);
      return 1;
    }
  }

  /** One plain line for a failure: our exceptions carry a readable message; others get their type named. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file: " + message;
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied: " + message;
    if (message == null || message.isBlank()) message = e.getClass().getSimpleName();
    if (!e.getClass().getName().startsWith("io.planscope") && !(e instanceof IllegalArgumentException)) {
      message = e.getClass().getSimpleName() + ": " + message + " (set PLANSCOPE_DEBUG=1 for the stack trace)";
    }
    return message;
  }

  private static Command find(String name) {
    return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }

  private static void printHelp(PrintStream out) {
    out.println("PlanScope: search and compare Chinese education bureaus' work plans.");
    out.println();
    out.println("Usage: ./planscope COMMAND [OPTIONS]");
    out.println();
    out.println("Commands:");
    for (Command c : COMMANDS) out.printf("  %-10s %s%n", c.name(), c.summary());
    out.println();
    out.println("Run ./planscope COMMAND --help for a command's options. The README has examples.");
  }

  private static void printCommandHelp(Command c, PrintStream out) {
    out.println("Usage: ./planscope " + c.name() + (c.usage().isEmpty() ? "" : " " + c.usage()) + " [OPTIONS]");
    out.println();
    out.println(c.summary());
    if (c.options().isEmpty()) return;
    out.println();
    out.println("Options:");
    for (Option o : c.options()) {
      String left = "--" + o.name() + (o.isFlag() ? "" : " " + o.argName());
      out.printf("  %-22s %s%s%n", left, o.help(), o.repeatable() ? " (repeatable)" : "");
    }
    out.printf("  %-22s %s%n", "--help", "show this help");
  }
}
