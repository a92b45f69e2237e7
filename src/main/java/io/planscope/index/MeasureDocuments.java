package io.planscope.index;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.Region;
import io.planscope.text.Fold;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene documents of one plan: one per measure. Each indexing decision is commented where it is made. */
final class MeasureDocuments {
  private static final FieldType MINHASH_TYPE = minHashType();
  /**
   * Ranked words (text, heading, title) are only ever searched as single terms scored by BM25 (a word's tokens are
   * AND-ed, never a phrase: exact wording has its own field), so they keep frequencies but no positions. Positions
   * were about a tenth of an import's CPU (writing and merging them) and a share of the index on disk.
   */
  private static final FieldType RANKED_STORED = rankedType(true);

  private static final FieldType RANKED = rankedType(false);

  private MeasureDocuments() {}

  private static FieldType minHashType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.freeze();
    return t;
  }

  private static FieldType rankedType(boolean stored) {
    FieldType t = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  /** The facet dimensions' configuration, from the {@link Dimension} table: trees and multi-valued ones. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Dimension d : Dimension.values()) {
      config.setHierarchical(d.facet(), d.shape().hierarchical());
      config.setMultiValued(d.facet(), d.shape().multiValued());
    }
    return config;
  }

  static List<Document> build(FacetsConfig config, Plan plan, List<String> sourceUris, String documentId)
      throws IOException {
    List<Document> docs = new ArrayList<>(plan.passages().size());
    int ordinal = 0;
    List<ExactText.Opened> opened = ExactText.opened(plan);
    int preamble = plan.preamble().size();
    for (Measure m : plan.passages()) {
      Document doc = new Document();
      ordinal++;
      identity(doc, plan, m, ordinal);
      // the plan's framing text: searchable like a measure, but no measure in the counts
      if (ordinal <= preamble) doc.add(new StringField(Fields.PREAMBLE, "1", Field.Store.NO));
      text(doc, plan, m);
      exactHeadings(doc, opened.get(ordinal - 1));
      filters(doc, plan, m);
      stored(doc, plan, m, sourceUris, documentId);
      docs.add(config.build(doc));
    }
    return docs;
  }

  private static void identity(Document doc, Plan plan, Measure m, int ordinal) {
    doc.add(new StringField(Fields.MEASURE_ID, m.id(), Field.Store.YES));
    // Plan id is indexed so a re-import replaces all of the plan's measure docs atomically (updateDocuments).
    doc.add(new StringField(Fields.PLAN_ID, plan.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.PLAN_ID, new BytesRef(plan.id())));
    // "p" + 12 hex chars = 48 bits: a long doc value makes distinct-plan counts and grouping hash-set cheap.
    doc.add(new NumericDocValuesField(Fields.PLAN_KEY, planKey(plan.id())));
    doc.add(new StoredField(Fields.ORDINAL, ordinal));
    doc.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
  }

  private static void text(Document doc, Plan plan, Measure m) {
    // Ranked wording, stored as the original: snippets and KWIC are cut from it with offsets from the folding analyzer.
    doc.add(new Field(Fields.TEXT, m.text(), RANKED_STORED));
    // Heading + the path above it: a separate field so the query can boost it ("加强组织领导" in a heading counts more).
    String heading = String.join(" ", m.path()) + (m.heading() == null ? "" : " " + m.heading());
    doc.add(new Field(Fields.HEADING, heading, RANKED));
    // The plan title on every measure: a word of the title lifts all its measures a little.
    doc.add(new Field(Fields.TITLE, nz(plan.title()), RANKED_STORED));
    // Exact wording: char unigrams + bigrams of the folded text without punctuation; no segmentation, so no misses.
    doc.add(new TextField(Fields.EXACT, m.text(), Field.Store.NO));
    // Compare re-scores candidates on the normalized text; storing it saves re-folding.
    doc.add(new StoredField(Fields.NORMALIZED, Fold.normalize(m.text())));
    // Near-duplicate signature (MinHash over 3-char shingles) for compare's candidate query: no frequencies or
    // positions; the norm (its number of terms) lets the query rank by shared terms over length.
    doc.add(new Field(Fields.MINHASH, m.text(), MINHASH_TYPE));
  }

  /** The headings and the title a measure carries as exact wording ({@link ExactText#opened}), stored as written. */
  private static void exactHeadings(Document doc, ExactText.Opened opened) {
    for (String heading : opened.headings()) doc.add(new TextField(Fields.EXACT_HEADING, heading, Field.Store.YES));
    if (opened.title() != null) doc.add(new TextField(Fields.EXACT_TITLE, opened.title(), Field.Store.YES));
  }

  /** Each dimension's filter terms and facet values: how each is built is written in its {@link Dimension} entry. */
  private static void filters(Document doc, Plan plan, Measure m) {
    for (Dimension d : Dimension.values()) d.index(doc, plan, m);
    // The year's stored copy for hits and its doc value for sorting; no doc value without a year, so the sort's
    // missing value can put those last in both directions.
    if (plan.year() != null) {
      doc.add(new StoredField(Fields.YEAR, plan.year()));
      doc.add(new NumericDocValuesField(Fields.YEAR, plan.year()));
    }
    // The publish day's doc value sorts by date (published-desc), missing last like the year.
    Integer day = DimensionField.Dates.day(plan.published());
    if (day != null) doc.add(new NumericDocValuesField(Fields.PUBLISHED_DAY, day));
    Region region = plan.region() == null ? Region.NONE : plan.region();
    // Trends per province read the province from a doc value, not from stored fields.
    if (region.province() != null) doc.add(new SortedDocValuesField(Fields.PROVINCE, new BytesRef(region.province())));
  }

  private static void stored(Document doc, Plan plan, Measure m, List<String> sourceUris, String documentId) {
    Region region = plan.region() == null ? Region.NONE : plan.region();
    storeIfPresent(doc, Fields.PROVINCE, region.province());
    storeIfPresent(doc, Fields.CITY, region.city());
    storeIfPresent(doc, Fields.COUNTY, region.county());
    storeIfPresent(doc, Fields.REGION_CODE, region.code());
    doc.add(new StoredField(Fields.SECTION, m.sectionType().id()));
    doc.add(new StoredField(Fields.PATH, String.join(Fields.PATH_SEPARATOR, m.path())));
    doc.add(new StoredField(Fields.LABEL, nz(m.label())));
    storeIfPresent(doc, Fields.HEADING_TEXT, m.heading());
    for (String topic : m.topics()) doc.add(new StoredField(Fields.TOPICS, topic));
    for (String unit : m.lead()) doc.add(new StoredField(Fields.LEAD, unit));
    for (String unit : m.partners()) doc.add(new StoredField(Fields.PARTNERS, unit));
    storeIfPresent(doc, Fields.DEADLINE, m.deadline());
    storeIfPresent(doc, Fields.SOURCE, plan.source());
    Set<String> uris = new LinkedHashSet<>(sourceUris);
    for (String uri : uris) doc.add(new StoredField(Fields.SOURCE_URIS, uri));
    storeIfPresent(doc, Fields.DOCUMENT_ID, documentId);
    storeIfPresent(doc, Fields.PUBLISHED, plan.published());
    storeIfPresent(doc, Fields.KIND, plan.kind());
    storeIfPresent(doc, Fields.BUREAU, plan.bureau());
    storeIfPresent(doc, Fields.ISSUER, io.planscope.plan.Issuer.of(plan));
    storeIfPresent(doc, Fields.LEVEL, plan.level() == null ? null : plan.level().id());
  }

  static long planKey(String planId) {
    String hex = planId.startsWith("p") ? planId.substring(1) : planId;
    try {
      return Long.parseLong(hex.length() > 15 ? hex.substring(0, 15) : hex, 16);
    } catch (NumberFormatException e) {
      return planId.hashCode() & 0xffffffffL | (1L << 60); // not a contract id (tests): keep it distinct-ish
    }
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null && !value.isEmpty()) doc.add(new StoredField(field, value));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
