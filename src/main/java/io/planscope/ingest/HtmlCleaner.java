package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Removes what is never a plan's text: scripts, styles, navigation, headers, footers, asides, forms, frames,
 * comments, hidden elements and {@code javascript:} links ("打印本页", "关闭窗口"). An svg goes, but page text it
 * swallowed stays.
 */
final class HtmlCleaner {
  private static final String DROPPED_QUERY =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, frame, frameset, object,"
          + " embed, svg, canvas, button, select, input, textarea, link, meta";
  private static final String HIDDEN_QUERY =
      "[hidden], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden], [aria-hidden=true]";
  // Parsed once: parsing a selector costs more than running it on a page.
  private static final Evaluator DROPPED = QueryParser.parse(DROPPED_QUERY);
  private static final Evaluator HIDDEN = QueryParser.parse(HIDDEN_QUERY);
  private static final Evaluator LINKS = QueryParser.parse("a[href]");

  private HtmlCleaner() {}

  /**
   * One read-only walk finds what goes (dropped and hidden elements, with all inside them; {@code javascript:} links;
   * comments), then it is removed in the order the separate selections used to run: dropped and hidden elements
   * first, so a link's text is read without them, then the links, then comments.
   */
  static void clean(Document dom, List<RemovedLine> removed) {
    Predicate<Element> dropped = DROPPED.asPredicate(dom);
    Predicate<Element> hidden = HIDDEN.asPredicate(dom);
    Predicate<Element> link = LINKS.asPredicate(dom);
    List<Element> gone = new ArrayList<>();
    List<Element> scriptLinks = new ArrayList<>();
    List<Node> comments = new ArrayList<>();
    NodeTraversor.filter(
        (NodeFilter)
            (node, depth) -> {
              if (node instanceof Element e) {
                if (dropped.test(e) || hidden.test(e)) {
                  gone.add(e);
                  return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
                if (link.test(e) && isScriptLink(e)) scriptLinks.add(e);
              } else if (node instanceof Comment) {
                comments.add(node);
              }
              return NodeFilter.FilterResult.CONTINUE;
            },
        dom);
    gone.forEach(HtmlCleaner::drop);
    for (Element a : scriptLinks) {
      if (!a.text().isBlank()) removed.add(new RemovedLine(a.text().strip(), "javascript: link"));
      a.remove();
    }
    comments.forEach(Node::remove);
  }

  // SVG's own text: what it draws or names; any other text inside an svg is the page's
  private static final Set<String> SVG_TEXT = Set.of("text", "tspan", "textpath", "title", "desc", "style", "script");

  /**
   * Removes a dropped element. An svg keeps the page text it swallowed: one left open ("<svg><use href=…/>落实…") or
   * closed with an unquoted last attribute ("<svg height=16/>" is height="16/") holds the rest of its paragraph, which
   * jsoup, like a browser, parses into the svg; that text stays where the svg was.
   */
  private static void drop(Element e) {
    if (e.normalName().equals("svg")) {
      for (TextNode t : strayText(e)) e.before(new TextNode(t.getWholeText()));
    }
    e.remove();
  }

  /** Text in an svg outside SVG's text elements, in document order. */
  private static List<TextNode> strayText(Element svg) {
    List<TextNode> stray = new ArrayList<>();
    NodeTraversor.filter(
        (NodeFilter)
            (node, depth) -> {
              if (node instanceof Element el && SVG_TEXT.contains(el.normalName().toLowerCase(Locale.ROOT))) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
              }
              if (node instanceof TextNode t && !t.isBlank()) stray.add(t);
              return NodeFilter.FilterResult.CONTINUE;
            },
        svg);
    return stray;
  }

  private static boolean isScriptLink(Element a) {
    return a.attr("href").strip().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:");
  }

  /** The deepest element nesting, measured without recursion (a hostile page may nest thousands deep). */
  static int maxDepth(Document dom) {
    int[] max = {0};
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (depth > max[0]) max[0] = depth;
            },
        dom);
    return max[0];
  }
}
