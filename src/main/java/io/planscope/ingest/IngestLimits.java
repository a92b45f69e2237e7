package io.planscope.ingest;

import io.planscope.source.IngestException;
import java.time.Duration;

/**
 * Bounds that keep one hostile or broken document from taking the process down. Every reader checks the ones that
 * concern it and throws {@link IngestException} with {@code TOO_LARGE} or {@code TIMEOUT} quoting the limit.
 *
 * @param maxBytes the largest input accepted, in bytes
 * @param maxHtmlDepth the deepest element nesting accepted in HTML
 * @param maxZipEntries the most entries a .docx (a zip) may hold
 * @param maxUncompressedBytes the most bytes a .docx may inflate to, all entries together
 * @param maxCompressionRatio the highest inflated/compressed ratio of one entry (zip bombs reach thousands)
 * @param maxPdfPages the most pages read from a .pdf
 * @param maxPdfPageChars the most text one PDF page may hold (a dense A4 page of Chinese has about 1,500 chars)
 * @param maxChars the most text one document may have, any format (the largest real pages have a few hundred
 *     thousand chars; a 20 MB one-line text has seven million)
 * @param maxMeasures the most measures one document may yield, all plans together (the largest real compilations have
 *     a few thousand; a 20 MB one-line text made 800,000, each to be stored and indexed)
 * @param timeout how long one parse may take, reading included
 */
public record IngestLimits(
    long maxBytes,
    int maxHtmlDepth,
    int maxZipEntries,
    long maxUncompressedBytes,
    int maxCompressionRatio,
    int maxPdfPages,
    int maxPdfPageChars,
    int maxChars,
    int maxMeasures,
    Duration timeout) {
  /** Generous for real plans (the largest seen are a few hundred KB), small enough to refuse bombs. */
  public static final IngestLimits DEFAULTS =
      new IngestLimits(
          20L << 20, 256, 2_000, 100L << 20, 100, 300, 20_000, 2_000_000, 20_000, Duration.ofSeconds(20));

  /** A copy with another byte limit. */
  public IngestLimits withMaxBytes(long bytes) {
    return new IngestLimits(bytes, maxHtmlDepth, maxZipEntries, maxUncompressedBytes, maxCompressionRatio,
        maxPdfPages, maxPdfPageChars, maxChars, maxMeasures, timeout);
  }

  /** A copy with another time limit. */
  public IngestLimits withTimeout(Duration limit) {
    return new IngestLimits(maxBytes, maxHtmlDepth, maxZipEntries, maxUncompressedBytes, maxCompressionRatio,
        maxPdfPages, maxPdfPageChars, maxChars, maxMeasures, limit);
  }

  /** A copy with other zip limits. */
  public IngestLimits withZip(int entries, long uncompressedBytes, int ratio) {
    return new IngestLimits(maxBytes, maxHtmlDepth, entries, uncompressedBytes, ratio,
        maxPdfPages, maxPdfPageChars, maxChars, maxMeasures, timeout);
  }

  /** A copy with another HTML depth limit. */
  public IngestLimits withMaxHtmlDepth(int depth) {
    return new IngestLimits(maxBytes, depth, maxZipEntries, maxUncompressedBytes, maxCompressionRatio,
        maxPdfPages, maxPdfPageChars, maxChars, maxMeasures, timeout);
  }

  /** A copy with another page limit. */
  public IngestLimits withMaxPdfPages(int pages) {
    return new IngestLimits(maxBytes, maxHtmlDepth, maxZipEntries, maxUncompressedBytes, maxCompressionRatio,
        pages, maxPdfPageChars, maxChars, maxMeasures, timeout);
  }

  /** A copy with other text limits: per PDF page, and per document.  */
  public IngestLimits withMaxChars(int perPage, int total) {
    return new IngestLimits(maxBytes, maxHtmlDepth, maxZipEntries, maxUncompressedBytes, maxCompressionRatio,
        maxPdfPages, perPage, total, maxMeasures, timeout);
  }

  /** A copy with another measure limit. */
  public IngestLimits withMaxMeasures(int measures) {
    return new IngestLimits(maxBytes, maxHtmlDepth, maxZipEntries, maxUncompressedBytes, maxCompressionRatio,
        maxPdfPages, maxPdfPageChars, maxChars, measures, timeout);
  }
}
