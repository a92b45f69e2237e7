package io.planscope.crawl;

import com.ibm.icu.text.CharsetDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a fetched HTML page: decodes it (the HTTP charset first, then the page's own meta, then detection), tells a
 * plan page from a list page, and picks the links worth following.
 */
public final class PageReader {
  /** Words in anchor text or URLs that point at plans. The longer ones are there for readers; 计划 and 要点 cover them. */
  static final List<String> PLAN_WORDS = List.of("工作计划", "工作要点", "工作方案", "计划", "要点");

  private static final Pattern NEXT_PAGE = Pattern.compile("^(下一?页|下一頁|后一?页|next|>|>>|›|»)$",
      Pattern.CASE_INSENSITIVE);
  // "一、总体要求" "（一）加强组织领导" "第二部分" "3．完善…" — the outline markers of a plan's body.
  private static final Pattern OUTLINE = Pattern.compile(
      "^\\s*(第[一二三四五六七八九十百]+[章部分节]|[一二三四五六七八九十]+、|[（(〔][一二三四五六七八九十]+[）)〕]|\\d{1,2}[.、．])");

  /** Thresholds, in characters of body text outside links and lines with outline markers. */
  static final int PLAN_MIN_TEXT = 300;
  static final int PLAN_MIN_OUTLINE = 3;
  static final int LIST_MIN_LINKS = 3;

  private PageReader() {}

  /** What the reader found on one page. */
  public record Page(PageKind kind, String title, List<Link> links, int textChars, int outlineLines, int anchors) {
    public Page {
      links = List.copyOf(links);
    }
  }

  /** Reads a page; {@code httpCharset} is the Content-Type charset, or null. */
  public static Page read(byte[] body, String httpCharset, URI url) {
    Document doc = parse(body, httpCharset, url);
    doc.select("script, style, noscript, template").remove();
    String title = doc.title().strip();
    Element root = doc.body();
    int anchors = root.select("a[href]").size();
    List<Link> links = links(root, url);
    // Text outside links only: a list of "1、xxx" links is not an outline, and a long menu is not a body.
    Element prose = root.clone();
    prose.select("a").remove();
    List<String> lines = lines(prose);
    int textChars = lines.stream().mapToInt(String::length).sum();
    int outline = (int) lines.stream().filter(l -> OUTLINE.matcher(l).find()).count();
    return new Page(kind(textChars, outline, links), title, links, textChars, outline, anchors);
  }

  private static PageKind kind(int textChars, int outline, List<Link> links) {
    if (textChars >= PLAN_MIN_TEXT && outline >= PLAN_MIN_OUTLINE) return PageKind.PLAN;
    long planLinks = links.stream().filter(l -> l.kind() != Link.Kind.PAGINATION).count();
    if (planLinks >= LIST_MIN_LINKS) return PageKind.LIST;
    return PageKind.OTHER;
  }

  /** Decodes with the HTTP charset when it names a known one; else lets jsoup read the meta tag; else detects. */
  static Document parse(byte[] body, String httpCharset, URI url) {
    String base = url.toString();
    try {
      if (httpCharset != null && Charset.isSupported(httpCharset)) {
        return Jsoup.parse(new String(body, Charset.forName(httpCharset)), base);
      }
      Document doc = Jsoup.parse(new ByteArrayInputStream(body), null, base);
      if (!garbled(doc.text())) return doc;
      CharsetDetector detector = new CharsetDetector();
      detector.setText(body);
      return Jsoup.parse(new ByteArrayInputStream(body), detector.detect().getName(), base);
    } catch (IOException | IllegalArgumentException e) {
      return Jsoup.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8), base);
    }
  }

  // UTF-8 decoding of GBK bytes leaves U+FFFD everywhere.
  private static boolean garbled(String text) {
    long bad = text.chars().filter(c -> c == '\uFFFD').count();
    return bad > 3 && bad * 50 > text.length();
  }

  /** The text of each block element, one line each ("一、总体要求" stays one line even without newlines in the HTML). */
  static List<String> lines(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) line.append(t.text());
        else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) flush(line, lines);
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) flush(line, lines);
      }
    }, root);
    flush(line, lines);
    return lines;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String s = line.toString().strip().replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    if (!s.isEmpty()) lines.add(s);
    line.setLength(0);
  }

  /** The plan-like, pagination and attachment links, once each, in page order. */
  static List<Link> links(Element root, URI base) {
    Map<URI, Link> found = new LinkedHashMap<>();
    for (Element a : root.select("a[href]")) {
      var url = CrawlUrl.resolve(base, a.attr("href"));
      if (url.isEmpty() || url.get().equals(base)) continue;
      String text = a.text().strip();
      Link.Kind kind = kindOf(url.get(), text, a.attr("rel"));
      if (kind != null) found.putIfAbsent(url.get(), new Link(url.get(), text, kind));
    }
    return List.copyOf(found.values());
  }

  private static Link.Kind kindOf(URI url, String text, String rel) {
    String path = CrawlUrl.decoded(url);
    int q = path.indexOf('?');
    String bare = q < 0 ? path : path.substring(0, q);
    if (DocumentType.namesAttachment(bare) || DocumentType.namesAttachment(text)) return Link.Kind.ATTACHMENT;
    if (NEXT_PAGE.matcher(text).matches() || rel.toLowerCase(Locale.ROOT).contains("next")) {
      return Link.Kind.PAGINATION;
    }
    return mentionsPlan(text, url) ? Link.Kind.PLAN_LIKE : null;
  }

  /** Whether anchor text or the (decoded) URL carries one of {@link #PLAN_WORDS}. */
  static boolean mentionsPlan(String text, URI url) {
    String decoded = CrawlUrl.decoded(url);
    return PLAN_WORDS.stream().anyMatch(w -> text.contains(w) || decoded.contains(w));
  }
}
