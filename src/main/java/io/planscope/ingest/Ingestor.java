package io.planscope.ingest;

/**
 * The ingestion pipeline: bytes in, plans out. Thread-safe; never stores anything.
 */
public final class Ingestor {
  /** Parses one document into plans; throws {@link IngestException} with a reason when it yields none. */
  public ParseResult parse(SourceDocument document) {
    throw new IngestException(
        IngestException.Reason.UNSUPPORTED_TYPE, "ingestion is being built; '" + document.filename() + "' was not read");
  }
}
