package io.planscope.ingest;

import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table's text as lines, the same for every reader: the reader lays the table out as a grid ({@link Cell}s with
 * merged cells spread over the positions they cover) and this turns it into lines.
 *
 * <p>A task table ({@link TaskTable}) gives one numbered line per task. In any other table a row of two or more
 * one-line cells becomes one line with its cells joined by {@value #CELL_SEPARATOR} ("学段 | 学校数 | 在校生"), so
 * a row of short cells reads as a row and is never taken for a run of keyword tags ({@link Boilerplate} skips
 * such lines); a row with a multi-line cell (a layout table holding the article) keeps one line per cell line.
 */
final class TableText {
  /** Between the cells of a row that became one line. */
  static final String CELL_SEPARATOR = " | ";
  /** Grid positions a row may reach by spans: wider is markup gone wrong, and must not make the grid huge. */
  private static final int MAX_WIDTH = 100;

  /**
   * One position of the grid.
   *
   * @param lines the cell's text lines, stripped and non-blank (a cell with several paragraphs has several)
   * @param copy whether the position is covered by a cell merged from the left or from above: the left merge's
   *     positions are empty, the one from above repeats its lines (a 牵头单位 shared by three tasks)
   */
  record Cell(List<String> lines, boolean copy) {
    static final Cell SPANNED = new Cell(List.of(), true);

    Cell {
      lines = List.copyOf(lines);
    }

    boolean isEmpty() {
      return lines.isEmpty();
    }
  }

  private TableText() {}

  /** How many positions a cell spanning {@code requested} columns takes in a row already this wide: at least 1. */
  static int colspan(int requested, int rowWidth) {
    return Math.max(1, Math.min(requested, MAX_WIDTH - rowWidth));
  }

  /** The lines of a table given as rows of grid cells. */
  static List<String> lines(List<List<Cell>> rows) {
    Optional<List<String>> tasks = TaskTable.lines(rows);
    if (tasks.isPresent()) return tasks.get();
    List<String> out = new ArrayList<>();
    for (List<Cell> row : rows) row(row, out);
    return out;
  }

  private static boolean isDatum(Cell c) {
    return c.lines().size() == 1 && Marker.parse(Fold.normalize(c.lines().get(0))) == null;
  }

  /** Whether the line is a table row joined by {@link #lines}. */
  static boolean isRow(Line line) {
    return line.text().contains(CELL_SEPARATOR);
  }

  /**
   * A plain row: one line when its own cells are all one unnumbered line each, else each cell's lines as before
   * (cells numbered "（三）…" are items of the plan laid out side by side, not a row of data).
   */
  static void row(List<Cell> row, List<String> out) {
    List<Cell> own = row.stream().filter(c -> !c.copy() && !c.isEmpty()).toList();
    if (own.size() >= 2 && own.stream().allMatch(TableText::isDatum)) {
      out.add(String.join(CELL_SEPARATOR, own.stream().map(c -> c.lines().get(0)).toList()));
    } else {
      for (Cell c : own) out.addAll(c.lines());
    }
  }
}
