package io.planscope.search;

import io.planscope.index.Fields;
import io.planscope.plan.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Measures read back from the index's stored fields, so a search result can always be opened. Whole plans come from
 * the store (web's PlanRoutes).
 */
public final class PlanViews {
  private final Searcher searcher;

  public PlanViews(Searcher searcher) {
    this.searcher = searcher;
  }

  /** One measure as a hit (no query: the snippet is the escaped text). */
  public Hit expectMeasure(String measureId) {
    try {
      return searcher.index().withSearcher(s -> {
        TopDocs top = s.search(new TermQuery(new Term(Fields.MEASURE_ID, measureId)), 1);
        if (top.scoreDocs.length == 0) throw new NotFoundException("measure", measureId);
        return Hits.of(s.storedFields(), top.scoreDocs[0].doc, null, CompiledQuery.Highlight.NONE);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read measure " + measureId + " from the index", e);
    }
  }
}
