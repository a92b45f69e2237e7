package io.planscope.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of one robots.txt that apply to us (RFC 9309): the group naming our product token, else the {@code *}
 * group; the longest matching Allow/Disallow path wins, Allow on a tie; {@code *} and a final {@code $} in paths;
 * Crawl-delay (not in the RFC, but bureau sites set it).
 */
public final class RobotsTxt {
  /** One Allow or Disallow line. */
  record Rule(boolean allow, String pattern) {}

  /** Allows everything: no robots.txt (404) or an empty one. */
  public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), Optional.empty());
  private final List<Rule> rules;
  private final Optional<Duration> crawlDelay;
  private final String unreachable;

  private RobotsTxt(List<Rule> rules, Optional<Duration> crawlDelay) {
    this(rules, crawlDelay, null);
  }

  private RobotsTxt(List<Rule> rules, Optional<Duration> crawlDelay, String unreachable) {
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
    this.unreachable = unreachable;
  }

  /**
   * Allows nothing: robots.txt could not be read because the server failed (5xx) or timed out, which RFC 9309
   * 2.3.1.4 treats as a full disallow.
   */
  public static RobotsTxt unreachable(String why) {
    return new RobotsTxt(List.of(new Rule(false, "/")), Optional.empty(), why);
  }

  /** Why robots.txt could not be read, when the host is disallowed for that reason. */
  public Optional<String> unreachableReason() {
    return Optional.ofNullable(unreachable);
  }

  /** Parses robots.txt text for the given product token (e.g. "PlanScopeBot"); never fails. */
  public static RobotsTxt parse(String text, String robotName) {
    List<Group> groups = groups(text);
    String me = robotName.toLowerCase(Locale.ROOT);
    List<Group> mine = groups.stream().filter(g -> g.agents.stream().anyMatch(a -> names(a, me))).toList();
    if (mine.isEmpty()) mine = groups.stream().filter(g -> g.agents.contains("*")).toList();
    List<Rule> rules = new ArrayList<>();
    Optional<Duration> delay = Optional.empty();
    for (Group g : mine) {
      rules.addAll(g.rules);
      if (g.delay != null && delay.isEmpty()) delay = Optional.of(g.delay);
    }
    return new RobotsTxt(rules, delay);
  }

  // "User-agent: PlanScopeBot/0.1" and "User-agent: planscope" both name us; "*" only as the fallback.
  private static boolean names(String agent, String me) {
    if (agent.equals("*")) return false;
    String token = agent.split("[/\\s]", 2)[0];
    return !token.isEmpty() && me.startsWith(token);
  }

  private static final class Group {
    final List<String> agents = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    Duration delay;
  }

  private static List<Group> groups(String text) {
    List<Group> groups = new ArrayList<>();
    Group current = null;
    boolean inAgents = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      String line = stripComment(raw);
      int colon = line.indexOf(':');
      if (colon < 0) continue;
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (!inAgents) groups.add(current = new Group());
        current.agents.add(value.toLowerCase(Locale.ROOT));
        inAgents = true;
        continue;
      }
      inAgents = false;
      if (current == null) continue; // rules before any User-agent line belong to no group
      switch (field) {
        case "allow" -> addRule(current, true, value);
        case "disallow" -> addRule(current, false, value);
        case "crawl-delay" -> current.delay = seconds(value);
        default -> { } // Sitemap, Host and unknown fields do not change what we may fetch
      }
    }
    return groups;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static void addRule(Group g, boolean allow, String path) {
    if (path.isEmpty()) return; // "Disallow:" with no path allows everything
    g.rules.add(new Rule(allow, encode(path)));
  }

  private static Duration seconds(String value) {
    try {
      double s = Double.parseDouble(value);
      if (s < 0 || Double.isNaN(s)) return null;
      // A site asking for more than a minute between pages would make a crawl take days; cap it.
      return Duration.ofMillis((long) (Math.min(s, 60) * 1000));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The Crawl-delay for us, when robots.txt sets one (capped at 60 s). */
  public Optional<Duration> crawlDelay() {
    return crawlDelay;
  }

  /** Whether we may fetch this URL. /robots.txt itself is always allowed. */
  public boolean allows(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (path.equals("/robots.txt")) return true;
    String target = canonical(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    Rule best = null;
    for (Rule r : rules) {
      if (!matches(r.pattern(), target)) continue;
      if (best == null || r.pattern().length() > best.pattern().length()
          || (r.pattern().length() == best.pattern().length() && r.allow())) {
        best = r;
      }
    }
    return best == null || best.allow();
  }

  /** Matches a robots path pattern ({@code *} any run, trailing {@code $} end) against a path from its start. */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
    return glob(p, path);
  }

  // Two-pointer glob match, backtracking only to the last '*': linear-ish, so a hostile "/*a*a*a*a…" cannot blow up.
  private static boolean glob(String p, String s) {
    int pi = 0, si = 0, star = -1, mark = 0;
    while (si < s.length()) {
      if (pi < p.length() && p.charAt(pi) == '*') {
        star = pi++;
        mark = si;
      } else if (pi < p.length() && p.charAt(pi) == s.charAt(si)) {
        pi++;
        si++;
      } else if (star >= 0) {
        pi = star + 1;
        si = ++mark;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') pi++;
    return pi == p.length();
  }

  // Patterns may be written as "/计划/"; paths arrive as "/%E8%AE%A1%E5%88%92/": compare both percent-encoded,
  // with upper-case hex.
  private static String encode(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f) sb.append((char) c);
      else sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
    }
    return canonical(sb.toString());
  }

  private static String canonical(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        sb.append('%').append(s.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        i += 2;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
