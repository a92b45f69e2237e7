package io.planscope.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fetched body is, from its Content-Type, its URL and its first bytes (bureau sites often send .docx files
 * as application/octet-stream), and the file name to import it under.
 */
enum DocumentType {
  HTML("html"),
  DOCX("docx"),
  PDF("pdf"),
  /** Images, archives, .doc and anything else the import pipeline does not read. */
  OTHER("");

  private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?",
      Pattern.CASE_INSENSITIVE);

  final String extension;

  DocumentType(String extension) {
    this.extension = extension;
  }

  static DocumentType of(Fetched f) {
    String type = f.mediaType();
    byte[] b = f.body();
    if (startsWith(b, "%PDF-") || type.equals("application/pdf")) return PDF;
    // A .docx is a zip whose entries include word/document.xml; the entry names sit in plain bytes.
    if (type.equals(DOCX_TYPE) || (startsWith(b, "PK\u0003\u0004") && contains(b, "word/document.xml"))) {
      return DOCX;
    }
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) return HTML;
    if ((type.isEmpty() || type.equals("text/plain") || type.equals("application/octet-stream")) && looksLikeHtml(b)) {
      return HTML;
    }
    return OTHER;
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
   * segment, with this type's extension added when missing ("index.jsp?id=3" becomes "index.jsp.html").
   */
  String filename(Fetched f) {
    String name = fromDisposition(f.contentDisposition());
    if (name == null) name = lastSegment(f.finalUrl());
    name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    if (name.isEmpty()) name = "index";
    if (!extension.isEmpty() && !name.toLowerCase(Locale.ROOT).endsWith("." + extension)
        && !(this == HTML && name.toLowerCase(Locale.ROOT).endsWith(".htm"))) {
      name = name + "." + extension;
    }
    return name;
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
