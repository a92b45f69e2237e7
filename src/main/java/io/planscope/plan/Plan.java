package io.planscope.plan;

import java.util.List;

/**
 * One plan as parsed from a page: metadata, outline and measures. Its JSON form is flat ({@code id, title, year,
 * ...}); {@link #meta()} regroups the metadata.
 *
 * @param id stable id derived from the plan's normalized text, so a mirror or a re-import gets the same id
 * @param source where the page came from: a file path or URL
 * @param measures the numbered items and the paragraphs under headings, in reading order
 * @param preamble the framing paragraphs before the plan's first heading ("2024年是…之年。总体要求是：…"): text of
 *     the plan, searchable and citable like a measure (ids {@code <planId>-p<n>}, section type {@code preamble}), but
 *     not a measure: they are left out of measure counts, comparisons and similar measures. A plan without headings
 *     has none: its paragraphs are its measures. Plans stored before this field load with an empty list.
 */
public record Plan(
    String id,
    String title,
    Integer year,
    Period period,
    String published,
    Level level,
    Region region,
    String bureau,
    String kind,
    String source,
    List<Section> sections,
    List<Measure> measures,
    List<Measure> preamble) {
  public Plan {
    sections = List.copyOf(sections);
    measures = List.copyOf(measures);
    preamble = preamble == null ? List.of() : List.copyOf(preamble);
  }

  /** A plan without preamble paragraphs. */
  public Plan(String id, String title, Integer year, Period period, String published, Level level, Region region,
      String bureau, String kind, String source, List<Section> sections, List<Measure> measures) {
    this(id, title, year, period, published, level, region, bureau, kind, source, sections, measures, List.of());
  }

  /** Builds a plan from its metadata and structure. */
  public static Plan of(
      String id, PlanMeta meta, String source, List<Section> sections, List<Measure> measures) {
    return of(id, meta, source, sections, measures, List.of());
  }

  /** Builds a plan from its metadata, structure and preamble paragraphs. */
  public static Plan of(String id, PlanMeta meta, String source, List<Section> sections, List<Measure> measures,
      List<Measure> preamble) {
    return new Plan(
        id,
        meta.title(),
        meta.year(),
        meta.period(),
        meta.published(),
        meta.level(),
        meta.region(),
        meta.bureau(),
        meta.kind(),
        source,
        sections,
        measures,
        preamble);
  }

  /**
   * The same plan under another id: measure ids ({@code <planId>-m<n>}) and the sections' references follow, so a
   * plan re-parsed with newer rules can keep the id that links and citations already use.
   */
  public Plan withId(String newId) {
    if (newId.equals(id)) return this;
    return new Plan(
            newId, title, year, period, published, level, region, bureau, kind, source, sections, measures, preamble)
        .withMeasureIds(measureId -> renameMeasure(measureId, newId));
  }

  /** The same plan with this publish date (YYYY-MM-DD): one given by hand replaces the one read from the text. */
  public Plan withPublished(String date) {
    if (java.util.Objects.equals(date, published)) return this;
    return new Plan(id, title, year, period, date, level, region, bureau, kind, source, sections, measures, preamble);
  }

  /** The same plan with its measures and preamble paragraphs renamed (the outline's references follow). */
  public Plan withMeasureIds(java.util.function.UnaryOperator<String> rename) {
    List<Measure> renamed = measures.stream().map(m -> m.withId(rename.apply(m.id()))).toList();
    List<Measure> framing = preamble.stream().map(m -> m.withId(rename.apply(m.id()))).toList();
    List<Section> outline = sections.stream().map(s -> s.withMeasureIds(rename)).toList();
    return new Plan(id, title, year, period, published, level, region, bureau, kind, source, outline, renamed, framing);
  }

  /**
   * Every searchable passage in reading order: the preamble's paragraphs, then the measures. The index holds one
   * document for each; counts of measures use {@link #measures()}.
   */
  public List<Measure> passages() {
    if (preamble.isEmpty()) return measures;
    List<Measure> all = new java.util.ArrayList<>(preamble.size() + measures.size());
    all.addAll(preamble);
    all.addAll(measures);
    return all;
  }

  private String renameMeasure(String measureId, String newId) {
    if (!measureId.startsWith(id + "-")) {
      throw new IllegalStateException("measure '" + measureId + "' of plan '" + id + "' does not start with its id");
    }
    return newId + measureId.substring(id.length());
  }

  /** The metadata part of this plan. */
  public PlanMeta meta() {
    return new PlanMeta(title, year, period, published, level, region, bureau, kind);
  }

  /** The measure or preamble paragraph with that id, or null (see {@link #expectMeasure}). */
  public Measure measure(String measureId) {
    for (Measure m : measures) {
      if (m.id().equals(measureId)) return m;
    }
    for (Measure m : preamble) {
      if (m.id().equals(measureId)) return m;
    }
    return null;
  }

  /** The measure with that id; throws {@link NotFoundException} naming it when there is none. */
  public Measure expectMeasure(String measureId) {
    Measure m = measure(measureId);
    if (m == null) throw new NotFoundException("measure", measureId);
    return m;
  }
}
