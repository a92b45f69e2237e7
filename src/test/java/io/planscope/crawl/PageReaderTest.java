package io.planscope.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageReaderTest {
  private static final URI BASE = URI.create("http://jyj.example.cn/zwgk/index.html");

  private static PageReader.Page read(String resource) {
    return PageReader.read(FixtureSite.resource(resource).getBytes(StandardCharsets.UTF_8), null, BASE);
  }

  @Test
  void tellsPlanPagesFromListPages() {
    assertEquals(PageKind.LIST, read("zwgk/index.html").kind());
    assertEquals(PageKind.PLAN, read("zwgk/2024jhzy.html").kind());
    assertEquals(PageKind.PLAN, read("zwgk/2022jh.html").kind());
    assertEquals(PageKind.OTHER, read("zwgk/tongzhi-2025.html").kind());
  }

  @Test
  void numberedLinkListIsNotAnOutline() {
    StringBuilder html = new StringBuilder("<html><body><ul>");
    for (int i = 1; i <= 12; i++) {
      html.append("<li>").append(i).append("、<a href=\"/a").append(i).append(".html\">某某学校2024年工作计划（")
          .append(i).append("）</a></li>");
    }
    PageReader.Page p = PageReader.read(html.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8),
        "utf-8", BASE);
    assertEquals(PageKind.LIST, p.kind());
    assertEquals(12, p.links().size());
  }

  @Test
  void picksPlanLinksPaginationAndAttachmentsButNotNavigation() {
    List<Link> links = read("zwgk/index.html").links();
    List<String> paths = links.stream().map(l -> l.url().getPath()).toList();
    assertTrue(paths.contains("/zwgk/2024jhzy.html"));
    assertTrue(paths.contains("/download.jsp"), "anchor text 2018年工作计划（扫描件）");
    assertTrue(!paths.contains("/contact.html") && !paths.contains("/news/sports-day.html"), paths.toString());
    Link next = links.stream().filter(l -> l.kind() == Link.Kind.PAGINATION).findFirst().orElseThrow();
    assertEquals("/zwgk/index_2.html", next.url().getPath());
    assertEquals("下一页", next.text());
  }

  @Test
  void attachmentLinksWithChinesePathsAreEncoded() {
    List<Link> links = read("zwgk/tongzhi-2025.html").links();
    Link docx = links.stream().filter(l -> l.kind() == Link.Kind.ATTACHMENT).findFirst().orElseThrow();
    assertEquals(FixtureSite.DOCX_PATH, docx.url().getPath());
    assertTrue(docx.url().getRawPath().startsWith("/files/%E6%B8%85"), docx.url().getRawPath());
  }

  @Test
  void decodesGbkFromTheHttpCharsetAndDetectsItWithout() {
    byte[] gbk = FixtureSite.resource("zwgk/ldjy-fangan.gbk.html").getBytes(Charset.forName("GBK"));
    PageReader.Page withHeader = PageReader.read(gbk, "GBK", BASE);
    assertEquals("清溪县中小学劳动教育实施工作方案", withHeader.title());
    assertEquals(PageKind.PLAN, withHeader.kind());
    assertEquals("清溪县中小学劳动教育实施工作方案", PageReader.read(gbk, null, BASE).title(), "detected");
  }

  @Test
  void urlKeywordsMatchWhenPercentEncoded() {
    assertTrue(PageReader.mentionsPlan("下载", URI.create("http://a.cn/%E5%B7%A5%E4%BD%9C%E8%A6%81%E7%82%B9.pdf")));
    assertTrue(!PageReader.mentionsPlan("首页", URI.create("http://a.cn/index.html")));
  }
}
