package io.planscope.search;

import io.planscope.index.Fields;
import io.planscope.plan.Level;
import io.planscope.plan.SectionType;
import io.planscope.text.Fold;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query for one {@code field:value} filter, validated. How to add a filter: add its name to
 * {@link QueryParser#FIELDS}, index a keyword field for it in the index package, map it here and in {@link #dimension}.
 */
final class FilterQueries {
  static final int MIN_YEAR = 1949;
  static final int MAX_YEAR = 2100;
  private static final Pattern YEARS = Pattern.compile("(\\d{4})?\\s*(\\.\\.)?\\s*(\\d{4})?");

  private FilterQueries() {}

  /** The facet dimension a filter drills down in. */
  static String dimension(String field) {
    return switch (field) {
      case "region" -> Fields.FACET_REGION;
      case "year" -> Fields.FACET_YEAR;
      case "level" -> Fields.FACET_LEVEL;
      case "section" -> Fields.FACET_SECTION;
      case "topic" -> Fields.FACET_TOPIC;
      case "kind" -> Fields.FACET_KIND;
      case "lead" -> Fields.FACET_LEAD;
      default -> Fields.FACET_BUREAU;
    };
  }

  static Query of(String field, String value, int column) {
    return switch (field) {
      case "region" -> region(value);
      case "year" -> year(value, column);
      case "level" -> new TermQuery(new Term(Fields.LEVEL, parse(() -> Level.of(value).id(), column)));
      case "section" -> new TermQuery(new Term(Fields.SECTION, parse(() -> SectionType.of(value).id(), column)));
      case "topic" -> keyword(Fields.TOPIC, value);
      case "kind" -> keyword(Fields.KIND, value);
      case "bureau" -> keyword(Fields.BUREAU, value);
      case "lead" -> keyword(Fields.LEAD, value);
      default -> throw new QueryException(
          "unknown field '" + field + "'; use one of " + String.join(", ", QueryParser.FIELDS), column);
    };
  }

  /**
   * region:浙江 matches the name at any level (full or short form); a path "浙江省/杭州市" (or with ›) pins one node of
   * the tree, for names that repeat across provinces (朝阳区).
   */
  private static Query region(String value) {
    String v = Fold.toSimplified(value.strip());
    if (v.contains("/") || v.contains("›")) {
      String[] path = v.split("\\s*[/›]\\s*");
      return new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, Fields.FACET_REGION, path));
    }
    return new TermQuery(new Term(Fields.REGION_NAME, v));
  }

  private static Query year(String value, int column) {
    Matcher m = YEARS.matcher(value.strip());
    if (!m.matches() || (m.group(1) == null && m.group(3) == null) || (m.group(2) == null && m.group(3) != null
        && m.group(1) != null)) {
      throw new QueryException(
          "bad year '" + value + "'; use a year like 2023 or a range like 2021..2024 (2021.. and ..2024 work too)",
          column);
    }
    int from = m.group(1) == null ? MIN_YEAR : Integer.parseInt(m.group(1));
    int to = m.group(2) == null ? from : m.group(3) == null ? MAX_YEAR : Integer.parseInt(m.group(3));
    if (m.group(2) == null && m.group(1) == null) from = to = Integer.parseInt(m.group(3));
    if (from > to) {
      throw new QueryException("year range '" + value + "' runs backwards; write it as " + to + ".." + from, column);
    }
    return IntPoint.newRangeQuery(Fields.YEAR, from, to);
  }

  private static Query keyword(String field, String value) {
    return new TermQuery(new Term(field, Fold.toSimplified(value.strip())));
  }

  private static String parse(java.util.function.Supplier<String> parser, int column) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new QueryException(e.getMessage(), column);
    }
  }
}
