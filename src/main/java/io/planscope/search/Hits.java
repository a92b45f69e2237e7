package io.planscope.search;

import io.planscope.index.Fields;
import io.planscope.plan.Region;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;

/** Builds {@link Hit}s from stored fields: the index holds everything a hit shows, so no store lookup is needed. */
final class Hits {
  private Hits() {}

  /** The stored fields a hit shows: not the normalized copy of the text (as long as the text), nor the ordinal. */
  private static final Set<String> READ = Set.of(Fields.MEASURE_ID, Fields.PLAN_ID, Fields.TITLE, Fields.TEXT,
      Fields.PROVINCE, Fields.CITY, Fields.COUNTY, Fields.REGION_CODE, Fields.YEAR, Fields.LEVEL, Fields.SECTION,
      Fields.TOPICS, Fields.PATH, Fields.SOURCE_URIS, Fields.SOURCE, Fields.DOCUMENT_ID, Fields.KIND, Fields.BUREAU,
      Fields.LABEL, Fields.LEAD, Fields.PARTNERS, Fields.DEADLINE, Fields.ISSUER, Fields.PUBLISHED);

  static Hit of(StoredFields stored, int docId, Float score, CompiledQuery.Highlight highlight) throws IOException {
    DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(READ);
    stored.document(docId, visitor);
    Document d = visitor.getDocument();
    String text = d.get(Fields.TEXT);
    List<int[]> spans = Snippets.spans(text, highlight);
    List<String> path = path(d);
    String title = d.get(Fields.TITLE);
    String headingSnippet = firstMarked(path, highlight);
    String titleSnippet = firstMarked(title == null ? List.of() : List.of(title), highlight);
    return new Hit(
        d.get(Fields.MEASURE_ID),
        d.get(Fields.PLAN_ID),
        title,
        text,
        Snippets.html(text, spans),
        region(d),
        year(d),
        d.get(Fields.LEVEL),
        sectionType(d),
        Arrays.asList(d.getValues(Fields.TOPICS)),
        path,
        score,
        source(d),
        original(d),
        d.get(Fields.KIND),
        d.get(Fields.BUREAU),
        d.get(Fields.LABEL),
        Snippets.matched(text, spans),
        Arrays.asList(d.getValues(Fields.LEAD)),
        Arrays.asList(d.getValues(Fields.PARTNERS)),
        d.get(Fields.DEADLINE),
        matchedIn(!spans.isEmpty(), headingSnippet, titleSnippet),
        headingSnippet,
        titleSnippet,
        d.get(Fields.ISSUER),
        d.get(Fields.PUBLISHED));
  }

  /**
   * The first of these lines (headings top-down, or the title) in which the query's exact wording occurs, marked;
   * null when none has it. Only wording counts here: scattered tokens light up the text's snippet, not a heading.
   */
  private static String firstMarked(List<String> lines, CompiledQuery.Highlight highlight) {
    List<String> phrases = highlight.phrases();
    if (phrases.isEmpty()) return null;
    for (String line : lines) {
      List<int[]> spans = new java.util.ArrayList<>();
      Snippets.phraseSpans(line, phrases, spans);
      if (!spans.isEmpty()) return Snippets.html(line, Snippets.merge(spans));
    }
    return null;
  }

  private static List<String> matchedIn(boolean inText, String heading, String title) {
    List<String> where = new java.util.ArrayList<>(3);
    if (title != null) where.add("title");
    if (heading != null) where.add("heading");
    if (inText) where.add("text");
    return where;
  }

  static Region region(Document d) {
    return new Region(d.get(Fields.PROVINCE), d.get(Fields.CITY), d.get(Fields.COUNTY), d.get(Fields.REGION_CODE));
  }

  static Integer year(Document d) {
    IndexableField f = d.getField(Fields.YEAR);
    return f == null ? null : f.numericValue().intValue();
  }

  static List<String> path(Document d) {
    String p = d.get(Fields.PATH);
    return p == null || p.isEmpty() ? List.of() : List.of(p.split(Fields.PATH_SEPARATOR));
  }

  static String sectionType(Document d) {
    return d.get(Fields.SECTION);
  }

  /** Where the plan was found: the first recorded URL or path, else the plan's own source. */
  static String source(Document d) {
    String[] uris = d.getValues(Fields.SOURCE_URIS);
    return uris.length > 0 ? uris[0] : d.get(Fields.SOURCE);
  }

  /** The stored original: by document id when the index knows it, else through the plan. */
  static String original(Document d) {
    String doc = d.get(Fields.DOCUMENT_ID);
    return doc != null ? "/api/documents/" + doc + "/original" : "/api/plans/" + d.get(Fields.PLAN_ID) + "/original";
  }
}
