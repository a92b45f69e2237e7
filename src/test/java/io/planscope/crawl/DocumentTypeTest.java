package io.planscope.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {
  private static Fetched answer(String url, String type, String disposition, byte[] body) {
    URI u = URI.create(url);
    return new Fetched(u, u, 200, type, null, null, disposition, null, body, false, 1);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void sniffsDocxAndPdfSentAsOctetStream() {
    byte[] docx = FixtureSite.docx();
    assertEquals(DocumentType.DOCX, DocumentType.of(answer("http://a.cn/down?id=3", "application/octet-stream", null, docx)));
    assertEquals(DocumentType.PDF, DocumentType.of(answer("http://a.cn/f", "application/octet-stream", null, ascii("%PDF-1.7\n"))));
    assertEquals(DocumentType.OTHER, DocumentType.of(answer("http://a.cn/x.zip", "application/zip", null, ascii("PK\3\4abc"))));
    assertEquals(DocumentType.HTML, DocumentType.of(answer("http://a.cn/", null, null, ascii("<!DOCTYPE html><html>"))));
    assertEquals(DocumentType.OTHER, DocumentType.of(answer("http://a.cn/a.jpg", "image/jpeg", null, new byte[] {-1, -40})));
  }

  @Test
  void namesFilesFromContentDispositionOrTheUrl() {
    String star = "attachment; filename*=UTF-8''%E5%B7%A5%E4%BD%9C%E8%A6%81%E7%82%B9.docx";
    assertEquals("工作要点.docx", DocumentType.DOCX.filename(answer("http://a.cn/down?id=3", null, star, new byte[0])));
    assertEquals("plan-2024.pdf",
        DocumentType.PDF.filename(answer("http://a.cn/down?id=3", null, "attachment; filename=\"plan-2024.pdf\"", new byte[0])));
    assertEquals("down.docx", DocumentType.DOCX.filename(answer("http://a.cn/down?id=3", null,
        "attachment; filename=\"\u00b9\u00a4\u00d7\u00f7.docx\"", new byte[0])), "GBK bytes read as Latin-1 are ignored");
    assertEquals("index.jsp.html", DocumentType.HTML.filename(answer("http://a.cn/zwgk/index.jsp?id=9", null, null, new byte[0])));
    assertEquals("2024jhzy.htm", DocumentType.HTML.filename(answer("http://a.cn/zwgk/2024jhzy.htm", null, null, new byte[0])));
    assertEquals("index.html", DocumentType.HTML.filename(answer("http://a.cn/", null, null, new byte[0])));
    assertEquals("计划.pdf", DocumentType.PDF.filename(answer("http://a.cn/files/%E8%AE%A1%E5%88%92.pdf", null, null, new byte[0])));
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
