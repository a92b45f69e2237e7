package io.planscope.corpus;

import io.planscope.ingest.SourceFormat;
import io.planscope.text.BidiControls;

/**
 * The type an original is stored and served with, from {@link SourceFormat}: a stored page is shown as text, never as
 * active HTML on our origin.
 */
public final class ContentTypes {
  private ContentTypes() {}

  /** The usual type of the file name's format, or {@code application/octet-stream}. */
  public static String guess(String filename) {
    return SourceFormat.forFilename(filename).map(SourceFormat::contentType).orElse("application/octet-stream");
  }

  /**
   * The type to serve a stored original with. Text formats (HTML above all), and anything unknown that a browser
   * could sniff as markup, go out as plain text; pdf, docx and zip keep their type (they are downloads, with
   * {@code Content-Disposition: attachment}).
   */
  public static String safeForServing(String filename) {
    return SourceFormat.forFilename(filename).filter(f -> !f.text()).map(SourceFormat::contentType)
        .orElse("text/plain");
  }

  /**
   * A file name safe to store and to put in a header: no directories, no control characters, no bidi controls (an
   * RTL override makes "x[U+202E]txt.exe" look like "xexe.txt"), not empty.
   */
  public static String cleanFilename(String raw) {
    String name = raw == null ? "" : BidiControls.strip(raw);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
    if (name.length() > 200) name = name.substring(name.length() - 200);
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "document" : name;
  }
}
