package io.planscope.index;

import io.planscope.plan.DisplayName;
import io.planscope.plan.Labelled;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.Region;
import io.planscope.text.Fold;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How one {@link Dimension}'s values go into a measure's document, and how a filter value becomes a query on them.
 * Both halves live together so the indexed terms and the query terms cannot drift apart (folding, aliases).
 */
sealed interface DimensionField {
  /** Adds the filter terms and facet values of one measure. */
  void index(Document doc, String facet, Plan plan, Measure m);

  /** The query for one filter value; {@link IllegalArgumentException} saying what to write when it is bad. */
  Query filter(String facet, String value);

  /** A closed vocabulary's labels by value, in order; empty when the values are open. */
  default Map<String, DisplayName> vocabulary() {
    return Map.of();
  }

  /** One value a measure (a plan's kind, a measure's section type); {@link Dimension#UNKNOWN} when it has none. */
  static Keyword keyword(String field, BiFunction<Plan, Measure, String> value) {
    return new Keyword(field, (plan, m) -> Collections.singletonList(value.apply(plan, m)), true, v -> List.of(),
        UnaryOperator.identity(), Map.of());
  }

  /** Any number of values a measure (topics, lead units); none is no value, not "unknown". */
  static Keyword keywords(String field, BiFunction<Plan, Measure, Collection<String>> values) {
    return new Keyword(field, values, false, v -> List.of(), UnaryOperator.identity(), Map.of());
  }

  /**
   * Values as written, folded to simplified (topic:師德師風 equals topic:师德师风): one keyword term and one facet value
   * each, plus any other forms the filter also finds them by. Null and blank values are skipped.
   */
  record Keyword(String field, BiFunction<Plan, Measure, Collection<String>> read, boolean unknownWhenNone,
      Function<String, List<String>> aliases, UnaryOperator<String> check, Map<String, DisplayName> vocabulary)
      implements DimensionField {
    /** A closed vocabulary: its labels for the facets, and a parser that turns a filter value into its id or throws. */
    <E extends Labelled> Keyword closed(E[] values, UnaryOperator<String> parse) {
      Map<String, DisplayName> labels = new LinkedHashMap<>();
      for (E e : values) labels.put(e.id(), e.label());
      return new Keyword(field, read, unknownWhenNone, aliases, parse, Collections.unmodifiableMap(labels));
    }

    /** Other forms each value is also found by (not counted in the facet): lead:基教科 finds 市教育局基教科. */
    Keyword alsoFoundAs(Function<String, List<String>> forms) {
      return new Keyword(field, read, unknownWhenNone, forms, check, vocabulary);
    }

    @Override
    public void index(Document doc, String facet, Plan plan, Measure m) {
      Set<String> found = new LinkedHashSet<>();
      for (String v : read.apply(plan, m)) if (v != null && !v.isBlank()) found.add(Fold.toSimplified(v.strip()));
      if (found.isEmpty() && unknownWhenNone) found.add(Dimension.UNKNOWN);
      for (String v : found) {
        doc.add(new StringField(field, v, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(facet, v));
        for (String alias : aliases.apply(v)) doc.add(new StringField(field, alias, Field.Store.NO));
      }
    }

    @Override
    public Query filter(String facet, String value) {
      return new TermQuery(new Term(field, check.apply(Fold.toSimplified(value.strip()))));
    }

  }

  /**
   * Region: every name at every level, full and short ("浙江省" and "浙江"), goes into one keyword field so region:浙江
   * or region:西湖区 matches at any level; the facet is the tree province › city › county. A path "浙江省/杭州市" (or
   * with ›) pins one node of the tree, for names that repeat across provinces (朝阳区).
   */
  record Regions() implements DimensionField {
    @Override
    public void index(Document doc, String facet, Plan plan, Measure m) {
      Region region = plan.region() == null ? Region.NONE : plan.region();
      for (String name : region.names()) {
        for (String form : RegionNames.forms(name)) doc.add(new StringField(Fields.REGION_NAME, form, Field.Store.NO));
      }
      doc.add(new SortedSetDocValuesFacetField(facet, RegionNames.facetPath(region).toArray(String[]::new)));
    }

    @Override
    public Query filter(String facet, String value) {
      String v = Fold.toSimplified(value.strip());
      if (v.contains("/") || v.contains("›")) {
        String[] path = v.split("\\s*[/›]\\s*");
        return new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, facet, path));
      }
      return new TermQuery(new Term(Fields.REGION_NAME, v));
    }
  }

  /**
   * The plan's year: a point for year:2021..2024 and a facet value ({@link Dimension#UNKNOWN} without a year). The
   * stored copy and the sort's doc value are not the filter's: {@link MeasureDocuments} writes them.
   */
  record Years() implements DimensionField {
    /** The open ends of year:2021.. and year:..2024. */
    static final int MIN_YEAR = 1949;

    static final int MAX_YEAR = 2100;
    private static final Pattern RANGE = Pattern.compile("(\\d{4})?\\s*(\\.\\.)?\\s*(\\d{4})?");

    @Override
    public void index(Document doc, String facet, Plan plan, Measure m) {
      if (plan.year() != null) doc.add(new IntPoint(Fields.YEAR, plan.year()));
      doc.add(new SortedSetDocValuesFacetField(facet, plan.year() == null ? Dimension.UNKNOWN : plan.year().toString()));
    }

    @Override
    public Query filter(String facet, String value) {
      Matcher m = RANGE.matcher(value.strip());
      if (!m.matches() || (m.group(1) == null && m.group(3) == null)
          || (m.group(2) == null && m.group(3) != null && m.group(1) != null)) {
        throw new IllegalArgumentException(
            "bad year '" + value + "'; use a year like 2023 or a range like 2021..2024 (2021.. and ..2024 work too)");
      }
      int from = m.group(1) == null ? MIN_YEAR : Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : m.group(3) == null ? MAX_YEAR : Integer.parseInt(m.group(3));
      if (m.group(2) == null && m.group(1) == null) from = to = Integer.parseInt(m.group(3));
      if (from > to) {
        throw new IllegalArgumentException("year range '" + value + "' runs backwards; write it as " + to + ".." + from);
      }
      return IntPoint.newRangeQuery(Fields.YEAR, from, to);
    }
  }

  /**
   * The publish date: a point (yyyymmdd) for published:2023-01..2023-06 and a facet value per month ("2023-01";
   * {@link Dimension#UNKNOWN} without a date). A bound may be a year, a month or a day; a range's end takes the last
   * day it names (..2023-06 runs to 30 June), an open end runs to the first or the last day there is.
   */
  record Dates() implements DimensionField {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final String HOW = "use a date like 2023, 2023-01 or 2023-01-15, or a range like 2023-01..2023-06 "
        + "(2023-01.. and ..2023-06 work too)";

    @Override
    public void index(Document doc, String facet, Plan plan, Measure m) {
      Integer day = day(plan.published());
      if (day != null) doc.add(new IntPoint(Fields.PUBLISHED_DAY, day));
      String month = day == null ? Dimension.UNKNOWN : String.format("%04d-%02d", day / 10000, day / 100 % 100);
      doc.add(new SortedSetDocValuesFacetField(facet, month));
    }

    /** yyyymmdd of a stored publish date (2023-01-15, or a year-month), or null when there is none. */
    static Integer day(String published) {
      if (published == null) return null;
      Matcher m = DATE.matcher(published.strip());
      if (!m.lookingAt()) return null;
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int d = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      return Integer.parseInt(m.group(1)) * 10000 + month * 100 + d;
    }

    @Override
    public Query filter(String facet, String value) {
      String v = value.strip();
      int dots = v.indexOf("..");
      String from = dots < 0 ? v : v.substring(0, dots).strip();
      String to = dots < 0 ? v : v.substring(dots + 2).strip();
      if (from.isEmpty() && to.isEmpty()) throw new IllegalArgumentException("bad date '" + value + "'; " + HOW);
      int lo = from.isEmpty() ? Integer.MIN_VALUE : bound(from, value, false);
      int hi = to.isEmpty() ? Integer.MAX_VALUE : bound(to, value, true);
      if (lo > hi) throw new IllegalArgumentException("date range '" + value + "' runs backwards; " + HOW);
      return IntPoint.newRangeQuery(Fields.PUBLISHED_DAY, lo, hi);
    }

    private static int bound(String date, String value, boolean end) {
      Matcher m = DATE.matcher(date);
      if (!m.matches()) throw new IllegalArgumentException("bad date '" + value + "'; " + HOW);
      int month = m.group(2) == null ? (end ? 12 : 1) : Integer.parseInt(m.group(2));
      int d = m.group(3) == null ? (end ? 31 : 1) : Integer.parseInt(m.group(3));
      if (month < 1 || month > 12 || d < 1 || d > 31) {
        throw new IllegalArgumentException("bad date '" + value + "'; " + HOW);
      }
      return Integer.parseInt(m.group(1)) * 10000 + month * 100 + d;
    }
  }
}
