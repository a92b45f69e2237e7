package io.planscope.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Hostile inputs rebuilt on demand, never committed as blobs (issue 19): each is small on the wire and expensive to
 * parse naively.
 */
public final class HostileDocs {
  private HostileDocs() {}

  /**
   * A ~70 KB PDF whose 300 pages share one compressed content stream of many short text runs set edge to edge, so
   * every visual line reaches the margin and a naive line joiner glues all of them into one growing string.
   */
  public static byte[] heavyPdf() {
    return heavyPdf(300, 28_000);
  }

  static byte[] heavyPdf(int pages, int runs) {
    try (PDDocument pdf = new PDDocument()) {
      PDStream content = new PDStream(pdf, new java.io.ByteArrayInputStream(contentOf(runs)), COSName.FLATE_DECODE);
      PDResources resources = new PDResources();
      COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      if (!font.getName().equals("F1")) throw new IllegalStateException("font named " + font.getName());
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage();
        page.setResources(resources);
        page.setContents(content);
        pdf.addPage(page);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // runs of two letters, 40 to a line across the page, lines 1 pt apart: each line full, none ending a sentence
  private static byte[] contentOf(int runs) {
    StringBuilder s = new StringBuilder("BT /F1 4 Tf\n");
    for (int i = 0; i < runs; i++) {
      int col = i % 40;
      int row = (i / 40) % 700;
      s.append("1 0 0 1 ").append(20 + col * 14).append(' ').append(760 - row).append(" Tm (ab) Tj\n");
    }
    return s.append("ET\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A 20 MB .txt on one line: Chinese text with double-space gaps before outline numbers, no line break at all. */
  public static byte[] hugeLineText() {
    return hugeLineText(20 << 20);
  }

  static byte[] hugeLineText(int bytes) {
    String unit = "加强教师队伍建设，完善校本教研制度  1.开展课后服务";
    byte[] u = unit.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes);
    while (out.size() + u.length <= bytes) out.writeBytes(u);
    return out.toByteArray();
  }

  /** A plan followed by lines with no letters ("。"), each glued to the line above: a naive glue is quadratic. */
  static byte[] letterlessLines(int lines) {
    StringBuilder s = new StringBuilder(TestPages.PLAN_TITLE).append('\n').append(TestPages.PLAN_BODY).append('\n');
    s.append("。\n".repeat(lines));
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
