package io.planscope.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A command's parsed arguments: options by name and the positional arguments, in order. */
public final class Args {
  private final String command;
  private final Map<String, List<String>> values;
  private final List<String> positionals;

  private Args(String command, Map<String, List<String>> values, List<String> positionals) {
    this.command = command;
    this.values = values;
    this.positionals = List.copyOf(positionals);
  }

  /**
   * Parses {@code --name value}, {@code --name=value} and flags against the command's options. Anything after
   * {@code --} is positional. Throws {@link UsageException} naming an unknown option or a missing value.
   */
  public static Args parse(String command, List<Option> options, List<String> raw) {
    Map<String, Option> byName = new LinkedHashMap<>();
    options.forEach(o -> byName.put(o.name(), o));
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> positionals = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String arg = raw.get(i);
      if (arg.equals("--")) {
        positionals.addAll(raw.subList(i + 1, raw.size()));
        break;
      }
      if (!arg.startsWith("--") || arg.length() == 2) {
        positionals.add(arg);
        continue;
      }
      String name = arg.substring(2);
      String inline = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        inline = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      Option option = byName.get(name);
      if (option == null) throw unknownOption(command, arg);
      String value;
      if (option.isFlag()) {
        if (inline != null) throw usage(command, "option --" + name + " takes no value");
        value = "true";
      } else if (inline != null) {
        value = inline;
      } else if (i + 1 < raw.size()) {
        value = raw.get(++i);
      } else {
        throw usage(command, "option --" + name + " needs a value (" + option.argName() + ")");
      }
      List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
      if (!option.repeatable() && !list.isEmpty()) {
        throw usage(command, "option --" + name + " was given twice");
      }
      list.add(value);
    }
    return new Args(command, values, positionals);
  }

  private static UsageException unknownOption(String command, String arg) {
    return new UsageException(
        "unknown option '" + arg + "' for '" + command + "'; run ./planscope " + command + " --help");
  }

  static UsageException usage(String command, String message) {
    return new UsageException(message + "; run ./planscope " + command + " --help");
  }

  /** Whether a flag or option was given. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The option's value, or the default when it was not given. */
  public String get(String name, String fallback) {
    List<String> list = values.get(name);
    return list == null ? fallback : list.get(list.size() - 1);
  }

  /** Every value of a repeatable option, in order. */
  public List<String> all(String name) {
    return List.copyOf(values.getOrDefault(name, List.of()));
  }

  /** The option's value as an int within [min, max], or the default; a bad value is a usage error. */
  public int getInt(String name, int fallback, int min, int max) {
    String raw = get(name, null);
    if (raw == null) return fallback;
    try {
      int v = Integer.parseInt(raw.strip());
      if (v < min || v > max) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw usage(
          command, "--" + name + " must be a whole number from " + min + " to " + max + ", not '" + raw + "'");
    }
  }

  /**
   * The repeated {@code --filter K=V} options as search filters ({@code region=浙江}: values of one key are OR-ed);
   * a value without {@code =} is a usage error.
   */
  public Map<String, List<String>> filters() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String f : all("filter")) {
      int eq = f.indexOf('=');
      if (eq <= 0 || eq == f.length() - 1) {
        throw usage(command, "--filter needs KEY=VALUE like region=浙江, not '" + f + "'");
      }
      filters.computeIfAbsent(f.substring(0, eq).strip(), k -> new ArrayList<>()).add(f.substring(eq + 1).strip());
    }
    return filters;
  }

  /** The positional arguments. */
  public List<String> positionals() {
    return positionals;
  }

  /** Throws a usage error unless there are between min and max positional arguments. */
  public List<String> positionals(int min, int max, String what) {
    if (positionals.size() < min) throw usage(command, "missing " + what);
    if (positionals.size() > max) {
      throw usage(command, "unexpected argument '" + positionals.get(max) + "'");
    }
    return positionals;
  }
}
