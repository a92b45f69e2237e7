package io.planscope.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's charset, in this order: a byte-order mark, the HTTP {@code Content-Type} header, the page's
 * own {@code <meta charset>} or {@code http-equiv} declaration, then detection: UTF-16 by its zero bytes, UTF-8 when
 * the bytes are valid UTF-8, GB18030 or Big5 when a fast common-character check ({@link CommonHan}) is clear, and
 * otherwise icu4j's statistical {@link CharsetDetector} (it reports GBK as GB18030, a superset, which decodes GBK
 * and GB2312 correctly).
 *
 * <p>Declared charsets are trusted only when the bytes decode cleanly with them: Chinese sites often declare
 * gb2312 while serving UTF-8, and the detector is right more often than a stale declaration.
 */
final class CharsetSniffer {
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  private static final int SNIFF_BYTES = 64 * 1024;
  private static final int SAMPLE_BYTES = 4 * 1024;

  private CharsetSniffer() {}

  /**
   * The charset and how it was found, e.g. "GB18030 (detected)".
   *
   * @param malformed for UTF-8 chosen despite broken sequences, how many there are (each decodes as U+FFFD); else 0
   */
  record Sniffed(Charset charset, int bomLength, String how, int malformed) {
    Sniffed(Charset charset, int bomLength, String how) {
      this(charset, bomLength, how, 0);
    }
  }

  static Sniffed sniff(byte[] bytes, String httpContentType, boolean html) {
    Sniffed bom = byBom(bytes);
    if (bom != null) return bom;
    Charset header = declared(HEADER_CHARSET, httpContentType);
    if (header != null && decodesCleanly(bytes, header)) return new Sniffed(header, 0, "HTTP header");
    if (html) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Charset meta = declared(META_CHARSET, head);
      if (meta != null && decodesCleanly(bytes, meta)) return new Sniffed(meta, 0, "meta charset");
    }
    Sniffed damaged = damagedUtf8(bytes);
    return damaged != null ? damaged : new Sniffed(detect(bytes), 0, "detected");
  }

  /**
   * UTF-8 with a few broken sequences ("…推进素质教育\uFFFD…", a stray byte from a bad copy) is still UTF-8: the
   * statistical detector would call it Big5-HKSCS and the whole page would read as nonsense. Null when the bytes
   * decode cleanly (detection takes them) or are not mostly UTF-8.
   */
  private static Sniffed damagedUtf8(byte[] bytes) {
    if (Utf8.decodesCleanly(bytes, bytes.length, true)) return null;
    Utf8.Tally tally = Utf8.tally(bytes, bytes.length);
    if (!tally.mostlyValid()) return null;
    return new Sniffed(StandardCharsets.UTF_8, 0, "detected, with broken sequences", tally.malformed());
  }

  private static Sniffed byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Sniffed(StandardCharsets.UTF_8, 3, "BOM");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Sniffed(StandardCharsets.UTF_16LE, 2, "BOM");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Sniffed(StandardCharsets.UTF_16BE, 2, "BOM");
    }
    return null;
  }

  private static Charset declared(Pattern pattern, String text) {
    if (text == null) return null;
    Matcher m = pattern.matcher(text);
    return m.find() ? forName(m.group(1)) : null;
  }

  /** The charset for a declared or detected name; GB2312/GBK widen to GB18030; unknown names give null. */
  static Charset forName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace("_", "-");
    if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936") || n.equals("gb-2312")) {
      return Charset.forName("GB18030");
    }
    if (n.equals("big5")) return Charset.forName("Big5-HKSCS");
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null; // an unknown or malformed declaration is ignored; detection decides instead
    }
  }

  private static Charset detect(byte[] bytes) {
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) return utf16;
    if (decodesCleanly(bytes, StandardCharsets.UTF_8)) return StandardCharsets.UTF_8;
    // Bytes with zeros (UTF-16/32 the heuristic above missed) go to the detector as they are: sampling breaks pairs.
    byte[] sample = hasZero(bytes) ? java.util.Arrays.copyOf(bytes, Math.min(bytes.length, SNIFF_BYTES)) : nonAsciiSample(bytes);
    Charset common = hasZero(bytes) ? null : CommonHan.guess(sample);
    if (common != null) return common;
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample);
    CharsetMatch match = detector.detect();
    Charset found = match == null ? null : forName(match.getName());
    return found == null ? StandardCharsets.UTF_8 : found;
  }

  /**
   * The bytes the detector needs: the multi-byte text, not the ASCII markup around it. Keeps every non-ASCII byte and
   * the byte after it (a GBK or Big5 trail byte may be ASCII), up to {@link #SAMPLE_BYTES}; the detector's cost grows
   * with its input, and a few KB of Chinese text decide GBK against Big5 as well as a whole page does.
   */
  static byte[] nonAsciiSample(byte[] bytes) {
    byte[] sample = new byte[Math.min(bytes.length, SAMPLE_BYTES)];
    int n = 0;
    boolean afterHigh = false;
    for (int i = 0; i < bytes.length && n < sample.length; i++) {
      boolean high = bytes[i] < 0;
      if (high || afterHigh) sample[n++] = bytes[i];
      else if (n > 0 && sample[n - 1] != ' ') sample[n++] = ' ';
      afterHigh = high && !afterHigh;
    }
    return n == 0 ? java.util.Arrays.copyOf(bytes, Math.min(bytes.length, SAMPLE_BYTES)) : java.util.Arrays.copyOf(sample, n);
  }

  private static boolean hasZero(byte[] bytes) {
    for (int i = 0, n = Math.min(bytes.length, SNIFF_BYTES); i < n; i++) {
      if (bytes[i] == 0) return true;
    }
    return false;
  }

  /**
   * UTF-16 without a BOM: ASCII characters (newlines, digits, punctuation) leave a zero byte on one side of their
   * pair, so a text with many zeros all at even or all at odd offsets is UTF-16 BE or LE.
   */
  private static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, SNIFF_BYTES) & ~1;
    if (n < 4) return null;
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) evenZeros++;
      if (b[i + 1] == 0) oddZeros++;
    }
    int pairs = n / 2;
    // A CJK char may have a zero low byte (U+4E00 is 4E 00), so the other side is allowed a few zeros.
    if (evenZeros > pairs / 20 && oddZeros * 4 < evenZeros) return StandardCharsets.UTF_16BE;
    if (oddZeros > pairs / 20 && evenZeros * 4 < oddZeros) return StandardCharsets.UTF_16LE;
    return null;
  }

  /** Whether the bytes (the sniffed prefix) decode without a malformed sequence; a char cut at the end is fine. */
  static boolean decodesCleanly(byte[] bytes, Charset charset) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    if (charset.equals(StandardCharsets.UTF_8)) return Utf8.decodesCleanly(bytes, n, n == bytes.length);
    java.nio.charset.CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(n + 16);
    return !decoder.decode(ByteBuffer.wrap(bytes, 0, n), out, n == bytes.length).isError();
  }
}
