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
    drillDowns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(drillDowns)); // order as given
  }

  /**
   * What snippets mark: for each positive word or phrase, its exact wording (folded as
   * {@link io.planscope.index.ExactText} folds) and, for plain words, its ranked tokens. A word is marked where its
   * wording occurs; only a measure that matched through scattered tokens gets the tokens marked (so 毛入园率 does not
   * light up every 园).
   */
  public record Highlight(List<Term> terms) {
    public Highlight {
      terms = List.copyOf(terms);
    }

    /** One word (tokens non-empty) or quoted phrase (tokens empty). */
    public record Term(String phrase, List<String> tokens) {
      public Term {
        tokens = List.copyOf(tokens);
      }
    }

    public static final Highlight NONE = new Highlight(List.of());

    /** The exact wordings, non-empty ones. */
    public List<String> phrases() {
      return terms.stream().map(Term::phrase).filter(p -> !p.isEmpty()).distinct().toList();
    }

    public boolean isEmpty() {
      return terms.isEmpty();
    }
  }
}
