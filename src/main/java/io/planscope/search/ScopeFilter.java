package io.planscope.search;

import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Where to look, written in the search box's filter syntax ({@code region:浙江 year:2022..2024 level:county}) and
 * nothing else: the scope of a search for precedents of a pasted draft. Filters of one field are OR-ed, fields
 * AND-ed, as in search.
 */
public final class ScopeFilter {
  private ScopeFilter() {}

  /** The Lucene filter for a scope; everything for a blank scope. Throws {@link QueryException} naming the problem. */
  public static Query of(String scope) {
    if (scope == null || scope.isBlank()) return new MatchAllDocsQuery();
    requireFiltersOnly(QueryParser.parse(scope), scope);
    CompiledQuery compiled = QueryCompiler.compile(scope, Map.of());
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(compiled.base(), Occur.FILTER);
    compiled.drillDowns().values().forEach(q -> b.add(q, Occur.FILTER));
    return b.build();
  }

  // "region:浙江 课后服务": a word in a scope would silently narrow the precedents to measures containing it.
  private static void requireFiltersOnly(QueryNode node, String scope) {
    switch (node) {
      case QueryNode.Filter f -> { }
      case QueryNode.All a -> { }
      case QueryNode.Not not -> requireFiltersOnly(not.node(), scope);
      case QueryNode.And and -> and.nodes().forEach(n -> requireFiltersOnly(n, scope));
      case QueryNode.Or or -> or.nodes().forEach(n -> requireFiltersOnly(n, scope));
      case QueryNode.Word w -> throw wordInScope(scope, w.column());
      case QueryNode.Phrase p -> throw wordInScope(scope, p.column());
    }
  }

  private static QueryException wordInScope(String scope, int column) {
    return new QueryException("the scope '" + scope + "' may hold only filters like region:浙江 year:2022..2024 "
        + "level:county; put the words to match in the text", column);
  }
}
