package io.planscope.app;

import io.planscope.corpus.StoreException;
import io.planscope.crawl.CrawlException;
import io.planscope.crawl.CrawlSink;
import io.planscope.crawl.ImportResult;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;

/**
 * Hands crawled documents to the same {@link Importer} as uploads, and translates its outcome for the crawler: a
 * page ingestion finds no plan in (or cannot read) counts as skipped, not failed.
 */
public final class ImporterSink implements CrawlSink {
  private final Importer importer;

  public ImporterSink(Importer importer) {
    this.importer = importer;
  }

  /** Imports one document; a store that cannot write stops the crawl (every next page would fail the same way). */
  @Override
  public ImportResult accept(SourceDocument document) {
    ImportOutcome o;
    try {
      o = importer.importDocument(document);
    } catch (StoreException e) {
      throw new CrawlException("Stopping the crawl at '" + document.sourceUri() + "': " + e.getMessage(), e);
    }
    return switch (o.status()) {
      case IMPORTED -> new ImportResult(ImportResult.Status.IMPORTED, o.documentId(), o.planIds(),
          String.join("; ", o.warnings()));
      case DUPLICATE -> ImportResult.duplicate(o.documentId(), o.planIds());
      case FAILED -> skippable(o.failure())
          ? ImportResult.skipped(o.documentId(), o.reason())
          : ImportResult.failed(o.reason());
    };
  }

  private static boolean skippable(IngestException.Reason reason) {
    return reason == IngestException.Reason.NO_PLAN || reason == IngestException.Reason.NOT_TEXT
        || reason == IngestException.Reason.UNSUPPORTED_TYPE;
  }
}
