package io.planscope.ingest.meta;

import java.util.regex.Pattern;

/**
 * A line that is only an issuer's name: "某县教育局", "中共某区委教育工委", "某市教育局 某市教育工会". A printed plan
 * sets its issuer on a line of its own above "2099年工作要点"; the two lines are the plan's title.
 */
public final class IssuerLine {
  // a name is Han chars only, and ends in what an education body or its party committee is called
  private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,30}");
  private static final Pattern COMMITTEE = Pattern.compile(".*(?:教育工委|教育工作委员会)");
  private static final int MAX = 40;

  private IssuerLine() {}

  /** Whether the normalized line names only issuers, each ending in a bureau's or education committee's name. */
  public static boolean is(String norm) {
    String line = norm.strip();
    if (line.length() < 3 || line.length() > MAX) return false;
    for (String name : line.split("\\s+")) {
      if (!NAME.matcher(name).matches() || !endsWithBody(name)) return false;
    }
    return true;
  }

  /** Whether the normalized text names a bureau or an education committee anywhere ("2099年某县教育局工作要点"). */
  public static boolean namesBody(String norm) {
    return !Bureau.all(norm).isEmpty() || norm.contains("教育工委") || norm.contains("教育工作委员会");
  }

  private static boolean endsWithBody(String name) {
    if (COMMITTEE.matcher(name).matches()) return true;
    // "县教育局" names an area's bureau; "教育局" alone is as often a site's category
    for (Bureau.Found f : Bureau.all(name)) {
      if (f.end() == name.length() && f.start() > 0) return true;
    }
    return false;
  }
}
