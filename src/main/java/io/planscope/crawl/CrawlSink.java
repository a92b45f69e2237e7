package io.planscope.crawl;

import io.planscope.source.SourceDocument;

/**
 * Where the crawler hands the documents it found: the same import pipeline as uploads. Implementations store the
 * original and its plans and say what happened; they may throw {@link io.planscope.source.IngestException} when
 * the document holds no plan, which the crawler counts as skipped.
 */
@FunctionalInterface
public interface CrawlSink {
  ImportResult accept(SourceDocument document);
}
