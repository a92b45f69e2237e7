package io.planscope.ingest;

import io.planscope.ingest.TableText.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * Rewrites the tables inside a page's main content as the lines {@link TableText} makes of them, one {@code <p>}
 * each, before {@link BlockText} reads the page. Only innermost tables are rewritten: a table holding another is
 * page layout, and its cells stay blocks as before. Spans are spread over the grid: a {@code rowspan} repeats the
 * cell's lines below it (one 牵头单位 for three tasks), a {@code colspan} leaves the positions to its right empty.
 */
final class HtmlTables {
  /** Beyond this a rowspan is markup gone wrong: clamped, as colspans are ({@link TableText#colspan}). */
  private static final int MAX_ROWSPAN = 1000;

  private HtmlTables() {}

  /**
   * The main content, or the task table around it: a long task cell can outscore the rest of the page
   * ({@link MainContent} scores cells as containers), and one cell alone would lose the table's other rows.
   */
  static Element around(Element content) {
    Element table = content.closest("table");
    if (table == null || table == content || table.getElementsByTag("table").size() > 1) return content;
    return TaskTable.lines(grid(table)).isPresent() ? table : content;
  }

  /** Rewrites every innermost table at or under {@code content} in place. */
  static void rewrite(Element content) {
    for (Element table : content.getElementsByTag("table")) {
      if (table.getElementsByTag("table").size() > 1) continue; // holds a table: layout
      List<String> lines = new ArrayList<>();
      Element caption = table.selectFirst("> caption");
      if (caption != null && !caption.text().isBlank()) lines.add(caption.text().strip());
      lines.addAll(TableText.lines(grid(table)));
      table.empty();
      for (String line : lines) table.appendElement("p").text(line);
    }
  }

  /** A merged cell still covering rows below: its lines and how many rows are left. */
  private static final class Carry {
    final List<String> lines;
    int left;

    Carry(List<String> lines, int left) {
      this.lines = lines;
      this.left = left;
    }
  }

  static List<List<Cell>> grid(Element table) {
    List<List<Cell>> grid = new ArrayList<>();
    Map<Integer, Carry> carries = new TreeMap<>();
    for (Element tr : table.getElementsByTag("tr")) {
      List<Cell> row = new ArrayList<>();
      for (Element td : tr.children()) {
        if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
        while (carries.containsKey(row.size())) carry(carries, row);
        place(td, row, carries);
      }
      for (int col : List.copyOf(carries.keySet())) {
        while (row.size() < col) row.add(new Cell(List.of(), false));
        if (row.size() == col) carry(carries, row);
      }
      grid.add(row);
    }
    return grid;
  }

  private static void place(Element td, List<Cell> row, Map<Integer, Carry> carries) {
    List<String> lines = BlockText.lines(td).stream().map(Line::text).toList();
    int colspan = TableText.colspan(span(td, "colspan"), row.size());
    int rowspan = Math.min(MAX_ROWSPAN, span(td, "rowspan"));
    for (int k = 0; k < colspan; k++) {
      if (rowspan > 1) carries.put(row.size(), new Carry(k == 0 ? lines : List.of(), rowspan - 1));
      row.add(k == 0 ? new Cell(lines, false) : Cell.SPANNED);
    }
  }

  /** The next position of the row, covered by a cell from above. */
  private static void carry(Map<Integer, Carry> carries, List<Cell> row) {
    Carry c = carries.get(row.size());
    if (--c.left == 0) carries.remove(row.size());
    row.add(c.lines.isEmpty() ? Cell.SPANNED : new Cell(c.lines, true));
  }

  private static int span(Element td, String attribute) {
    try {
      return Math.max(1, Integer.parseInt(td.attr(attribute).strip()));
    } catch (NumberFormatException e) {
      return 1; // absent or "auto": no span, as browsers read it
    }
  }
}
