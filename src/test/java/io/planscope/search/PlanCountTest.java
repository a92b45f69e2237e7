package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.index.Fields;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class PlanCountTest {

  @Test
  void countsDistinctPlansAcrossSegmentsAndInterleavedHits() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (long key : new long[] {11, 11, 12, 11, 13}) w.addDocument(measure(key, key == 12 ? "b" : "a"));
        Document keyless = new Document(); // not a measure: matches "a" but belongs to no plan
        keyless.add(new StringField("w", "a", Field.Store.NO));
        w.addDocument(keyless);
        w.commit(); // a second segment, where plan 12 shows up again and 14 is new
        for (long key : new long[] {12, 14, 14}) w.addDocument(measure(key, "a"));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(2, reader.leaves().size());
        assertEquals(4L, searcher.search(new MatchAllDocsQuery(), new PlanCount()));
        assertEquals(4L, searcher.search(new TermQuery(new Term("w", "a")), new PlanCount()), "11, 13, 12, 14");
        assertEquals(1L, searcher.search(new TermQuery(new Term("w", "b")), new PlanCount()));
        assertEquals(0L, searcher.search(new TermQuery(new Term("w", "none")), new PlanCount()));
      }
    }
  }

  private static Document measure(long planKey, String word) {
    Document d = new Document();
    d.add(new NumericDocValuesField(Fields.PLAN_KEY, planKey));
    d.add(new StringField("w", word, Field.Store.NO));
    return d;
  }
}
