package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.Dimension;
import io.planscope.index.RegionNames;
import io.planscope.plan.Issuer;
import io.planscope.plan.Level;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Walks every entry of the {@link Dimension} table through parse, filter and facet on the test plans (written ones
 * and two fixtures parsed by the real ingestion): its example parses as its own filter and selects exactly the
 * measures {@link #selects} says, as a query and as a URL parameter; its facet is in every search; each value the
 * facet counts filters to the measures holding it. {@link #selects} switches over the table without a default, so a
 * new dimension does not compile here until someone writes down what it means.
 */
class DimensionsTest {
  static List<Plan> plans;
  static Searcher searcher;
  static long measures;

  @BeforeAll
  static void index() throws Exception {
    plans = TestPlans.withDuties();
    searcher = new Searcher(TestPlans.index(plans));
    measures = plans.stream().mapToLong(p -> p.passages().size()).sum();
  }

  /** What {@code d:value} selects, written from the plan model, independently of how the index does it. */
  static boolean selects(Dimension d, String value, Plan p, Measure m) {
    String v = Fold.toSimplified(value);
    return switch (d) {
      case REGION -> p.region() != null
          && p.region().names().stream().anyMatch(n -> RegionNames.forms(n).contains(v));
      case YEAR -> p.year() != null && inRange(p.year(), v);
      case LEVEL -> (p.level() == null ? Level.UNKNOWN : p.level()).id().equals(v);
      case SECTION -> m.sectionType().id().equals(v);
      case TOPIC -> m.topics().stream().map(Fold::toSimplified).anyMatch(v::equals);
      case KIND -> p.kind() != null && Fold.toSimplified(p.kind()).equals(v);
      case BUREAU -> p.bureau() != null && Fold.toSimplified(p.bureau()).equals(v);
      // As written, or the office after its bureau: lead:基教科 finds 市教育局基教科.
      case LEAD -> m.lead().stream().map(Fold::toSimplified)
          .anyMatch(u -> u.equals(v) || (u.endsWith(v) && u.substring(0, u.length() - v.length())
              .matches(".*(教育体育局|教育局|教体局|教育厅|教委)")));
      // The issuer's full name, or it without the prefecture before a district (西湖区教育局).
      case ISSUER -> {
        String issuer = Issuer.of(p);
        yield issuer != null && (issuer.equals(v) || (p.region().county() != null && p.region().city() != null
            && issuer.equals(p.region().city() + v)));
      }
      case PUBLISHED -> p.published() != null && inDateRange(p.published(), v);
    };
  }

  /** A date range as text: each end padded to a day (an end to its last day), compared as yyyy-mm-dd. */
  private static boolean inDateRange(String published, String range) {
    String[] ends = range.split("\\.\\.", -1);
    String from = ends[0].isEmpty() ? "0000" : ends[0];
    String to = ends.length == 1 ? from : ends[1].isEmpty() ? "9999" : ends[1];
    from = (from + "-01-01").substring(0, 10);
    to = to.length() == 4 ? to + "-12-31" : to.length() == 7 ? to + "-31" : to;
    return published.compareTo(from) >= 0 && published.compareTo(to) <= 0;
  }

  private static boolean inRange(int year, String range) {
    String[] ends = range.split("\\.\\.", -1);
    int from = ends[0].isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(ends[0]);
    int to = ends.length == 1 ? from : ends[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(ends[1]);
    return year >= from && year <= to;
  }

  private static long count(Dimension d, String value) {
    long n = 0;
    for (Plan p : plans) for (Measure m : p.passages()) if (selects(d, value, p, m)) n++;
    return n;
  }

  private static String valueOf(Dimension d) {
    return d.example().substring(d.id().length() + 1);
  }

  @ParameterizedTest
  @EnumSource(Dimension.class)
  void exampleParsesAsItsOwnFilter(Dimension d) {
    assertTrue(d.example().startsWith(d.id() + ":"), d.example());
    assertEquals(new QueryNode.Filter(d.id(), valueOf(d), 1), QueryParser.parse(d.example()));
  }

  @ParameterizedTest
  @EnumSource(Dimension.class)
  void exampleSelectsTheMeasuresItNames(Dimension d) {
    long expected = count(d, valueOf(d));
    assertTrue(expected > 0 && expected < measures, d + ": the example should select some measures, not all: "
        + expected + " of " + measures);
    assertEquals(expected, searcher.search(SearchRequest.of(d.example())).total(), d.example());
    assertEquals(measures - expected, searcher.search(SearchRequest.of("-" + d.example())).total(),
        "-" + d.example() + " leaves the rest");
    SearchRequest byParameter = SearchRequest.of("").withFilters(Map.of(d.id(), List.of(valueOf(d))));
    assertEquals(expected, searcher.search(byParameter).total(), d.id() + "=" + valueOf(d));
  }

  @ParameterizedTest
  @EnumSource(Dimension.class)
  void everyCountedValueFiltersToTheMeasuresHoldingIt(Dimension d) {
    List<FacetValue> values = searcher.search(SearchRequest.of("").withPage(1, 1)).facets().get(d.facet());
    assertFalse(values.isEmpty(), d.facet() + " counts nothing");
    List<String> checked = new ArrayList<>();
    for (FacetValue v : values) {
      if (v.value().equals(Dimension.UNKNOWN)) continue; // counted so totals add up; not a filter value
      long total = searcher.search(SearchRequest.of("").withFilters(Map.of(d.id(), List.of(v.value())))).total();
      assertEquals(count(d, v.value()), total, d.id() + "=" + v.value());
      // The facet counts the value as written; the filter may also find other forms of it (lead's office alone).
      assertTrue(v.count() <= total && v.count() > 0, d.id() + "=" + v.value() + " counted " + v.count());
      checked.add(v.value());
    }
    assertFalse(checked.isEmpty(), d + " has only unknown values in the test plans");
  }

  @Test
  void everySearchCountsEveryDimensionInTableOrder() {
    List<String> facets = java.util.Arrays.stream(Dimension.values()).map(Dimension::facet).toList();
    assertEquals(facets, List.copyOf(searcher.search(SearchRequest.of("课后服务")).facets().keySet()));
    assertEquals(List.of("region", "year", "level", "sectionType", "topic", "kind", "bureau", "lead", "issuer",
        "published"), facets,
        "facet keys are a contract (README, the front end's URLs): add to them, never rename");
  }

  @Test
  void closedVocabulariesAreLabelledOnceAndUnknownFieldsListEveryDimension() {
    assertEquals("前言", Dimension.SECTION.valueLabel("preamble").zh(), "the label the README and the front end use");
    assertEquals("国家", Dimension.LEVEL.valueLabel("national").zh());
    assertEquals("未知", Dimension.KIND.valueLabel(Dimension.UNKNOWN).zh());
    assertEquals("工作要点", Dimension.KIND.valueLabel("工作要点").zh());
    QueryException e = assertThrows(QueryException.class, () -> QueryCompiler.compile("colour:red", Map.of()));
    assertTrue(e.getMessage().contains("use one of " + String.join(", ", Dimension.names())), e.getMessage());
    QueryException p = assertThrows(QueryException.class,
        () -> QueryCompiler.compile("", Map.of("colour", List.of("red"))));
    assertTrue(p.getMessage().contains("unknown filter parameter 'colour'"), p.getMessage());
  }

  @Test
  void aFacetKeyWorksAsAFilterParameter() {
    long tasks = searcher.search(SearchRequest.of("section:tasks")).total();
    assertEquals(tasks, searcher.search(SearchRequest.of("").withFilters(Map.of("sectionType", List.of("tasks"))))
        .total());
  }
}
