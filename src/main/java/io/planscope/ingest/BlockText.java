package io.planscope.ingest;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An element's text as lines: block elements (p, div, li, headings, table cells, br) end a line, inline ones
 * (span, font, strong, a) do not, so "<p>一、<b>指导思想</b></p>" stays one line. Runs of spaces and newlines inside a
 * block collapse to one space as a browser would; {@code <pre>} keeps its own line breaks.
 */
final class BlockText {
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
          "table", "tbody", "thead", "section", "article", "main", "blockquote", "pre", "hr", "center", "address",
          "figure", "figcaption", "caption", "body");

  private BlockText() {}

  static List<Line> lines(Element root) {
    return linesAround(root, root).content();
  }

  /** The lines of a part of the page, of the whole page, and of the page around the part; each normalized once. */
  record Lines(List<Line> content, List<Line> all, List<Line> outside) {}

  /** Lines of the root, and which of them are the content element's (a contiguous run of them). */
  static Lines linesAround(Element root, Element content) {
    StringBuilder out = new StringBuilder();
    int[] span = {0, -1};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node == content) {
              out.append('\n');
              span[0] = out.length();
            }
            if (node instanceof TextNode t) append(out, t);
            else if (isBlock(node)) out.append('\n');
          }

          @Override
          public void tail(Node node, int depth) {
            if (isBlock(node)) out.append('\n');
            if (node == content) {
              out.append('\n');
              span[1] = out.length();
            }
          }
        },
        root);
    if (span[1] < 0) span[1] = out.length();
    List<Line> before = Page.linesOf(out.substring(0, span[0]));
    List<Line> inside = Page.linesOf(out.substring(span[0], span[1]));
    List<Line> after = Page.linesOf(out.substring(span[1]));
    List<Line> all = new java.util.ArrayList<>(before.size() + inside.size() + after.size());
    all.addAll(before);
    all.addAll(inside);
    all.addAll(after);
    List<Line> outside = new java.util.ArrayList<>(before.size() + after.size());
    outside.addAll(before);
    outside.addAll(after);
    return new Lines(inside, all, outside);
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element e && BLOCKS.contains(e.normalName());
  }

  private static void append(StringBuilder out, TextNode t) {
    if (inPre(t)) {
      out.append(t.getWholeText());
      return;
    }
    String text = t.getWholeText();
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ws = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
      if (ws && !space) out.append(' ');
      else if (!ws) out.append(c);
      space = ws;
    }
  }

  private static boolean inPre(TextNode t) {
    for (Node p = t.parent(); p != null; p = p.parent()) {
      if (p instanceof Element e && e.normalName().equals("pre")) return true;
    }
    return false;
  }
}
