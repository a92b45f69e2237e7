package io.planscope.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planscope.index.Fields;
import io.planscope.plan.Level;
import io.planscope.plan.Measure;
import io.planscope.plan.NotFoundException;
import io.planscope.plan.Period;
import io.planscope.plan.Plan;
import io.planscope.plan.Region;
import io.planscope.plan.Section;
import io.planscope.plan.SectionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Plans and measures reassembled from the index's stored fields: metadata, sources, the outline (stored with the
 * first measure) and the measures in reading order. The store holds the same plans; this view needs only the index,
 * so search results can always be opened. Seam: a route may prefer the store's {@code Plan} and fall back to this.
 */
public final class PlanViews {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_MEASURES = 100_000;
  private final Searcher searcher;

  public PlanViews(Searcher searcher) {
    this.searcher = searcher;
  }

  /** A plan with where it was found and the link to its stored original. */
  public record PlanView(Plan plan, List<String> sources, String documentId, String original) {}

  public PlanView expectPlan(String planId) {
    try {
      return searcher.index().withSearcher(s -> plan(s, planId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plan " + planId + " from the index", e);
    }
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

  private static PlanView plan(IndexSearcher s, String planId) throws IOException {
    Sort byOrdinal = new Sort(new SortField(Fields.ORDINAL, SortField.Type.LONG));
    TopDocs top = s.search(new TermQuery(new Term(Fields.PLAN_ID, planId)), MAX_MEASURES, byOrdinal);
    if (top.scoreDocs.length == 0) throw new NotFoundException("plan", planId);
    StoredFields stored = s.storedFields();
    List<Measure> measures = new ArrayList<>();
    List<Section> sections = List.of();
    Document first = null;
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      if (first == null) first = d;
      if (d.get(Fields.OUTLINE) != null) sections = MAPPER.readValue(d.get(Fields.OUTLINE), new TypeReference<>() {});
      measures.add(measure(d));
    }
    Period period = first.get(Fields.PERIOD) == null ? null : MAPPER.readValue(first.get(Fields.PERIOD), Period.class);
    Plan plan = new Plan(planId, first.get(Fields.TITLE), Hits.year(first), period, first.get(Fields.PUBLISHED),
        first.get(Fields.LEVEL) == null ? Level.UNKNOWN : Level.of(first.get(Fields.LEVEL)), region(first),
        first.get(Fields.BUREAU), first.get(Fields.KIND), first.get(Fields.SOURCE), sections, measures);
    return new PlanView(plan, Arrays.asList(first.getValues(Fields.SOURCE_URIS)), first.get(Fields.DOCUMENT_ID),
        Hits.original(first));
  }

  private static Region region(Document d) {
    Region r = Hits.region(d);
    return r.names().isEmpty() && r.code() == null ? Region.NONE : r;
  }

  private static Measure measure(Document d) {
    return new Measure(d.get(Fields.MEASURE_ID), SectionType.of(d.get(Fields.SECTION)), Hits.path(d),
        d.get(Fields.LABEL), d.get(Fields.HEADING_TEXT), d.get(Fields.TEXT), Arrays.asList(d.getValues(Fields.TOPICS)));
  }
}
