package io.planscope.cli;

/**
 * One option a command accepts.
 *
 * @param name the long name without dashes, e.g. "port"
 * @param argName the value's placeholder ("N", "DIR"), or null for a flag
 * @param help one line for --help
 * @param repeatable whether it may be given several times (e.g. --filter k=v)
 */
public record Option(String name, String argName, String help, boolean repeatable) {
  /** A flag without a value. */
  public static Option flag(String name, String help) {
    return new Option(name, null, help, false);
  }

  /** An option taking one value. */
  public static Option value(String name, String argName, String help) {
    return new Option(name, argName, help, false);
  }

  /** An option taking one value that may be repeated. */
  public static Option repeated(String name, String argName, String help) {
    return new Option(name, argName, help, true);
  }

  /** --data DIR: the data directory a command opens (every command that reads or writes the store). */
  public static Option dataDir() {
    return value("data", "DIR", "data directory (default: the repository's corpus/ and index/)");
  }

  boolean isFlag() {
    return argName == null;
  }
}
