package io.planscope.ingest;

import io.planscope.source.IngestException;
import java.util.Locale;
import java.util.Map;

/** Picks the reader for a file by its extension. */
final class SourceReaders {
  private static final Map<String, SourceReader> BY_EXTENSION =
      Map.of(
          "html", new HtmlReader(),
          "htm", new HtmlReader(),
          "shtml", new HtmlReader(),
          "txt", new TextReader(),
          "docx", new DocxReader(),
          "pdf", new PdfReader());

  private SourceReaders() {}

  /** The reader for a file name; throws UNSUPPORTED_TYPE naming the accepted extensions. */
  static SourceReader forFilename(String filename) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    SourceReader reader = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1));
    if (reader == null) {
      throw new IngestException(
          IngestException.Reason.UNSUPPORTED_TYPE,
          "'" + filename + "' is not a type PlanScope reads; use .html, .htm, .txt, .docx or .pdf");
    }
    return reader;
  }
}
