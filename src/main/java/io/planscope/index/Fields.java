package io.planscope.index;

/**
 * Every Lucene field name, in one place. One Lucene document per measure; each carries its plan's metadata so a hit
 * can be shown (and a whole plan reassembled) without the store. Why each field is built the way it is, is written
 * where it is built, in {@link MeasureDocuments}; the filter and facet of each {@link Dimension} in its entry.
 */
public final class Fields {
  private Fields() {}

  /**
   * The layout these fields make. Bump it when the indexed fields change (a new {@link Dimension} among them):
   * an index written with another layout is rebuilt from the store on open. 3: binary MinHash terms with norms,
   * bigram-only exact field; 4: ranked text, heading and title without positions; 5: lead units as a filter and
   * facet, lead/partners/deadline stored; 6: exact wording of headings and titles; 7: issuer and publish date as
   * filters and facets; 8: preamble paragraphs marked ({@link #PREAMBLE}).
   */
  public static final int LAYOUT = 8;

  // Identity
  /** Measure id, {@code <planId>-m<n>} (a preamble paragraph's {@code <planId>-p<n>}): StringField, stored. */
  public static final String MEASURE_ID = "measureId";
  /** "1" on a preamble paragraph's document, absent on a measure's: StringField, so counts of measures leave them out. */
  public static final String PREAMBLE = "preamble";
  /** Plan id: StringField (delete/replace by plan), stored, sorted doc values. */
  public static final String PLAN_ID = "planId";
  /** The plan id's 48 hex bits as a long doc value, for cheap distinct-plan counting and grouping. */
  public static final String PLAN_KEY = "planKey";
  /** The measure's 1-based position in its plan (stored + doc values), to reassemble a plan in reading order. */
  public static final String ORDINAL = "ordinal";

  // Ranked text (SmartChinese after T→S folding)
  /** The measure's wording: ranked (BM25), stored as the original. */
  public static final String TEXT = "text";
  /** The measure's heading and the headings above it: ranked with a boost. */
  public static final String HEADING = "heading";
  /** The plan title: ranked with a boost, stored. */
  public static final String TITLE = "title";

  // Exact wording
  /** Normalized unigrams + bigrams of the text for exact phrases; not stored. */
  public static final String EXACT = "exact";
  /**
   * Exact wording of the headings a measure opens (those the measure before it did not stand under), as
   * {@link #EXACT}; stored as written. A heading is found once, on its first measure, not on every measure below it.
   */
  public static final String EXACT_HEADING = "exactHeading";
  /** Exact wording of the plan title, on the plan's first measure only (as {@link #EXACT_HEADING}); stored. */
  public static final String EXACT_TITLE = "exactTitle";
  /** The text after {@code Fold.normalize}, stored for re-scoring by compare. */
  public static final String NORMALIZED = "normalized";
  /** MinHash signature of the normalized text's 3-char shingles, for near-duplicate candidates. */
  public static final String MINHASH = "minhash";

  // Filters (indexed keyword/point fields; values folded to simplified), one per Dimension
  public static final String YEAR = "year";
  public static final String LEVEL = "level";
  public static final String SECTION = "sectionType";
  public static final String TOPIC = "topic";
  public static final String KIND = "kind";
  public static final String BUREAU = "bureau";
  /** The issuer's name ({@link io.planscope.plan.Issuer}): keyword, stored. */
  public static final String ISSUER = "issuer";
  /** The publish date as yyyymmdd: a point for published:2023-01..2023-06. */
  public static final String PUBLISHED_DAY = "publishedDay";
  /** Each lead unit of the measure as written and without its bureau ("市教育局基教科" and "基教科"); stored as written. */
  public static final String LEAD = "lead";
  /** Every name of the plan's region at any level, full and short ("浙江省", "浙江"): region:浙江 matches any level. */
  public static final String REGION_NAME = "regionName";

  // Stored only
  public static final String PROVINCE = "province";
  public static final String CITY = "city";
  public static final String COUNTY = "county";
  public static final String REGION_CODE = "regionCode";
  public static final String PATH = "path";
  public static final String LABEL = "label";
  public static final String HEADING_TEXT = "headingText";
  public static final String TOPICS = "topics";
  public static final String PARTNERS = "partners";
  public static final String DEADLINE = "deadline";
  public static final String SOURCE = "source";
  public static final String SOURCE_URIS = "sourceUris";
  public static final String DOCUMENT_ID = "documentId";
  public static final String PUBLISHED = "published";

  // Facet dimensions: SortedSetDocValues facets in one $facets field, named by Dimension.facet()

  /** Separator between stored path parts. */
  public static final String PATH_SEPARATOR = "\u001f";
}
