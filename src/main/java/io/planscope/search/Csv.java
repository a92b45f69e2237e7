package io.planscope.search;

import java.util.List;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (Excel needs it to read Chinese), CRLF line ends, every field
 * quoted when it holds a comma, quote or line break. A field starting with = + - @ gets a leading apostrophe so a
 * spreadsheet does not run it as a formula.
 */
public final class Csv {
  public static final String BOM = "\uFEFF";

  private Csv() {}

  public static String of(List<String> header, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder(BOM);
    line(header, sb);
    for (List<String> row : rows) line(row, sb);
    return sb.toString();
  }

  private static void line(List<String> fields, StringBuilder sb) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) sb.append(',');
      sb.append(field(fields.get(i)));
    }
    sb.append("\r\n");
  }

  static String field(String raw) {
    String s = raw == null ? "" : raw;
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** An API path on the server's address; anything else as it is. */
  static String absolute(String base, String link) {
    return link != null && link.startsWith("/api/") ? base + link : str(link);
  }

  static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  /** Search hits as rows, the archived originals as the API gives them ({@code /api/…}). */
  public static String hits(List<Hit> hits) {
    return hits(hits, "");
  }

  /**
   * Search hits as rows; {@code base} (http://host:port) makes the archived originals' links absolute, so a row
   * pasted into a spreadsheet elsewhere still opens its original.
   */
  public static String hits(List<Hit> hits, String base) {
    List<List<String>> rows = hits.stream().map(h -> List.of(
        h.measureId(), h.planId(), str(h.title()), str(h.year()), str(h.region().province()), str(h.region().city()),
        str(h.region().county()), str(h.level()), str(h.sectionType()), String.join(";", h.topics()),
        String.join(" › ", h.path()), h.text(), str(h.score()), str(h.source()), absolute(base, h.original()),
        String.join(";", h.lead()), String.join(";", h.partners()), str(h.deadline()), str(h.published()),
        str(h.issuer()), str(h.kind()), str(h.bureau()))).toList();
    return of(List.of("measureId", "planId", "title", "year", "province", "city", "county", "level", "sectionType",
        "topics", "path", "text", "score", "source", "original", "lead", "partners", "deadline", "published", "issuer",
        "kind", "bureau"), rows);
  }

  /** With {@code unit=plan}: one row per plan (its metadata and how many of its measures matched). */
  public static String plans(List<PlanGroup> groups) {
    return plans(groups, "");
  }

  /** As {@link #plans(List)}, with the originals' links made absolute on {@code base}. */
  public static String plans(List<PlanGroup> groups, String base) {
    List<List<String>> rows = groups.stream().map(g -> {
      Hit best = g.hits().isEmpty() ? null : g.hits().get(0);
      return List.of(g.planId(), str(g.title()), str(g.year()), best == null ? "" : str(best.published()),
          best == null ? "" : str(best.issuer()), str(g.region().province()), str(g.region().city()),
          str(g.region().county()), str(g.level()), str(g.kind()), str(g.bureau()), Integer.toString(g.matches()),
          Float.toString(g.score()), best == null ? "" : str(best.source()),
          best == null ? "" : absolute(base, best.original()));
    }).toList();
    return of(List.of("planId", "title", "year", "published", "issuer", "province", "city", "county", "level", "kind",
        "bureau", "matches", "score", "source", "original"), rows);
  }

  /** Concordance lines as rows. */
  public static String kwic(List<Concordance.Line> lines) {
    List<List<String>> rows = lines.stream().map(l -> List.of(
        l.measureId(), l.planId(), str(l.title()), str(l.year()), str(l.region().province()),
        str(l.region().city()), str(l.region().county()), l.left(), l.match(), l.right(), l.in())).toList();
    return of(List.of("measureId", "planId", "title", "year", "province", "city", "county", "left", "match", "right",
        "in"), rows);
  }

  /** Trend rows. */
  public static String trend(Trends.Result r) {
    List<List<String>> rows = r.rows().stream().map(row -> List.of(
        row.key(), Long.toString(row.plans()), Long.toString(row.total()), Double.toString(row.share()))).toList();
    return of(List.of(r.by(), "plans", "total", "share"), rows);
  }
}
