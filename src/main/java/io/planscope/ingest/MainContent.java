package io.planscope.ingest;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Picks the element holding the page's main text by text density and link density, not by site selectors.
 *
 * <p>Every run of text scores its nearest container (div, td, article, ...): one point, plus one per Chinese or
 * ASCII comma/full stop, plus up to three for length; the container's parent gets half. A container's total is
 * then scaled by {@code 1 - linkDensity} (menus and "相关文章" lists are mostly link text) and by 1.5 when its class
 * or id names a CMS content block common on government sites ({@code TRS_Editor}, {@code article-content},
 * {@code #zoom}, ...). Those names are hints only: a page without them is scored the same way. Content split over
 * sibling blocks is kept together ({@link #widen}).
 */
final class MainContent {
  private static final Set<String> CONTAINERS =
      Set.of("div", "article", "section", "main", "td", "body", "blockquote", "dd", "li", "center");
  private static final Pattern CMS_HINT =
      Pattern.compile(
          "(?i)trs_editor|trs_ueditor|article[-_]?(content|body|text)|content[-_]?(text|body|detail)|^zoom$"
              + "|^content$|^article$|detail|main[-_]?text|pages[-_]content|^con$|^text$|arti[-_]?con|news[-_]?con"
              + "|wz[-_]?con|^xxgk|view[-_]?txt");
  private static final int MIN_TEXT = 8;

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private final Map<Element, int[]> lengths = new IdentityHashMap<>();

  private MainContent() {}

  static Element choose(Document dom) {
    return new MainContent().pick(dom.body());
  }

  private Element pick(Element body) {
    // Text and link-text lengths add up bottom-up, one frame per open element: {text, link text}.
    ArrayDeque<int[]> open = new ArrayDeque<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element) open.push(new int[2]);
            else if (node instanceof TextNode t && !open.isEmpty()) visit(t, open.peek());
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) close(e, open);
          }
        },
        body);
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey())) * hint(e.getKey());
      if (s > bestScore) {
        bestScore = s;
        best = e.getKey();
      }
    }
    return widen(best, bestScore);
  }

  /** Counts the text into its parent's frame and scores the text's containers. */
  private void visit(TextNode t, int[] parent) {
    String text = t.text();
    int length = text.strip().length();
    if (length == 0) return;
    parent[0] += length;
    if (length >= MIN_TEXT) score(text, length, t);
  }

  /**
   * Closes an element's frame: all text below a link is link text; the element's lengths are kept when it has text,
   * and added to its parent's.
   */
  private void close(Element e, ArrayDeque<int[]> open) {
    int[] l = open.pop();
    if (e.normalName().equals("a")) l[1] = l[0];
    if (l[0] > 0) lengths.put(e, l);
    int[] parent = open.peek();
    if (parent != null) {
      parent[0] += l[0];
      parent[1] += l[1];
    }
  }

  private void score(String text, int length, TextNode t) {
    double points = 1 + punctuation(text) + Math.min(length / 100.0, 3);
    Element container = container(t.parent());
    if (container == null) return;
    scores.merge(container, points, Double::sum);
    Element parent = container(container.parent());
    if (parent != null) scores.merge(parent, points / 2, Double::sum);
  }

  private static int punctuation(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '、' || c == '：' || c == ':') n++;
    }
    return n;
  }

  /**
   * Content split over sibling blocks (two divs of one article, a plan continued in a second table cell) would
   * otherwise lose all but the best part: while the parent container holds other text-rich, link-poor blocks worth
   * at least half the best one, the parent is taken instead.
   */
  private Element widen(Element best, double bestScore) {
    Element current = best;
    for (int step = 0; step < 3; step++) {
      Element parent = container(current.parent());
      if (parent == null) return current;
      double others = 0;
      for (Map.Entry<Element, Double> e : scores.entrySet()) {
        Element el = e.getKey();
        if (el == parent || el == current || !isInside(el, parent) || isInside(el, current)) continue;
        if (linkDensity(el) < 0.3) others += e.getValue();
      }
      if (others < bestScore / 2) return current;
      current = parent;
    }
    return current;
  }

  private static boolean isInside(Element el, Element ancestor) {
    for (Element p = el.parent(); p != null; p = p.parent()) {
      if (p == ancestor) return true;
    }
    return false;
  }

  private static Element container(Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      if (n instanceof Element e && CONTAINERS.contains(e.normalName())) return e;
    }
    return null;
  }

  /** The share of an element's text that sits in links. */
  private double linkDensity(Element e) {
    int[] l = lengths.get(e);
    if (l == null || l[0] == 0) return 1;
    return Math.min(1.0, (double) l[1] / l[0]);
  }

  private static double hint(Element e) {
    String names = e.id() + " " + e.className();
    int start = 0;
    // each name between runs of the whitespace that \s matches in a regex (space, tab, \n, \x0B, \f, \r)
    for (int i = 0; i <= names.length(); i++) {
      if (i < names.length() && !isSpace(names.charAt(i))) continue;
      if (i > start && CMS_HINT.matcher(names.substring(start, i)).find()) return 1.5;
      start = i + 1;
    }
    return 1.0;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
