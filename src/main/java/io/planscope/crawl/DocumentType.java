package io.planscope.crawl;

import io.planscope.ingest.SourceFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fetched body is, as a {@link SourceFormat}: from its first bytes, its Content-Type and, when the type says
 * nothing (bureau sites often send .docx files as application/octet-stream), its file name; and the file name to
 * import it under. The crawler imports documents only: an archive, an image or a .doc is no format here.
 */
final class DocumentType {
  /** Types that say nothing about the body: the bytes or the name decide. */
  private static final Set<String> GENERIC = Set.of("", "text/plain", "application/octet-stream");
  private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?",
      Pattern.CASE_INSENSITIVE);

  private DocumentType() {}

  /** The document format of a fetched body, or empty when it is none the import pipeline reads. */
  static Optional<SourceFormat> of(Fetched f) {
    byte[] b = f.body();
    if (startsWith(b, "%PDF-")) return Optional.of(SourceFormat.PDF);
    // A .docx is a zip whose entries include word/document.xml; the entry names sit in plain bytes.
    if (startsWith(b, "PK\u0003\u0004") && contains(b, "word/document.xml")) return Optional.of(SourceFormat.DOCX);
    String type = f.mediaType();
    if (GENERIC.contains(type) && looksLikeHtml(b)) return Optional.of(SourceFormat.HTML);
    Optional<SourceFormat> declared = SourceFormat.forContentType(type);
    if (declared.isEmpty() && GENERIC.contains(type)) declared = SourceFormat.forFilename(rawName(f));
    return declared.filter(format -> !format.archive());
  }

  /** Whether a link's file name or anchor text names an attachment: a document that is not a page (.docx, .pdf). */
  static boolean namesAttachment(String name) {
    return SourceFormat.forFilename(name).filter(f -> !f.archive() && f != SourceFormat.HTML).isPresent();
  }

  /** The attachment extensions, for messages: ".txt, .docx, .pdf". */
  static String attachmentExtensions() {
    return SourceFormat.dotted(SourceFormat.documents().stream().filter(f -> f != SourceFormat.HTML).toList());
  }

  private static boolean startsWith(byte[] b, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
    if (b.length < p.length) return false;
    for (int i = 0; i < p.length; i++) if (b[i] != p[i]) return false;
    return true;
  }

  private static boolean contains(byte[] b, String needle) {
    return new String(b, StandardCharsets.ISO_8859_1).contains(needle);
  }

  private static boolean looksLikeHtml(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html");
  }

  /**
   * The file name to import under: Content-Disposition's (RFC 6266 filename* first), else the URL's last path
   * segment, with the format's extension added when it has none of them ("index.jsp?id=3" becomes "index.jsp.html").
   */
  static String filename(Fetched f, SourceFormat format) {
    return format.withExtension(rawName(f));
  }

  private static String rawName(Fetched f) {
    String name = fromDisposition(f.contentDisposition());
    if (name == null) name = lastSegment(f.finalUrl());
    name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    return name.isEmpty() ? "index" : name;
  }

  private static String fromDisposition(String header) {
    if (header == null) return null;
    Matcher star = FILENAME_STAR.matcher(header);
    if (star.find()) return java.net.URLDecoder.decode(star.group(1).strip(), StandardCharsets.UTF_8);
    Matcher plain = FILENAME.matcher(header);
    // Servers send raw GBK bytes here, which arrive as Latin-1 mojibake; an ASCII name is the only safe one.
    if (plain.find() && plain.group(1).chars().allMatch(c -> c < 0x80)) return plain.group(1).strip();
    return null;
  }

  private static String lastSegment(URI url) {
    String path = CrawlUrl.decoded(URI.create(url.getScheme() + "://" + url.getRawAuthority()
        + (url.getRawPath() == null ? "/" : url.getRawPath())));
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
