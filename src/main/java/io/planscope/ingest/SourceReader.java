package io.planscope.ingest;

import io.planscope.source.SourceDocument;

/**
 * Turns one document's bytes into a {@link Page} of lines. How to add a format: implement this in a small class,
 * enforce the {@link IngestLimits} that apply to it, and map its extension in {@link SourceReaders}.
 */
interface SourceReader {
  Page read(SourceDocument doc, IngestLimits limits, Deadline deadline);
}
