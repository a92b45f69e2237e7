package io.planscope.index;

import static io.planscope.index.DimensionField.keyword;
import static io.planscope.index.DimensionField.keywords;

import io.planscope.plan.DisplayName;
import io.planscope.plan.Issuer;
import io.planscope.plan.Level;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.SectionType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;

/**
 * Every filter and facet, one entry each: the name queries and URLs use ({@code section:tasks}, {@code ?section=}),
 * the facet it is counted in (the key in a search's {@code facets}), an example, its labels, and how a measure's
 * values are indexed and a filter value becomes a query. The query parser, the compiler, the facets, {@code GET
 * /api/schema} and through it the web front end all read this table; nothing else lists the dimensions.
 *
 * <p>How to add one:
 *
 * <ol>
 *   <li>name its Lucene field in {@link Fields} and bump {@link Fields#LAYOUT} (indexes are rebuilt on open);
 *   <li>add an entry below: a plain value of the plan or the measure is {@link DimensionField#keyword} (one value,
 *       {@code unknown} when missing) or {@link DimensionField#keywords} (several, none when missing);
 *   <li>give it a case in {@code DimensionsTest}'s switch (it does not compile until you do), which walks every
 *       entry through parse, filter and facet;
 *   <li>add a row to the README's query-language table.
 * </ol>
 */
public enum Dimension {
  REGION("region", "region", Facet.TREE, "region:浙江", "地区", "Region", new DimensionField.Regions()),
  YEAR("year", "year", Facet.YEARS, "year:2021..2024", "年份", "Year", new DimensionField.Years()),
  LEVEL("level", "level", Facet.ONE, "level:county", "层级", "Level",
      keyword(Fields.LEVEL, (plan, m) -> plan.level() == null ? Level.UNKNOWN.id() : plan.level().id())
          .closed(Level.values(), v -> Level.of(v).id())),
  SECTION("section", "sectionType", Facet.ONE, "section:tasks", "章节类型", "Section type",
      keyword(Fields.SECTION, (plan, m) -> m.sectionType().id()).closed(SectionType.values(),
          v -> SectionType.of(v).id())),
  TOPIC("topic", "topic", Facet.MANY, "topic:师德师风", "主题", "Topic", keywords(Fields.TOPIC, (plan, m) -> m.topics())),
  KIND("kind", "kind", Facet.ONE, "kind:工作要点", "文种", "Kind", keyword(Fields.KIND, (plan, m) -> plan.kind())),
  BUREAU("bureau", "bureau", Facet.ONE, "bureau:教育局", "机构", "Bureau",
      keyword(Fields.BUREAU, (plan, m) -> plan.bureau())),
  LEAD("lead", "lead", Facet.MANY, "lead:基教科", "牵头单位", "Lead unit",
      keywords(Fields.LEAD, (plan, m) -> m.lead()).alsoFoundAs(Dimension::withoutBureau)),
  ISSUER("issuer", "issuer", Facet.ONE, "issuer:杭州市西湖区教育局", "发文机关", "Issuer",
      keyword(Fields.ISSUER, (plan, m) -> Issuer.of(plan)).alsoFoundAs(Issuer::shortForms)),
  PUBLISHED("published", "published", Facet.YEARS, "published:2023-01..2023-06", "发布日期", "Published",
      new DimensionField.Dates());

  /** The facet value of a measure without the dimension's value (no year, no kind), so counts add up to the total. */
  public static final String UNKNOWN = "unknown";
  /** How {@link #UNKNOWN} is shown. */
  public static final DisplayName UNKNOWN_LABEL = Level.UNKNOWN.label();

  private static final List<String> NAMES = Arrays.stream(values()).map(Dimension::id).toList();
  /** "市教育局" in "市教育局基教科": the issuing body before a lead office's own name. */
  private static final Pattern BUREAU_PREFIX = Pattern.compile("^.{0,12}?(教育体育局|教育局|教体局|教育厅|教委)");

  private final String id;
  private final String facet;
  private final Facet shape;
  private final String example;
  private final DisplayName label;
  private final DimensionField field;

  Dimension(String id, String facet, Facet shape, String example, String zh, String en, DimensionField field) {
    this.id = id;
    this.facet = facet;
    this.shape = shape;
    this.example = example;
    this.label = new DisplayName(zh, en);
    this.field = field;
  }

  /** How a dimension's facet counts are shaped and ordered. */
  public enum Facet {
    /** One value a measure, most frequent first. */
    ONE,
    /** One year a measure: newest first, {@code unknown} last. */
    YEARS,
    /** Any number of values a measure (none: no {@code unknown}). */
    MANY,
    /** A path (province › city › county): a tree, most frequent first at each level. */
    TREE;

    public boolean multiValued() {
      return this == MANY;
    }

    public boolean hierarchical() {
      return this == TREE;
    }
  }

  /** The name in queries and URL parameters: {@code section}. */
  public String id() {
    return id;
  }

  /** The facet dimension, and its key in a search's {@code facets}: {@code sectionType}. */
  public String facet() {
    return facet;
  }

  public Facet shape() {
    return shape;
  }

  /** A filter that works, for help texts and error messages: {@code section:tasks}. */
  public String example() {
    return example;
  }

  public DisplayName label() {
    return label;
  }

  /** The closed vocabulary's values with their labels, in order (level, section type); empty for open values. */
  public Map<String, DisplayName> vocabulary() {
    return field.vocabulary();
  }

  /** How a facet value is shown: its vocabulary label, "unknown"'s label, else the value itself. */
  public DisplayName valueLabel(String value) {
    DisplayName known = vocabulary().get(value);
    if (known != null) return known;
    return value.equals(UNKNOWN) ? UNKNOWN_LABEL : new DisplayName(value, value);
  }

  /**
   * The query for one filter value (what {@code id:value} selects). Throws {@link IllegalArgumentException} quoting
   * the value and saying what to write when it is not one this dimension takes.
   */
  public Query filter(String value) {
    return field.filter(facet, value);
  }

  /** Writes a measure's values of this dimension (the filter terms and the facet values) into its document. */
  void index(Document doc, Plan plan, Measure m) {
    field.index(doc, facet, plan, m);
  }

  /** Every dimension's name, in table order (the order errors list them in). */
  public static List<String> names() {
    return NAMES;
  }

  /** The dimension a query field or URL parameter names: its id ({@code section}) or facet key ({@code sectionType}). */
  public static Optional<Dimension> find(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (Dimension d : values()) {
      if (d.id.equals(n) || d.facet.toLowerCase(Locale.ROOT).equals(n)) return Optional.of(d);
    }
    return Optional.empty();
  }

  /** {@link #find}, or an {@link IllegalArgumentException} naming the dimensions there are. */
  public static Dimension expect(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown field '" + name + "'; use one of " + String.join(", ", NAMES)));
  }

  /**
   * A lead unit without its bureau, so lead:基教科 finds "市教育局基教科" and "县教育局基教科" as region:杭州 finds
   * 杭州市; nothing when the name has no bureau before the office.
   */
  private static List<String> withoutBureau(String unit) {
    String office = BUREAU_PREFIX.matcher(unit).replaceFirst("");
    return office.length() >= 2 && !office.equals(unit) ? List.of(office) : List.of();
  }
}
