package io.planscope.ingest;

import io.planscope.source.SourceDocument;

/**
 * Turns one document's bytes into a {@link Page} of lines. How to add a format: implement this in a small class,
 * enforce the {@link IngestLimits} that apply to it, and add it with its extensions to {@link SourceFormat}.
 */
interface SourceReader {
  Page read(SourceDocument doc, IngestLimits limits, Deadline deadline);
}
