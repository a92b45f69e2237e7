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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Concordance (KWIC): every occurrence of the query's exact wording with N characters of context on each side, cut
 * from the original text. Occurrences are found in the folded form, so a simplified phrase lines up traditional text.
 */
public final class Concordance {
  /** Measures scanned at most; past it the result says it is truncated. */
  public static final int MAX_MEASURES = 20_000;

  public static final int MAX_WIDTH = 200;

  private final Searcher searcher;

  public Concordance(Searcher searcher) {
    this.searcher = searcher;
  }

  /** One occurrence. */
  public record Line(
      String measureId, String planId, String title, Region region, Integer year, String left, String match,
      String right) {}

  /** Every line, sorted; counts of occurrences, measures and plans. */
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
      return searcher.index().withSearcher(s -> {
        Sort byYear = new Sort(new SortField(Fields.YEAR, SortField.Type.INT, true), SortField.FIELD_DOC);
        TopDocs top = s.search(searcher.drillDown(query),
            new TopFieldCollectorManager(byYear, MAX_MEASURES, null, Integer.MAX_VALUE));
        return lines(s.storedFields(), top, query, q, width, sort);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("concordance failed reading the index", e);
    }
  }

  private static Result lines(StoredFields stored, TopDocs top, CompiledQuery query, String q, int width, String sort)
      throws IOException {
    List<Line> lines = new ArrayList<>();
    Set<String> plans = new HashSet<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      String text = d.get(Fields.TEXT);
      List<int[]> spans = new ArrayList<>();
      Snippets.phraseSpans(text, query.highlight().phrases(), spans);
      spans.sort(Comparator.comparingInt(a -> a[0]));
      for (int[] span : spans) lines.add(line(d, text, span, width));
      if (!spans.isEmpty()) plans.add(d.get(Fields.PLAN_ID));
    }
    if (sort.equals("left")) lines.sort(Comparator.comparing((Line l) -> reverse(l.left())));
    if (sort.equals("right")) lines.sort(Comparator.comparing(Line::right));
    long measures = lines.stream().map(Line::measureId).distinct().count();
    boolean truncated = top.totalHits.value() > top.scoreDocs.length;
    return new Result(q, width, sort, lines.size(), measures, plans.size(), truncated, lines);
  }

  private static Line line(Document d, String text, int[] span, int width) {
    String left = flat(text.substring(Math.max(0, span[0] - width), span[0]));
    String right = flat(text.substring(span[1], Math.min(text.length(), span[1] + width)));
    return new Line(d.get(Fields.MEASURE_ID), d.get(Fields.PLAN_ID), d.get(Fields.TITLE), Hits.region(d),
        Hits.year(d), left, flat(text.substring(span[0], span[1])), right);
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static String reverse(String s) {
    return new StringBuilder(s).reverse().toString();
  }
}
