package io.planscope.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * A query ready to run: the base query (text and any filters nested in OR/NOT), the drill-down filters per facet
 * dimension (top-level filters and URL parameters; values within one dimension are OR-ed, dimensions AND-ed, and
 * each dimension's facet counts are computed sideways, without its own filter), and what to highlight.
 */
public record CompiledQuery(Query base, Map<String, Query> drillDowns, Highlight highlight) {
  public CompiledQuery {
    drillDowns = Map.copyOf(drillDowns);
  }

  /**
   * What snippets mark: ranked tokens (folded, as the ranked analyzer emits them) and exact phrases (as
   * {@link io.planscope.index.ExactText} folds them).
   */
  public record Highlight(List<String> tokens, List<String> phrases) {
    public Highlight {
      tokens = List.copyOf(tokens);
      phrases = List.copyOf(phrases);
    }

    public boolean isEmpty() {
      return tokens.isEmpty() && phrases.isEmpty();
    }
  }
}
