package io.planscope.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
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
 * {@code #zoom}, ...). Those names are hints only: a page without them is scored the same way.
 */
final class MainContent {
  private static final String CONTAINERS = "div,article,section,main,td,body,blockquote,dd,li,center";
  private static final Pattern CMS_HINT =
      Pattern.compile(
          "(?i)trs_editor|trs_ueditor|article[-_]?(content|body|text)|content[-_]?(text|body|detail)|^zoom$"
              + "|^content$|^article$|detail|main[-_]?text|pages[-_]content|^con$|^text$|arti[-_]?con|news[-_]?con"
              + "|wz[-_]?con|^xxgk|view[-_]?txt");
  private static final Pattern PUNCT = Pattern.compile("[，,。；;、：:]");
  private static final int MIN_TEXT = 8;

  private MainContent() {}

  static Element choose(Document dom) {
    Element body = dom.body();
    Map<Element, Double> scores = new IdentityHashMap<>();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof TextNode t) score(t, scores);
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
    return widen(best, scores, bestScore);
  }

  /**
   * Content split over sibling blocks (two divs of one article, a plan continued in a second table cell) would
   * otherwise lose all but the best part: while the parent container holds other text-rich, link-poor blocks worth
   * at least half the best one, the parent is taken instead.
   */
  private static Element widen(Element best, Map<Element, Double> scores, double bestScore) {
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

  private static void score(TextNode t, Map<Element, Double> scores) {
    String text = t.text().strip();
    if (text.length() < MIN_TEXT) return;
    double points = 1 + PUNCT.matcher(text).results().count() + Math.min(text.length() / 100.0, 3);
    Element container = container(t.parent());
    if (container == null) return;
    scores.merge(container, points, Double::sum);
    Element parent = container(container.parent());
    if (parent != null) scores.merge(parent, points / 2, Double::sum);
  }

  private static Element container(Node node) {
    Node n = node;
    while (n != null) {
      if (n instanceof Element e && e.is(CONTAINERS)) return e;
      n = n.parent();
    }
    return null;
  }

  /** The share of an element's text that sits in links. */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) return 1;
    int links = 0;
    for (Element a : e.select("a")) links += a.text().length();
    return Math.min(1.0, (double) links / total);
  }

  private static double hint(Element e) {
    String names = e.id() + " " + e.className();
    for (String name : names.split("\\s+")) {
      if (!name.isEmpty() && CMS_HINT.matcher(name).find()) return 1.5;
    }
    return 1.0;
  }
}
