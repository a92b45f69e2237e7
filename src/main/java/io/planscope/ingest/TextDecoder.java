package io.planscope.ingest;

import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * Bytes to text for the text-based formats (.txt, .html): charset by {@link CharsetSniffer}, then a check that
 * the result is text at all. A binary file (an image renamed .html, an executable) fails with {@code NOT_TEXT}
 * naming what it looks like instead of producing pages of mojibake.
 */
final class TextDecoder {
  private static final double MAX_CONTROL_SHARE = 0.01;
  private static final double MAX_REPLACEMENT_SHARE = 0.10;
  private static final double MAX_UNUSUAL_SHARE = 0.10;

  private TextDecoder() {}

  /** The text, and a warning when some of it could not be decoded and reads as U+FFFD. */
  record Decoded(String text, List<String> warnings) {
    Decoded {
      warnings = List.copyOf(warnings);
    }
  }

  static Decoded decode(SourceDocument doc, boolean html) {
    byte[] bytes = doc.bytes();
    String magic = binaryMagic(bytes);
    if (magic != null) throw notText(doc, "it starts like " + magic);
    CharsetSniffer.Sniffed sniffed = CharsetSniffer.sniff(bytes, doc.httpContentType(), html);
    Charset cs = sniffed.charset();
    String text = new String(bytes, sniffed.bomLength(), bytes.length - sniffed.bomLength(), cs);
    checkText(doc, text, cs);
    if (sniffed.malformed() == 0) return new Decoded(text, List.of());
    return new Decoded(text, List.of("'" + doc.filename() + "' is UTF-8 with " + sniffed.malformed()
        + " invalid byte sequences; each reads as U+FFFD (the replacement character), check the text around them"));
  }

  private static void checkText(SourceDocument doc, String text, Charset cs) {
    int controls = 0;
    int replacements = 0;
    int unusual = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') replacements++;
      else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
      else if (!isUsual(c)) unusual++;
    }
    int n = Math.max(1, text.length());
    if (controls > n * MAX_CONTROL_SHARE) {
      throw notText(doc, controls + " control characters in " + n + " (" + cs.name() + "); it looks binary");
    }
    if (unusual > n * MAX_UNUSUAL_SHARE) {
      throw notText(doc, unusual + " of " + n + " characters are neither Chinese nor Latin as " + cs.name());
    }
    if (replacements > n * MAX_REPLACEMENT_SHARE) {
      throw notText(doc, replacements + " of " + n + " characters do not decode as " + cs.name());
    }
  }

  private static IngestException notText(SourceDocument doc, String why) {
    return new IngestException(
        IngestException.Reason.NOT_TEXT,
        "'" + doc.filename() + "' is not text: " + why + "; upload the document itself ("
            + SourceFormat.dotted(SourceFormat.documents()) + ")");
  }

  /**
   * Characters a Chinese page is made of: ASCII and Latin-1, general and CJK punctuation, circled numbers, CJK
   * ideographs (extension A included) and full-width forms. Random bytes decoded as UTF-16 land mostly elsewhere
   * (Hangul, Yi, private use).
   */
  private static boolean isUsual(char c) {
    return c < 0x250
        || (c >= 0x2000 && c <= 0x27BF)
        || (c >= 0x3000 && c <= 0x30FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xFE30 && c <= 0xFFEF);
  }

  /** Names a well-known binary format the bytes start with, or null. */
  static String binaryMagic(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) return "a PNG image";
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
    if (startsWith(b, 'G', 'I', 'F', '8')) return "a GIF image";
    if (startsWith(b, '%', 'P', 'D', 'F')) return "a PDF (rename it .pdf)";
    if (startsWith(b, 'P', 'K', 3, 4)) return "a zip archive (a .docx? rename it .docx)";
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) return "an executable";
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) return "an old Office file (.doc/.xls; save it as .docx)";
    if (startsWith(b, 0x1F, 0x8B)) return "a gzip archive";
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    return Arrays.equals(
        Arrays.copyOf(b, prefix.length), toBytes(prefix));
  }

  private static byte[] toBytes(int[] ints) {
    byte[] out = new byte[ints.length];
    for (int i = 0; i < ints.length; i++) out[i] = (byte) ints[i];
    return out;
  }
}
