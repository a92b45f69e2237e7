package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds a plan's outline tree from its lines (measure rules 1–5 and 8 of the brief).
 *
 * <p>Levels come from the order marker styles appear in, not from a fixed table: a style seen for the first time
 * below the current heading opens a level under it; a style already open closes everything below it and continues
 * its level. So "第一部分 … (一) …" and "一、… （一）… 1. …" and a plan starting at "（一）" all nest right, and
 * numbers may skip or restart. A style that first appears with a high number ("7.") is not a new level but text
 * that happens to start with a number.
 *
 * <p>Unnumbered lines attach to the last numbered line: as its continuation when that line has body text, as a
 * paragraph of a heading-only line ("一、指导思想") otherwise. Lines before the first heading are the preamble. An
 * unnumbered keyword heading ("引言：…", "前言", "结语") opens a top-level section of its own.
 */
final class OutlineParser {
  private static final int MAX_FIRST_NUMBER = 3;
  private static final Pattern KEYWORD_HEADING =
      Pattern.compile("^(引言|前言|序言|导言|结语|结束语)(\\s*[:：].{0,30}|\\s*)$");

  private OutlineParser() {}

  /** One numbered line (or the root) with what stands under it. */
  static final class Node {
    final Line line;
    final Marker marker;
    /** An unnumbered line heading numbered items ("工作措施" above "1.成立…"), not a keyword heading ("引言"). */
    final boolean heading;
    final List<Line> paragraphs = new ArrayList<>();
    final List<Node> children = new ArrayList<>();

    Node(Line line, Marker marker) {
      this(line, marker, false);
    }

    Node(Line line, Marker marker, boolean heading) {
      this.line = line;
      this.marker = marker;
      this.heading = heading;
    }

    boolean isRoot() {
      return line == null;
    }

    /** The text after the marker. */
    Line rest() {
      return marker == null ? line : line.from(marker.length());
    }

    boolean headingOnly() {
      return Headings.isHeadingOnly(rest().norm());
    }

    boolean isSection() {
      return !children.isEmpty() || (headingOnly() && !paragraphs.isEmpty());
    }
  }

  /** The root holds the preamble paragraphs and the top-level headings. */
  static Node parse(List<Line> lines, Deadline deadline) {
    Node root = new Node(null, null);
    List<Node> stack = new ArrayList<>();
    java.util.EnumSet<Marker.Style> seen = java.util.EnumSet.noneOf(Marker.Style.class);
    boolean afterHeading = false;
    java.util.Set<Integer> bare = BareHeadings.find(lines);
    for (int i = 0; i < lines.size(); i++) {
      deadline.check();
      Line line = lines.get(i);
      Marker.Style restarts = afterHeading || !stack.isEmpty() && endsSentence(lines.get(i - 1)) ? restarts(lines, i, seen) : null;
      if (restarts != null) {
        placeHeading(root, stack, new Node(line, null, true), restarts, afterHeading);
        afterHeading = true;
        continue;
      }
      afterHeading = false;
      if (bare.contains(i) && placeBare(root, stack, new Node(line, null, true), seen.isEmpty())) {
        afterHeading = true;
        continue;
      }
      if (KEYWORD_HEADING.matcher(line.norm()).matches()) {
        stack.clear();
        Node node = new Node(line, null);
        root.children.add(node);
        stack.add(node);
        continue;
      }
      Marker marker = Marker.parse(line.norm());
      if (marker != null && (seen.contains(marker.style()) || marker.number() <= MAX_FIRST_NUMBER)) {
        seen.add(marker.style());
        place(root, stack, new Node(line, marker));
        continue;
      }
      if (marker != null && continues(lines, i, marker)) { // page 2 of a plan: "14." "15." "五、" "16."…
        seen.add(marker.style());
        placeContinued(root, stack, new Node(line, marker));
        continue;
      }
      Node current = stack.isEmpty() ? root : stack.get(stack.size() - 1);
      current.paragraphs.add(line);
    }
    return root;
  }

  // how far below a run of unnumbered headings the items they head start
  private static final int HEADING_RUN = 2;
  private static final int MAX_UNNUMBERED_HEADING = 25;
  private static final String STOPS = "。；;！!？?";

  /**
   * The style of the numbered items that an unnumbered heading at i opens, or null when the line is no such heading.
   * The heading must be short and without a sentence, with a numbering already seen starting again at 1 right below
   * it ("…4.加强师生安全教育…。" / "工作措施" / "加强组织领导,落实安全责任" / "1.成立…"): else it would run on as the
   * text of the item above it.
   */
  private static Marker.Style restarts(List<Line> lines, int i, java.util.Set<Marker.Style> seen) {
    int j = i;
    while (j < lines.size() && j - i < HEADING_RUN && isUnnumberedHeading(lines.get(j))) j++;
    if (j == i || j >= lines.size()) return null;
    Marker next = Marker.parse(lines.get(j).norm());
    return next != null && next.number() == 1 && seen.contains(next.style()) ? next.style() : null;
  }

  private static boolean isUnnumberedHeading(Line line) {
    String n = line.norm().strip();
    return n.length() >= 2 && n.length() <= MAX_UNNUMBERED_HEADING && Marker.parse(n) == null
        && Headings.isHeadingOnly(n) && STOPS.indexOf(n.charAt(n.length() - 1)) < 0;
  }

  private static boolean endsSentence(Line line) {
    String n = line.norm().strip();
    return !n.isEmpty() && STOPS.indexOf(n.charAt(n.length() - 1)) >= 0;
  }

  /**
   * Puts an unnumbered heading into the tree: under the heading right above it, else beside the items of the style it
   * heads (their numbering starts again under it), and beside the other headings of its level.
   */
  private static void placeHeading(Node root, List<Node> stack, Node node, Marker.Style heads, boolean underHeading) {
    if (!underHeading) {
      int open = levelOf(stack, heads);
      if (open >= 0) while (stack.size() > open) stack.remove(stack.size() - 1);
      while (!stack.isEmpty() && stack.get(stack.size() - 1).heading && !headsHeadings(stack.get(stack.size() - 1))) {
        stack.remove(stack.size() - 1);
      }
    }
    Node parent = stack.isEmpty() ? root : stack.get(stack.size() - 1);
    parent.children.add(node);
    stack.add(node);
  }

  /**
   * Puts a heading that lost its number ({@link BareHeadings}) into the tree, or says it cannot: under a numbered
   * heading right above it with nothing under it yet ("一、总体要求" / "指导思想"), beside the bare heading before it, or
   * at the top while nothing numbered came before. Elsewhere (after an item with text) its level is unknown and it
   * stays a paragraph.
   */
  private static boolean placeBare(Node root, List<Node> stack, Node node, boolean nothingNumbered) {
    Node top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    boolean under = top != null && top.marker != null && top.headingOnly() && top.children.isEmpty() && top.paragraphs.isEmpty();
    if (!under) {
      int last = lastBare(stack);
      if (last < 0 && !nothingNumbered) return false;
      while (stack.size() > Math.max(last, 0)) stack.remove(stack.size() - 1);
    }
    Node parent = stack.isEmpty() ? root : stack.get(stack.size() - 1);
    parent.children.add(node);
    stack.add(node);
    return true;
  }

  // a bare heading right above "一、" heads it ("主要任务" / "一、…" / "二、…"); one over its own text does not
  private static boolean hasText(Node node) {
    return !node.paragraphs.isEmpty() || !node.children.isEmpty();
  }

  private static int lastBare(List<Node> stack) {
    for (int i = stack.size() - 1; i >= 0; i--) if (stack.get(i).heading && stack.get(i).marker == null) return i;
    return -1;
  }

  private static boolean headsHeadings(Node node) {
    for (Node child : node.children) if (child.heading) return true;
    return false;
  }

  /**
   * Puts a numbered node into the tree under the right parent. A chapter or "一、" after a bare heading at the top
   * that has its own text ("总体思路" over its text, then "一、…") is a top-level part beside it, not its item.
   */
  private static void place(Node root, List<Node> stack, Node node) {
    int open = levelOf(stack, node.marker.style());
    if (open < 0 && lastBare(stack) == 0 && hasText(stack.get(0)) && node.marker.style().ordinal() <= Marker.Style.CN.ordinal()) {
      stack.clear();
    } else if (open >= 0) {
      while (stack.size() > open) stack.remove(stack.size() - 1);
    } else if (!stack.isEmpty() && stack.get(stack.size() - 1).marker == null && !stack.get(stack.size() - 1).heading) {
      stack.remove(stack.size() - 1); // a keyword heading ("引言") never has numbered children
    }
    Node parent = stack.isEmpty() ? root : stack.get(stack.size() - 1);
    parent.children.add(node);
    stack.add(node);
  }

  // how far below a high first number the next number of its style must stand for a list that runs on
  private static final int CONTINUE_WINDOW = 40;

  /**
   * Whether a marker with a high first number ("14.") begins a list that runs on: the next marker of its style, within
   * a few dozen lines, is the next number ("15."). The text of a page that starts in the middle of a plan (its second
   * page) is such a list; "7.5万平方米" or a lone "12、" in a sentence is not.
   */
  private static boolean continues(List<Line> lines, int i, Marker marker) {
    for (int j = i + 1; j < lines.size() && j - i <= CONTINUE_WINDOW; j++) {
      Marker next = Marker.parse(lines.get(j).norm());
      if (next != null && next.style() == marker.style()) return next.number() == marker.number() + 1;
    }
    return false;
  }

  /**
   * Puts a list that runs on from an earlier page into the tree: a style that ranks above the open levels' ("五、"
   * after "14.") is a top level again, as it would have been on the first page; any other goes as {@link #place}.
   */
  private static void placeContinued(Node root, List<Node> stack, Node node) {
    Marker top = stack.isEmpty() ? null : stack.get(0).marker;
    if (top != null && node.marker.style().ordinal() < top.style().ordinal()) stack.clear();
    place(root, stack, node);
  }

  private static int levelOf(List<Node> stack, Marker.Style style) {
    for (int i = 0; i < stack.size(); i++) {
      Marker m = stack.get(i).marker;
      if (m != null && m.style() == style) return i;
    }
    return -1;
  }
}
