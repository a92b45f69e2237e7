package io.planscope.compare;

import io.planscope.index.Analyzers;
import io.planscope.index.Fields;
import io.planscope.plan.Level;
import io.planscope.plan.NotFoundException;
import io.planscope.plan.Region;
import io.planscope.plan.SectionType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Reads measures from the index's stored fields, and finds near-duplicate candidates by MinHash signature. */
final class IndexedMeasures {
  private IndexedMeasures() {}

  /** The stored fields a {@link MeasureRef} needs (not the plan outline, sources or path). */
  private static final Set<String> READ = Set.of(Fields.MEASURE_ID, Fields.PLAN_ID, Fields.TITLE, Fields.PROVINCE,
      Fields.CITY, Fields.COUNTY, Fields.REGION_CODE, Fields.YEAR, Fields.PUBLISHED, Fields.LEVEL, Fields.SECTION,
      Fields.TEXT);

  /** The measure with that id; {@link NotFoundException} naming it when the index has none. */
  static MeasureRef expect(IndexSearcher searcher, String measureId) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.MEASURE_ID, measureId)), 1);
    if (top.scoreDocs.length == 0) throw new NotFoundException("measure", measureId);
    return read(searcher.storedFields().document(top.scoreDocs[0].doc));
  }

  /**
   * Up to k measures sharing the most MinHash buckets with text (an estimate of their 3-char-shingle Jaccard),
   * within scope of the query measure, which is itself excluded.
   */
  static List<MeasureRef> candidates(IndexSearcher searcher, MeasureRef query, Scope scope, int k)
      throws IOException {
    List<MeasureRef> out = new ArrayList<>(k);
    for (MeasureRef m : candidates(searcher, query.text(), q -> {
      q.add(new TermQuery(new Term(Fields.MEASURE_ID, query.measureId())), Occur.MUST_NOT);
      scopeClauses(q, query, scope);
    }, k)) {
      if (inScope(query, m, scope)) out.add(m);
    }
    return out;
  }

  /** Up to k measures sharing the most MinHash buckets with a pasted text, among those the filter matches. */
  static List<MeasureRef> candidates(IndexSearcher searcher, String text, Query filter, int k) throws IOException {
    return candidates(searcher, text, q -> q.add(filter, Occur.FILTER), k);
  }

  private static List<MeasureRef> candidates(IndexSearcher searcher, String text,
      Consumer<BooleanQuery.Builder> restrict, int k) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    // Each shared bucket counts 1/sqrt(candidate's buckets): shared over length, so a long measure that shares many
    // buckets with everything does not crowd out a short near-copy (a Jaccard-like ranking, see SharedOverLength).
    for (BytesRef term : signature(text)) {
      q.add(new TermQuery(new Term(Fields.MINHASH, term)), Occur.SHOULD);
    }
    q.setMinimumNumberShouldMatch(1); // a FILTER clause would otherwise let measures sharing no bucket in
    restrict.accept(q);
    IndexSearcher byLength = new IndexSearcher(searcher.getIndexReader());
    byLength.setSimilarity(SharedOverLength.INSTANCE);
    TopDocs top = byLength.search(q.build(), k);
    StoredFields stored = searcher.storedFields();
    List<MeasureRef> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(READ);
      stored.document(sd.doc, visitor);
      out.add(read(visitor.getDocument()));
    }
    return out;
  }

  private static void scopeClauses(BooleanQuery.Builder q, MeasureRef query, Scope scope) {
    q.add(new TermQuery(new Term(Fields.PLAN_ID, query.planId())), Occur.MUST_NOT);
    if (scope == Scope.OTHER_YEARS && query.year() != null) {
      q.add(IntPoint.newExactQuery(Fields.YEAR, query.year()), Occur.MUST_NOT);
    }
    // Regions: the index's own region filter is by name at any level; the exact check is in inScope.
  }

  /** The exact scope rule, applied after the query. */
  static boolean inScope(MeasureRef query, MeasureRef m, Scope scope) {
    if (m.planId().equals(query.planId())) return false;
    return switch (scope) {
      case OTHER_PLANS -> true;
      case OTHER_YEARS -> query.year() == null || m.year() == null || !query.year().equals(m.year());
      case OTHER_REGIONS -> !sameRegion(query.region(), m.region());
    };
  }

  private static boolean sameRegion(Region a, Region b) {
    if (a.names().isEmpty() || b.names().isEmpty()) return false; // unknown: cannot say it is the same
    return a.names().equals(b.names());
  }

  /** The MinHash terms of a text, by the index's own analyzer, so they match the indexed signatures. */
  static List<BytesRef> signature(String text) throws IOException {
    List<BytesRef> terms = new ArrayList<>(128);
    try (TokenStream ts = Analyzers.minHash().tokenStream(Fields.MINHASH, text)) {
      TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
      ts.reset();
      while (ts.incrementToken()) terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
      ts.end();
    }
    return terms;
  }

  private static MeasureRef read(Document d) {
    Region region = new Region(d.get(Fields.PROVINCE), d.get(Fields.CITY), d.get(Fields.COUNTY),
        d.get(Fields.REGION_CODE));
    Number year = d.getField(Fields.YEAR) == null ? null : d.getField(Fields.YEAR).numericValue();
    String level = d.get(Fields.LEVEL);
    String section = d.get(Fields.SECTION);
    return new MeasureRef(
        d.get(Fields.MEASURE_ID),
        d.get(Fields.PLAN_ID),
        d.get(Fields.TITLE),
        region,
        year == null ? null : year.intValue(),
        d.get(Fields.PUBLISHED),
        level == null ? Level.UNKNOWN : Level.of(level),
        section == null ? SectionType.OTHER : SectionType.of(section),
        d.get(Fields.TEXT));
  }
}
