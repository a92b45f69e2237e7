package io.planscope.cli;

import java.io.PrintStream;
import java.lang.reflect.Method;

/** Terminal facts for the commands that print diffs: whether to colour, and how wide a line may be. */
final class Terminal {
  static final String RED = "\u001b[1;31m";
  static final String GREEN = "\u001b[1;32m";
  static final String DIM = "\u001b[2m";
  static final String BOLD = "\u001b[1m";
  static final String RESET = "\u001b[0m";

  private Terminal() {}

  /** The --color option: always, never, or auto (ANSI only when stdout is a terminal and NO_COLOR is unset). */
  static Option colorOption() {
    return Option.value("color", "WHEN", "auto (default: only on a terminal), always or never");
  }

  /** The --width option. */
  static Option widthOption() {
    return Option.value("width", "N", "line width in columns (default: $COLUMNS, else 120)");
  }

  static boolean colour(Args args, PrintStream out, String command) {
    String when = args.get("color", "auto");
    return switch (when) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> out == System.out && System.getenv("NO_COLOR") == null && isTerminal();
      default -> throw Args.usage(command, "--color must be auto, always or never, not '" + when + "'");
    };
  }

  static int width(Args args) {
    int fallback = 120;
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{2,4}")) fallback = Integer.parseInt(columns);
    return args.getInt("width", fallback, 40, 1000);
  }

  /**
   * Whether stdout is a terminal. From JDK 22 System.console() exists even when output is redirected and
   * Console.isTerminal() tells; on 21 a console exists only for a terminal.
   */
  private static boolean isTerminal() {
    Object console = System.console();
    if (console == null) return false;
    try {
      Method m = console.getClass().getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console means a terminal
    }
  }

  /** Display columns of a char: 2 for CJK ideographs, kana, hangul and full-width forms, else 1. */
  static int columns(char c) {
    if (c < 0x1100) return 1;
    if ((c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
        || Character.isSurrogate(c)) {
      return 2;
    }
    return 1;
  }

  /** Display columns of a string. */
  static int columns(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) w += Character.isLowSurrogate(s.charAt(i)) ? 0 : columns(s.charAt(i));
    return w;
  }
}
