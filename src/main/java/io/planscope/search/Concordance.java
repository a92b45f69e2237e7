package io.planscope.search;

import io.planscope.index.Fields;
import io.planscope.plan.Region;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Concordance (KWIC): every occurrence of the query's exact wording with N characters of context on each side, cut
 * from the original text of a measure, a heading or a plan title (each heading and title once, where it stands). Occurrences are found in the folded form, so a simplified phrase lines up traditional text.
 */
public final class Concordance {
  /** Measures scanned at most; past it the result says it is truncated. */
  public static final int MAX_MEASURES = 20_000;

  public static final int MAX_WIDTH = 200;

  /** Lines returned when the caller names no limit: a page a person reads, or a CSV a spreadsheet opens at once. */
  public static final int DEFAULT_LINES = 1_000;

  /** The most lines one answer carries (a common word occurs hundreds of thousands of times in a large corpus). */
  public static final int MAX_LINES = 10_000;

  /** The stored fields a line shows (not the normalized copy of the text, the path or the sources). */
  private static final Set<String> READ = Set.of(Fields.MEASURE_ID, Fields.PLAN_ID, Fields.TITLE, Fields.TEXT,
      Fields.PROVINCE, Fields.CITY, Fields.COUNTY, Fields.REGION_CODE, Fields.YEAR, Fields.EXACT_HEADING,
      Fields.EXACT_TITLE);

  private final Searcher searcher;

  public Concordance(Searcher searcher) {
    this.searcher = searcher;
  }

  /** One occurrence; {@code in} is where: "title", "heading" or "text". */
  public record Line(
      String measureId, String planId, String title, Region region, Integer year, String left, String match,
      String right, String in) {}

  /**
   * The lines, sorted, at most {@code limit} of them; counts of occurrences, measures and plans over every line found.
   * {@code truncated}: more measures matched than were scanned, or more lines were found than returned.
   */
  public record Result(
      String q, int width, String sort, long occurrences, long measures, long plans, boolean truncated,
      List<Line> lines) {
    public Result {
      lines = List.copyOf(lines);
    }
  }

  /**
   * @param sort "left" (by the context just before the match, read leftwards), "right" (after it) or "" (by year,
   *     newest first)
   */
  public Result kwic(String q, Map<String, List<String>> filters, int width, String sort) {
    return kwic(q, filters, width, sort, DEFAULT_LINES);
  }

  /** As {@link #kwic(String, Map, int, String)}, returning at most {@code limit} lines (1 to {@link #MAX_LINES}). */
  public Result kwic(String q, Map<String, List<String>> filters, int width, String sort, int limit) {
    if (limit < 1 || limit > MAX_LINES) {
      throw QueryException.parameter("limit must be from 1 to " + MAX_LINES + ", not " + limit);
    }
    if (width < 1 || width > MAX_WIDTH) {
      throw QueryException.parameter("width must be from 1 to " + MAX_WIDTH + ", not " + width);
    }
    if (!List.of("", "left", "right").contains(sort)) {
      throw QueryException.parameter("unknown sort '" + sort + "'; use left or right");
    }
    CompiledQuery query = QueryCompiler.compile(q, filters);
    if (query.highlight().phrases().isEmpty()) {
      throw QueryException.parameter("kwic needs a phrase to line up, e.g. q=\"课后服务\"; got '" + q + "'");
    }
    try {
      return searcher.index().withSearcher(shared -> {
        IndexSearcher s = SearchThreads.of(shared);
        Sort byYear = new Sort(new SortField(Fields.YEAR, SortField.Type.INT, true), SortField.FIELD_DOC);
        TopDocs top = s.search(searcher.drillDown(query),
            new TopFieldCollectorManager(byYear, MAX_MEASURES, null, Integer.MAX_VALUE));
        return lines(s.storedFields(), top, query, new Shape(q, width, sort, limit));
      });
    } catch (IOException e) {
      throw new UncheckedIOException("concordance failed reading the index", e);
    }
  }

  /** What the caller asked for. */
  private record Shape(String q, int width, String sort, int limit) {}

  private static Result lines(StoredFields stored, TopDocs top, CompiledQuery query, Shape shape) throws IOException {
    int width = shape.width();
    String sort = shape.sort();
    List<Line> lines = new ArrayList<>();
    Set<String> plans = new HashSet<>();
    for (ScoreDoc sd : top.scoreDocs) {
      DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(READ);
      stored.document(sd.doc, visitor);
      Document d = visitor.getDocument();
      int before = lines.size();
      for (String title : d.getValues(Fields.EXACT_TITLE)) occurrences(d, title, "title", query, width, lines);
      for (String heading : d.getValues(Fields.EXACT_HEADING)) {
        occurrences(d, heading, "heading", query, width, lines);
      }
      occurrences(d, d.get(Fields.TEXT), "text", query, width, lines);
      if (lines.size() > before) plans.add(d.get(Fields.PLAN_ID));
    }
    if (sort.equals("left")) lines = sortedBy(lines, l -> reverse(l.left()));
    if (sort.equals("right")) lines.sort(Comparator.comparing(Line::right));
    long measures = lines.stream().map(Line::measureId).distinct().count();
    boolean truncated = top.totalHits.value() > top.scoreDocs.length || lines.size() > shape.limit();
    List<Line> shown = lines.size() > shape.limit() ? lines.subList(0, shape.limit()) : lines;
    return new Result(shape.q(), width, sort, lines.size(), measures, plans.size(), truncated, shown);
  }

  /** The lines of each occurrence of the query's wording in one text of a measure's document. */
  private static void occurrences(
      Document d, String text, String in, CompiledQuery query, int width, List<Line> out) {
    if (text == null) return;
    List<int[]> spans = new ArrayList<>();
    Snippets.phraseSpans(text, query.highlight().phrases(), spans);
    spans.sort(Comparator.comparingInt(a -> a[0]));
    for (int[] span : spans) out.add(line(d, text, span, width, in));
  }

  private static Line line(Document d, String text, int[] span, int width, String in) {
    String left = flat(text.substring(Math.max(0, span[0] - width), span[0]));
    String right = flat(text.substring(span[1], Math.min(text.length(), span[1] + width)));
    return new Line(d.get(Fields.MEASURE_ID), d.get(Fields.PLAN_ID), d.get(Fields.TITLE), Hits.region(d),
        Hits.year(d), left, flat(text.substring(span[0], span[1])), right, in);
  }

  /** Lines sorted by a key computed once per line (not once per comparison). */
  private static List<Line> sortedBy(List<Line> lines, java.util.function.Function<Line, String> key) {
    List<Map.Entry<String, Line>> keyed = new ArrayList<>(lines.size());
    for (Line l : lines) keyed.add(Map.entry(key.apply(l), l));
    keyed.sort(Map.Entry.comparingByKey());
    List<Line> out = new ArrayList<>(keyed.size());
    for (Map.Entry<String, Line> e : keyed) out.add(e.getValue());
    return out;
  }

  /** Runs of whitespace as one space (as {@code replaceAll("\\s+", " ")}, without a regex per line). */
  static String flat(String s) {
    int i = 0;
    while (i < s.length() && !isSpace(s.charAt(i))) i++;
    if (i == s.length()) return s;
    StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
    boolean inSpace = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (!inSpace) sb.append(' ');
        inSpace = true;
      } else {
        sb.append(c);
        inSpace = false;
      }
    }
    return sb.toString();
  }

  /** The characters of the regex class {@code \\s}: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static String reverse(String s) {
    return new StringBuilder(s).reverse().toString();
  }
}
