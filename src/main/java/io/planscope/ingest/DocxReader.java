package io.planscope.ingest;

import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads .docx with POI's XWPF: body paragraphs in document order, one line each, and tables as {@link TableText}
 * makes them (a task table's rows as numbered measures, other rows as one line or one line per cell). Word's automatic
 * list numbering is not in the paragraph text, so it is rebuilt ({@link ListNumbering}) and put in front: a
 * paragraph numbered "（一）" by Word reads "（一）加强组织领导。" as if typed. The zip is checked by
 * {@link ZipGuard} before POI sees it.
 */
final class DocxReader implements SourceReader {
  @Override
  public Page read(SourceDocument doc, IngestLimits limits, Deadline deadline) {
    ZipGuard.check(doc, limits, deadline);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(doc.bytes()))) {
      List<String> texts = new ArrayList<>();
      ListNumbering numbering = new ListNumbering();
      for (IBodyElement element : docx.getBodyElements()) {
        deadline.check();
        if (element instanceof XWPFParagraph p) texts.add(numbering.label(p) + p.getText());
        else if (element instanceof XWPFTable t) addTable(t, texts, numbering);
      }
      return Page.of(Page.linesOf(String.join("\n", texts)));
    } catch (IngestException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      throw ZipGuard.notDocx(doc, "POI could not open it (" + e.getMessage() + ")", e);
    }
  }

  /** A table's lines ({@link TableText}): Word's merged cells spread over the grid as {@link HtmlTables} does. */
  private static void addTable(XWPFTable table, List<String> texts, ListNumbering numbering) {
    List<List<TableText.Cell>> grid = new ArrayList<>();
    Map<Integer, List<String>> above = new HashMap<>(); // per grid column, the lines of the last cell that began there
    for (XWPFTableRow row : table.getRows()) {
      List<TableText.Cell> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        int column = cells.size();
        if (continuesMerge(cell)) {
          cells.add(new TableText.Cell(above.getOrDefault(column, List.of()), true));
        } else {
          List<String> lines = cellLines(cell, numbering);
          above.put(column, lines);
          cells.add(new TableText.Cell(lines, false));
        }
        int span = TableText.colspan(gridSpan(cell), column);
        for (int k = 1; k < span; k++) cells.add(TableText.Cell.SPANNED);
      }
      grid.add(cells);
    }
    texts.addAll(TableText.lines(grid));
  }

  /** A cell's paragraphs as lines; a manual line break (w:br, "\n" in POI's text) also ends one. */
  private static List<String> cellLines(XWPFTableCell cell, ListNumbering numbering) {
    List<String> lines = new ArrayList<>();
    for (XWPFParagraph p : cell.getParagraphs()) {
      for (Line line : Page.linesOf(numbering.label(p) + p.getText())) lines.add(line.text());
    }
    return lines;
  }

  /** A cell merged into the one above it (w:vMerge without "restart"). */
  private static boolean continuesMerge(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    return pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART;
  }

  private static int gridSpan(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) return 1;
    return pr.getGridSpan().getVal().min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
  }

  /** Rebuilds Word list labels ("一、", "（一）", "1.") from numbering definitions and running counters. */
  static final class ListNumbering {
    private static final String[] CN = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private final Map<String, int[]> counters = new HashMap<>();

    String label(XWPFParagraph p) {
      if (p.getNumID() == null || p.getNumLevelText() == null) return "";
      String fmt = p.getNumFmt();
      if (fmt == null || fmt.equals("bullet") || fmt.equals("none")) return "";
      int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
      int[] c = counters.computeIfAbsent(p.getNumID().toString(), k -> new int[9]);
      if (c[level] == 0 && p.getNumStartOverride() != null) c[level] = p.getNumStartOverride().intValue() - 1;
      c[level]++;
      for (int i = level + 1; i < c.length; i++) c[i] = 0;
      String text = p.getNumLevelText();
      for (int i = 0; i <= level; i++) {
        text = text.replace("%" + (i + 1), format(i == level ? fmt : "decimal", Math.max(1, c[i])));
      }
      return text;
    }

    static String format(String fmt, int n) {
      return switch (fmt) {
        case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "japaneseCounting",
            "ideographDigital", "chineseLegalSimplified" -> chinese(n);
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
            n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
        case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
        case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
        default -> String.valueOf(n);
      };
    }

    /** 1..99 in Chinese numerals: 一, 十, 十一, 二十一. */
    static String chinese(int n) {
      if (n <= 10) return CN[Math.max(0, n)];
      if (n < 20) return "十" + CN[n % 10];
      if (n < 100) return CN[n / 10] + "十" + (n % 10 == 0 ? "" : CN[n % 10]);
      return String.valueOf(n);
    }
  }
}
