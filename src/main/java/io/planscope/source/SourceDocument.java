package io.planscope.source;

import io.planscope.text.BidiControls;
import java.time.Instant;

/**
 * One document as it arrived, before parsing. Its file name loses any bidi controls ({@link BidiControls}) here, the
 * one place every upload, import, zip entry and crawled page passes, so no message, listing or header can show a
 * disguised name.
 *
 * @param bytes the original bytes, exactly as fetched or uploaded
 * @param filename the file name (its extension picks the reader: see {@link SourceFormat})
 * @param sourceUri where it came from: a file path or URL
 * @param httpContentType the Content-Type header when crawled (may carry a charset), else null
 * @param fetchedAt when it was fetched or imported
 */
public record SourceDocument(
    byte[] bytes, String filename, String sourceUri, String httpContentType, Instant fetchedAt) {
  public SourceDocument {
    filename = BidiControls.strip(filename);
  }
}
