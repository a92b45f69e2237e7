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
 * @param published the publish date given by hand ({@link PublishedOn}, YYYY-MM-DD), or null: it then replaces the
 *     date the parser reads from the text
 */
public record SourceDocument(
    byte[] bytes, String filename, String sourceUri, String httpContentType, Instant fetchedAt, String published) {
  public SourceDocument {
    filename = BidiControls.strip(filename);
  }

  /** A document without a publish date given by hand. */
  public SourceDocument(byte[] bytes, String filename, String sourceUri, String httpContentType, Instant fetchedAt) {
    this(bytes, filename, sourceUri, httpContentType, fetchedAt, null);
  }

  /** Whether it was given a publish date other than {@code stored} (the one kept with the stored document, or null). */
  public boolean redates(String stored) {
    return published != null && !published.equals(stored);
  }

  /** The same document, published on the given day (checked by {@link PublishedOn#check}). */
  public SourceDocument publishedOn(String date) {
    return new SourceDocument(bytes, filename, sourceUri, httpContentType, fetchedAt, date);
  }
}
