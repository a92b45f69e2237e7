package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import io.planscope.plan.PlanMeta;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Extracts a plan's metadata (title, year, period, publish date, region, bureau, level, kind) and its measures'
 * topics. Load it once with {@link #load()}; it is immutable and thread-safe.
 *
 * <p>The rules, one class each:
 *
 * <ul>
 *   <li>{@code TitleCleaner}: site suffixes ("_XX网"), 【…】, 篇 markers, "(通用5篇)", "有哪些", 《》 around the
 *       whole title, and the notice around a plan ("关于印发《X》的通知" → X); a sentence or numbered heading is
 *       no title ({@code TitleCleaner.isTitle}), and the plan then has none;
 *   <li>{@code Preamble}: an untitled plan's words for itself ("现将…2099年重点工作计划汇报如下"), read for year,
 *       issuer and kind in the title's place;
 *   <li>{@code PeriodReader}: the year from the title, then the opening ("2023年，…"), the other way round when a
 *       farm wrote the title ({@link FarmTitles}); the plan's year of "2024年工作总结及2025年工作计划";
 *       "20xx" is null; ranges and 十四五 are multi-year; 上半年/下半年 are halves; never the publish date;
 *   <li>{@code PublishDate}: 发布时间/发布日期/时间/日期 lines of the whole page, else a byline with a clock time;
 *   <li>{@code IssuerResolver}: region (via {@link RegionGazetteer}), level and bureau, from the issuer only: the
 *       title, the attribute block ({@code AttributeBlock}: 【制定机关】, 发布机构：), the signer of the notice
 *       handing the plan over ({@code NoticeSigner}) or its heading ({@code NoticeHeading}: 某市教育局关于印发《…》的
 *       通知), the opening and closing lines
 *       (the signature), the plan's words for itself (全县) — never a passing mention (组织参加某省教育学会征文);
 *   <li>{@code PlanKind}: a closed vocabulary (工作要点, 工作计划, 工作方案, 实施方案, 工作意见, 工作安排, 发展规划)
 *       from the title's last plan word; the subject (安全, 德育) stays in the title;
 *   <li>{@link TopicCodebook}: topics by keyword, from {@code topics.tsv}.
 * </ul>
 *
 * <p>How to add a rule: put it in the class that owns that field, add a case in the class's test (one realistic
 * line written for the test, never copied from a page), and run {@code SeedMetadataTest} and the demo corpus test.
 */
public final class MetadataExtractor {
  private static volatile MetadataExtractor instance;

  private final RegionGazetteer gazetteer;
  private final TopicCodebook codebook;
  private final IssuerResolver issuers;

  private MetadataExtractor(RegionGazetteer gazetteer, TopicCodebook codebook) {
    this.gazetteer = gazetteer;
    this.codebook = codebook;
    this.issuers = new IssuerResolver(gazetteer);
  }

  /** The extractor over the bundled gazetteer and codebook, loaded once; cheap to call repeatedly. */
  public static MetadataExtractor load() {
    MetadataExtractor m = instance;
    if (m == null) {
      synchronized (MetadataExtractor.class) {
        if (instance == null) instance = new MetadataExtractor(RegionGazetteer.load(), TopicCodebook.load());
        m = instance;
      }
    }
    return m;
  }

  /**
   * The metadata of one plan: the title cleaned, then year and period (title, then opening), the publish date
   * (page lines), the issuer (region, level, bureau) and the kind (title).
   */
  public PlanMeta extract(PlanText t) {
    TitleCleaner.Cleaned cleaned = TitleCleaner.cleanKeepingIssuer(t.title());
    // a title line a copy ran on into what follows it ("…的通知各学校：现将…", "某局2099年工作计划为深入贯彻…"):
    // its head is the title
    if (!TitleCleaner.isTitle(cleaned.title())) cleaned = fusedHead(t.title()).orElse(cleaned);
    String title = cleaned.title();
    // a sentence or a numbered heading is never a title: the plan then has none, and its opening's words for itself
    // ("现将…2099年重点工作计划汇报如下") stand in for it when year, issuer and kind are read
    if (!TitleCleaner.isTitle(title)) title = "";
    String normTitle = title.isEmpty() ? Preamble.named(t.lines()).orElse("") : Fold.normalize(title);
    // a farm's title ("2024年教育局工作计划(精选22篇)", or any page title on a farm) may not be the carried plan's:
    // the plan's opening year wins over it; a bureau's own page title keeps its year ("2023年，全市…" looks back)
    boolean farm = FarmTitles.isFarmTitle(t.title()) || (!t.ownTitle() && FarmTitles.isFarmPage(t.pageLines()));
    PeriodReader.Dated dated = PeriodReader.read(normTitle, t.lines(), !farm, DocumentNumber.year(t.pageLines()));
    // "“某局xx年计划”教育工作计划" under a file title "“某局2099年计划”…": the page fills in the year the template
    // masks, in the title too
    OptionalInt filled = dated.year() == null ? MaskedTitle.year(normTitle, t.pageLines()) : OptionalInt.empty();
    if (filled.isPresent()) {
      dated = PeriodReader.unmasked(filled, dated);
      title = MaskedTitle.fill(title, filled.getAsInt());
    }
    List<String> stated = stated(cleaned.issuer(), t.pageLines(), normTitle);
    // "粤府〔2099〕4号" atop a plan that speaks of 全省/我省 names its province
    if (stated.isEmpty() && LevelWords.we(String.join("\n", t.lines())) == Level.PROVINCE) {
      DocumentNumber.province(t.pageLines()).ifPresent(stated::add);
    }
    Issuer issuer = issuers.resolve(normTitle, stated, t.lines());
    return new PlanMeta(
        title,
        dated.year(),
        dated.period(),
        PublishDate.find(t.pageLines()),
        issuer.level(),
        issuer.region(),
        issuer.bureau(),
        PlanKind.of(normTitle));
  }

  private static Optional<TitleCleaner.Cleaned> fusedHead(String raw) {
    return FusedTitle.head(raw == null ? "" : raw)
        .map(TitleCleaner::cleanKeepingIssuer)
        .filter(c -> TitleCleaner.isTitle(c.title()));
  }

  // the issuer a title cited as written no longer names ("某市教育局" of "某市教育局关于印发《2099年全市…》的通知"),
  // then the page's attribute block, then the signer of the notice that hands the plan over, then the heading of
  // that notice when the plan kept its own title ("2099年教育工作要点")
  private static List<String> stated(String cutIssuer, List<String> pageLines, String normTitle) {
    List<String> stated = new ArrayList<>();
    if (!cutIssuer.isBlank()) stated.add(Fold.normalize(cutIssuer));
    stated.addAll(AttributeBlock.issuers(pageLines));
    NoticeSigner.of(pageLines).ifPresent(stated::add);
    if (stated.isEmpty()) NoticeHeading.issuer(pageLines, normTitle).ifPresent(stated::add);
    return stated;
  }

  /** The topics of a normalized text (multi-label, codebook order). */
  public List<String> topics(String normalizedText) {
    return codebook.match(normalizedText);
  }

  /** The gazetteer this extractor resolves regions with. */
  public RegionGazetteer gazetteer() {
    return gazetteer;
  }

  /** The topic codebook. */
  public TopicCodebook codebook() {
    return codebook;
  }
}
