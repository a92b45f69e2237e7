package io.planscope.search;

import java.util.List;

/** The parsed query: a small tree the {@link QueryCompiler} turns into Lucene queries. Columns are 1-based. */
public sealed interface QueryNode {
  /** A plain word: ranked (BM25) text, also found by its exact wording so segmentation never hides it. */
  record Word(String text, int column) implements QueryNode {}

  /** A "quoted" phrase: exact wording after folding. */
  record Phrase(String text, int column) implements QueryNode {}

  /** {@code field:value}, e.g. region:浙江 or year:2021..2024. */
  record Filter(String field, String value, int column) implements QueryNode {}

  /** {@code -x}: excludes what x matches. */
  record Not(QueryNode node) implements QueryNode {}

  /** Juxtaposed clauses: all must match. */
  record And(List<QueryNode> nodes) implements QueryNode {
    public And {
      nodes = List.copyOf(nodes);
    }
  }

  /** {@code a OR b}: any may match. */
  record Or(List<QueryNode> nodes) implements QueryNode {
    public Or {
      nodes = List.copyOf(nodes);
    }
  }

  /** The empty query: everything. */
  record All() implements QueryNode {}
}
