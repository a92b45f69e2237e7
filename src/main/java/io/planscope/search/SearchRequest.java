package io.planscope.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One search: the query string, URL filters (field → values, OR-ed within a field), the unit, the order and the page.
 *
 * @param page 1-based
 */
public record SearchRequest(
    String q, Map<String, List<String>> filters, Unit unit, Order order, int page, int size) {
  /** Largest page of a JSON or terminal result. */
  public static final int MAX_SIZE = 200;
  /** Largest page of an export (CSV): a spreadsheet can take more than a screen. */
  public static final int MAX_EXPORT = 10_000;
  /** Deep paging costs memory per request; past this, narrow the query instead. */
  public static final int MAX_DEPTH = 10_000;

  public SearchRequest {
    q = q == null ? "" : q;
    filters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filters)); // in the order given
    if (page < 1) throw QueryException.parameter("page must be 1 or more, not " + page);
    if (size < 1 || size > MAX_EXPORT) {
      throw QueryException.parameter("size must be from 1 to " + MAX_SIZE + " (" + MAX_EXPORT + " for CSV), not "
          + size);
    }
    if ((long) page * size > MAX_DEPTH) {
      throw QueryException.parameter(
          "page " + page + " of size " + size + " is past the first " + MAX_DEPTH + " results; narrow the query");
    }
  }

  /** A first page of 20 measures by relevance. */
  public static SearchRequest of(String q) {
    return new SearchRequest(q, Map.of(), Unit.MEASURE, Order.RELEVANCE, 1, 20);
  }

  public SearchRequest withFilters(Map<String, List<String>> f) {
    return new SearchRequest(q, f, unit, order, page, size);
  }

  public SearchRequest withUnit(Unit u) {
    return new SearchRequest(q, filters, u, order, page, size);
  }

  public SearchRequest withOrder(Order o) {
    return new SearchRequest(q, filters, unit, o, page, size);
  }

  public SearchRequest withPage(int p, int s) {
    return new SearchRequest(q, filters, unit, order, p, s);
  }

  /** What a hit is: one measure, or one plan with its best measures. */
  public enum Unit {
    MEASURE,
    PLAN;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Unit of(String s) {
      if (s == null || s.isBlank()) return MEASURE;
      for (Unit u : values()) if (u.id().equalsIgnoreCase(s.strip())) return u;
      throw QueryException.parameter("unknown unit '" + s + "'; use measure or plan");
    }
  }

  /** Result order. */
  public enum Order {
    RELEVANCE("relevance"),
    YEAR_DESC("year-desc"),
    YEAR_ASC("year-asc"),
    /** Newest publish date first; plans without one last. */
    PUBLISHED_DESC("published-desc"),
    PUBLISHED_ASC("published-asc");

    private final String id;

    Order(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Order of(String s) {
      if (s == null || s.isBlank()) return RELEVANCE;
      for (Order o : values()) if (o.id.equalsIgnoreCase(s.strip())) return o;
      throw QueryException.parameter("unknown sort '" + s + "'; use relevance, year-desc, year-asc, published-desc or published-asc");
    }
  }
}
