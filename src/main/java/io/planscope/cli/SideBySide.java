package io.planscope.cli;

import io.planscope.compare.Op;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a diff as two columns, A on the left and B on the right, wrapped by display width (a Han character takes
 * two columns). Deletions are red on the left and insertions green on the right; without colour they are marked
 * [-like this-] and {+like this+}. A line never breaks inside a token: a deleted or inserted run with its markers
 * ("[-1800个-]"), a number ("2400", "95%") or Latin word of unchanged text, a surrogate pair. Only a token wider
 * than a column is cut.
 */
final class SideBySide {
  private static final String GUTTER = " │ ";

  private enum Style { PLAIN, DELETED, INSERTED }

  /** One char; glued: no line break may come right before it. */
  private record Cell(char c, Style style, boolean glued) {}

  private final int columnWidth;
  private final boolean colour;

  SideBySide(int totalWidth, boolean colour) {
    this.columnWidth = Math.max(10, (totalWidth - GUTTER.length()) / 2);
    this.colour = colour;
  }

  /** Prints both sides of the ops; a side that is null (added/removed rows) stays empty. */
  void print(List<Op> ops, boolean showA, boolean showB, PrintStream out) {
    List<List<Cell>> left = showA ? wrap(cells(ops, true)) : List.of();
    List<List<Cell>> right = showB ? wrap(cells(ops, false)) : List.of();
    for (int row = 0; row < Math.max(left.size(), right.size()); row++) {
      List<Cell> l = row < left.size() ? left.get(row) : List.of();
      List<Cell> r = row < right.size() ? right.get(row) : List.of();
      String rendered = render(l);
      out.println(rendered + " ".repeat(Math.max(0, columnWidth - width(l))) + GUTTER + render(r));
    }
  }

  /** The ops inline on one line per paragraph, deletions and insertions marked: for narrow terminals and logs. */
  String inline(List<Op> ops) {
    StringBuilder sb = new StringBuilder();
    for (Op op : ops) {
      switch (op.op()) {
        case EQUAL -> sb.append(op.text());
        case DELETE -> sb.append(colour ? Terminal.RED + op.text() + Terminal.RESET : "[-" + op.text() + "-]");
        case INSERT -> sb.append(colour ? Terminal.GREEN + op.text() + Terminal.RESET : "{+" + op.text() + "+}");
      }
    }
    return sb.toString();
  }

  private List<Cell> cells(List<Op> ops, boolean aSide) {
    List<Cell> cells = new ArrayList<>();
    for (Op op : ops) {
      String text = aSide ? op.aText() : op.bText();
      if (text.isEmpty()) continue;
      Style style = op.op() == Op.Type.EQUAL ? Style.PLAIN : aSide ? Style.DELETED : Style.INSERTED;
      boolean marked = style != Style.PLAIN && !colour;
      if (marked) addMarker(cells, aSide ? "[-" : "{+", false);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean glued = (style != Style.PLAIN && (i > 0 || marked)) || Character.isLowSurrogate(c)
            || (!cells.isEmpty() && inToken(cells.get(cells.size() - 1).c()) && inToken(c));
        cells.add(new Cell(c, style, glued));
      }
      if (marked) addMarker(cells, aSide ? "-]" : "+}", true);
    }
    return cells;
  }

  /** A marker's chars stay together; an opening marker may start a line, a closing one may not. */
  private static void addMarker(List<Cell> cells, String marker, boolean closing) {
    for (int i = 0; i < marker.length(); i++) cells.add(new Cell(marker.charAt(i), Style.PLAIN, closing || i > 0));
  }

  /** Chars that make up one token with their neighbours: digits (also full-width), Latin letters, % . , in numbers. */
  private static boolean inToken(char c) {
    return Character.isDigit(c) || (c < 128 && (Character.isLetter(c) || c == '%' || c == '.' || c == ','))
        || c == '％' || c == '．';
  }

  private List<List<Cell>> wrap(List<Cell> cells) {
    List<List<Cell>> lines = new ArrayList<>();
    List<Cell> line = new ArrayList<>();
    int w = 0;
    for (Cell cell : cells) {
      if (cell.c() == '\n' || cell.c() == '\r') {
        if (cell.c() == '\n') {
          lines.add(line);
          line = new ArrayList<>();
          w = 0;
        }
        continue;
      }
      int cw = Terminal.columns(cell.c());
      if (w + cw > columnWidth) {
        int start = tokenStart(line, cell);
        lines.add(new ArrayList<>(line.subList(0, start)));
        line = new ArrayList<>(line.subList(start, line.size()));
        w = width(line);
      }
      line.add(cell);
      w += cw;
    }
    if (!line.isEmpty() || lines.isEmpty()) lines.add(line);
    return lines;
  }

  /**
   * Where the next line starts when next does not fit: at the start of the token next continues, unless that token
   * fills the whole line (then it is cut here).
   */
  private static int tokenStart(List<Cell> line, Cell next) {
    if (!next.glued()) return line.size();
    int start = line.size();
    while (start > 0 && line.get(start - 1).glued()) start--;
    start = Math.max(0, start - 1); // the token's first cell, which is not glued
    return start == 0 ? line.size() : start;
  }

  private static int width(List<Cell> line) {
    int w = 0;
    for (Cell c : line) w += Terminal.columns(c.c());
    return w;
  }

  private String render(List<Cell> line) {
    StringBuilder sb = new StringBuilder();
    Style current = Style.PLAIN;
    for (Cell cell : line) {
      if (colour && cell.style() != current) {
        sb.append(cell.style() == Style.PLAIN ? Terminal.RESET
            : cell.style() == Style.DELETED ? Terminal.RED : Terminal.GREEN);
        current = cell.style();
      }
      sb.append(cell.c());
    }
    if (colour && current != Style.PLAIN) sb.append(Terminal.RESET);
    return sb.toString();
  }
}
