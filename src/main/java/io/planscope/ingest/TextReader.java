package io.planscope.ingest;

import io.planscope.source.SourceDocument;

/** Reads .txt: decode ({@link TextDecoder}) and split into lines. */
final class TextReader implements SourceReader {
  @Override
  public Page read(SourceDocument doc, IngestLimits limits, Deadline deadline) {
    TextDecoder.Decoded text = TextDecoder.decode(doc, false);
    deadline.check();
    return Page.of(Page.linesOf(text.text())).withWarnings(text.warnings());
  }
}
