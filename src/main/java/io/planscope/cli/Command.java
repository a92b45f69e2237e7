package io.planscope.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One CLI command. How to add one: implement this in a small class in this package, keep the work in a feature
 * package, and list it in {@link Main#COMMANDS}.
 */
public interface Command {
  /** The name typed after ./planscope. */
  String name();

  /** One line for ./planscope --help. */
  String summary();

  /** The positional part of the usage line, e.g. "FILE..." (may be empty). */
  default String usage() {
    return "";
  }

  /** The options it accepts. */
  List<Option> options();

  /** Runs it; returns the exit code. Feature exceptions are turned into one plain line by Main. */
  int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
