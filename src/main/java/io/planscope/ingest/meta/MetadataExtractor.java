package io.planscope.ingest.meta;

import io.planscope.plan.PlanMeta;
import io.planscope.text.Fold;
import java.util.List;

/**
 * Extracts a plan's metadata (title, year, period, publish date, region, bureau, level, kind) and its measures'
 * topics. Load it once with {@link #load()}; it is immutable and thread-safe.
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
    String title = TitleCleaner.clean(t.title());
    String normTitle = Fold.normalize(title);
    PeriodReader.Dated dated = PeriodReader.read(normTitle, t.lines());
    Issuer issuer = issuers.resolve(normTitle, t.lines());
    return new PlanMeta(
        title,
        dated.year(),
        dated.period(),
        PublishDate.find(t.pageLines()),
        issuer.level(),
        issuer.region(),
        issuer.bureau(),
        PlanKind.of(title, gazetteer));
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
