package io.planscope.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.ingest.FormatSamples;
import io.planscope.ingest.SourceFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {
  private static Fetched answer(String url, String type, String disposition, byte[] body) {
    URI u = URI.create(url);
    return new Fetched(u, u, 200, type, null, null, disposition, null, body, false, 1);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static Optional<SourceFormat> typeOf(String url, String type, byte[] body) {
    return DocumentType.of(answer(url, type, null, body));
  }

  @Test
  void sniffsDocxAndPdfSentAsOctetStream() {
    byte[] docx = FixtureSite.docx();
    assertEquals(Optional.of(SourceFormat.DOCX), typeOf("http://a.cn/down?id=3", "application/octet-stream", docx));
    assertEquals(Optional.of(SourceFormat.PDF), typeOf("http://a.cn/f", "application/octet-stream", ascii("%PDF-1.7\n")));
    assertEquals(Optional.empty(), typeOf("http://a.cn/x.zip", "application/zip", ascii("PK\3\4abc")));
    assertEquals(Optional.of(SourceFormat.HTML), typeOf("http://a.cn/", null, ascii("<!DOCTYPE html><html>")));
    assertEquals(Optional.empty(), typeOf("http://a.cn/a.jpg", "image/jpeg", new byte[] {-1, -40}));
    assertEquals(Optional.empty(), typeOf("http://a.cn/a.doc", "application/msword", new byte[] {-48, -49, 17, -32}));
  }

  /** Each registered document format, by each of its content types, and by name when the type says nothing. */
  @Test
  void everyDocumentFormatIsRecognisedByTypeAndByName() {
    for (SourceFormat f : SourceFormat.values()) {
      byte[] body = FormatSamples.plan(f, "某县教育局2024年工作要点");
      Optional<SourceFormat> expected = f.archive() ? Optional.empty() : Optional.of(f);
      for (String type : f.contentTypes()) {
        assertEquals(expected, typeOf("http://a.cn/down?id=7", type + "; charset=utf-8", body), f + " as " + type);
      }
      for (String ext : f.extensions()) {
        Fetched named = answer("http://a.cn/files/plan." + ext, "application/octet-stream", null, body);
        assertEquals(expected, DocumentType.of(named), f + " named ." + ext);
        if (expected.isPresent()) assertEquals("plan." + ext, DocumentType.filename(named, f));
      }
    }
    // a page with no doctype sent as octet-stream still counts by its name: SSI sites serve .shtml that way
    assertEquals(Optional.of(SourceFormat.HTML),
        typeOf("http://a.cn/zwgk/2024jhzy.shtml", "application/octet-stream", ascii("<p>一、总体要求</p>")));
  }

  @Test
  void namesFilesFromContentDispositionOrTheUrl() {
    String star = "attachment; filename*=UTF-8''%E5%B7%A5%E4%BD%9C%E8%A6%81%E7%82%B9.docx";
    assertEquals("工作要点.docx", DocumentType.filename(answer("http://a.cn/down?id=3", null, star, new byte[0]),
        SourceFormat.DOCX));
    assertEquals("plan-2024.pdf", DocumentType.filename(answer("http://a.cn/down?id=3", null,
        "attachment; filename=\"plan-2024.pdf\"", new byte[0]), SourceFormat.PDF));
    assertEquals("down.docx", DocumentType.filename(answer("http://a.cn/down?id=3", null,
        "attachment; filename=\"\u00b9\u00a4\u00d7\u00f7.docx\"", new byte[0]), SourceFormat.DOCX),
        "GBK bytes read as Latin-1 are ignored");
    assertEquals("index.jsp.html", html("http://a.cn/zwgk/index.jsp?id=9"));
    assertEquals("2024jhzy.htm", html("http://a.cn/zwgk/2024jhzy.htm"));
    assertEquals("2024jhzy.shtml", html("http://a.cn/zwgk/2024jhzy.shtml"));
    assertEquals("index.html", html("http://a.cn/"));
    assertEquals("计划.pdf", DocumentType.filename(answer("http://a.cn/files/%E8%AE%A1%E5%88%92.pdf", null, null,
        new byte[0]), SourceFormat.PDF));
  }

  private static String html(String url) {
    return DocumentType.filename(answer(url, null, null, new byte[0]), SourceFormat.HTML);
  }

  /** Links to documents that are not pages are attachments; pages and archives are not (they need a plan word). */
  @Test
  void linksToEveryNonPageDocumentFormatAreAttachments() {
    StringBuilder page = new StringBuilder("<html><body>");
    for (SourceFormat f : SourceFormat.values()) {
      for (String ext : f.extensions()) page.append("<a href=\"/files/a.").append(ext).append("\">附件</a> ");
      page.append("<a href=\"/down?id=").append(f).append("\">附件.").append(f.extensions().get(0)).append("</a> ");
    }
    List<Link> links = PageReader.read(page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8),
        "utf-8", URI.create("http://a.cn/zwgk/tz.html")).links();
    Set<String> attachments = new TreeSet<>();
    for (Link l : links) if (l.kind() == Link.Kind.ATTACHMENT) attachments.add(l.url().toString());
    Set<String> expected = new TreeSet<>();
    for (SourceFormat f : SourceFormat.documents()) {
      if (f == SourceFormat.HTML) continue;
      f.extensions().forEach(e -> expected.add("http://a.cn/files/a." + e));
      expected.add("http://a.cn/down?id=" + f);
    }
    assertEquals(expected, attachments);
    assertEquals(".txt, .docx or .pdf", DocumentType.attachmentExtensions());
  }

  @Test
  void normalizesLinks() {
    URI base = URI.create("http://JYJ.Example.cn:80/zwgk/index.html");
    assertEquals("http://jyj.example.cn/zwgk/2024.html#x".replace("#x", ""),
        CrawlUrl.resolve(base, "2024.html#x").orElseThrow().toString());
    assertEquals("http://jyj.example.cn/files/%E8%AE%A1%E5%88%92%20v2.docx",
        CrawlUrl.resolve(base, "/files/计划 v2.docx").orElseThrow().toString());
    assertEquals(java.util.Optional.empty(), CrawlUrl.resolve(base, "javascript:void(0)"));
    assertEquals(java.util.Optional.empty(), CrawlUrl.resolve(base, "mailto:jyj@example.cn"));
    assertEquals("https://a.cn/", CrawlUrl.resolve(base, "https://a.cn:443").orElseThrow().toString());
  }
}
