package io.planscope.corpus;

import io.planscope.text.BidiControls;
import java.util.Locale;
import java.util.Map;

/**
 * Content types by file extension, and the safe type an original is served with: a stored page is shown as text,
 * never as active HTML on our origin.
 */
public final class ContentTypes {
  /** The extensions we read, with their usual types. How to add one: add it here and teach ingest to read it. */
  private static final Map<String, String> BY_EXTENSION =
      Map.of(
          "html", "text/html",
          "htm", "text/html",
          "txt", "text/plain",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "pdf", "application/pdf",
          "zip", "application/zip");

  private ContentTypes() {}

  /** The lower-case extension of a file name without the dot, or "" when it has none. */
  public static String extension(String filename) {
    int dot = filename.lastIndexOf('.');
    return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether the file name has an extension we can read (zip included). */
  public static boolean isSupported(String filename) {
    return BY_EXTENSION.containsKey(extension(filename));
  }

  /** The type for a file name, or {@code application/octet-stream}. */
  public static String guess(String filename) {
    return BY_EXTENSION.getOrDefault(extension(filename), "application/octet-stream");
  }

  /**
   * The type to serve a stored original with. HTML (and anything that could be sniffed as markup) goes out as plain
   * text; pdf and docx keep their type (they are downloads, with {@code Content-Disposition: attachment}).
   */
  public static String safeForServing(String filename) {
    return switch (extension(filename)) {
      case "pdf", "docx", "zip" -> guess(filename);
      default -> "text/plain";
    };
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
