package io.planscope.text;

/**
 * The invisible characters that reorder text: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and
 * the marks (U+200E, U+200F, U+061C). In a file name they disguise it: "plan[U+202E]xcod.exe" shows as "planexe.docx".
 * A file name has no use for them, so they are removed wherever one enters (uploads, imports, zip entries, crawls).
 */
public final class BidiControls {
  private BidiControls() {}

  /** The text without bidi controls; the same instance when it has none (the usual case). */
  public static String strip(String s) {
    if (s == null || !has(s)) return s;
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!isControl(s.charAt(i))) out.append(s.charAt(i));
    }
    return out.toString();
  }

  /** Whether a char is one of the bidi controls. */
  public static boolean isControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }

  private static boolean has(String s) {
    for (int i = 0; i < s.length(); i++) if (isControl(s.charAt(i))) return true;
    return false;
  }
}
