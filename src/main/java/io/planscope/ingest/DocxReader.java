package io.planscope.ingest;

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

/**
 * Reads .docx with POI's XWPF: body paragraphs and table cells in document order, one line each. Word's automatic
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

  private static void addTable(XWPFTable table, List<String> texts, ListNumbering numbering) {
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        for (XWPFParagraph p : cell.getParagraphs()) texts.add(numbering.label(p) + p.getText());
      }
    }
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
