package io.planscope.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * One small plan in each {@link SourceFormat}, built here (no blobs): a bureau page, plain text, a Word file, a PDF
 * with Chinese text, and a zip holding the plan as .txt. Every other format test walks these.
 */
public final class FormatSamples {
  private FormatSamples() {}

  /**
   * The measures of every sample: five shared, and a last one naming the title, so two titles are two plans (the
   * opening paragraph is the preamble, not a measure).
   */
  public static final int MEASURES = 6;

  /** A plan titled {@code title} (e.g. "某县教育局2024年工作要点") in the format. */
  public static byte[] plan(SourceFormat format, String title) {
    List<String> lines = (title + "\n" + TestPages.PLAN_BODY + "\n（三）做好总结评估。年底前对照" + title
        + "逐项总结，形成评估报告。").lines().toList();
    return switch (format) {
      case HTML -> page(title, lines).getBytes(StandardCharsets.UTF_8);
      case TEXT -> String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      case DOCX -> docx(lines);
      case PDF -> pdf(lines);
      case ZIP -> zip("plan.txt", plan(SourceFormat.TEXT, title));
    };
  }

  private static String page(String title, List<String> lines) {
    StringBuilder body = new StringBuilder();
    for (String line : lines) body.append("<p>").append(line).append("</p>\n");
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zwgk/\">政务公开</a></div>"
        + "<div class=\"TRS_Editor\">" + body + "</div></body></html>";
  }

  private static byte[] docx(List<String> lines) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : lines) doc.createParagraph().createRun().setText(line);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A one-page PDF whose text is Chinese: a Type0 font, not embedded, whose codes are the characters' UTF-16 values,
   * with a ToUnicode map saying so (what a PDF printed from Word with a system font looks like to a text extractor).
   */
  private static byte[] pdf(List<String> lines) {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      PDResources resources = new PDResources();
      resources.getCOSObject().setItem(COSName.FONT, fontResources(pdf, lines));
      page.setResources(resources);
      PDStream content = new PDStream(pdf);
      try (var s = content.createOutputStream()) {
        s.write(contentOf(lines).getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(content);
      pdf.addPage(page);
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contentOf(List<String> lines) {
    StringBuilder s = new StringBuilder("BT /F1 11 Tf 16 TL 50 780 Td\n");
    for (String line : lines) s.append('<').append(hex(line)).append("> Tj T*\n");
    return s.append("ET\n").toString();
  }

  private static String hex(String text) {
    StringBuilder h = new StringBuilder();
    text.chars().forEach(c -> h.append(String.format("%04X", c)));
    return h.toString();
  }

  private static COSDictionary fontResources(PDDocument pdf, List<String> lines) throws IOException {
    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "Identity");
    info.setInt(COSName.SUPPLEMENT, 0);
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "SimSun");
    descriptor.setInt(COSName.FLAGS, 4);
    COSArray box = new COSArray();
    for (int v : new int[] {0, -140, 1000, 860}) box.add(COSInteger.get(v));
    descriptor.setItem(COSName.FONT_BBOX, box);
    descriptor.setInt(COSName.ASCENT, 860);
    descriptor.setInt(COSName.DESCENT, -140);
    descriptor.setInt(COSName.CAP_HEIGHT, 700);
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.STEM_V, 80);
    COSDictionary cid = new COSDictionary();
    cid.setItem(COSName.TYPE, COSName.FONT);
    cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cid.setName(COSName.BASE_FONT, "SimSun");
    cid.setItem(COSName.CIDSYSTEMINFO, info);
    cid.setItem(COSName.FONT_DESC, descriptor);
    cid.setInt(COSName.DW, 1000);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, "SimSun");
    font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray descendants = new COSArray();
    descendants.add(cid);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    PDStream toUnicode = new PDStream(pdf);
    try (var s = toUnicode.createOutputStream()) {
      s.write(toUnicode(lines).getBytes(StandardCharsets.US_ASCII));
    }
    font.setItem(COSName.TO_UNICODE, toUnicode);
    COSDictionary fonts = new COSDictionary();
    fonts.setItem(COSName.getPDFName("F1"), font);
    return fonts;
  }

  /** A ToUnicode CMap mapping each used code to the same UTF-16 value, 100 entries a block as the format asks. */
  private static String toUnicode(List<String> lines) {
    TreeSet<Integer> used = new TreeSet<>();
    lines.forEach(l -> l.chars().forEach(used::add));
    StringBuilder s = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    List<Integer> codes = List.copyOf(used);
    for (int i = 0; i < codes.size(); i += 100) {
      List<Integer> block = codes.subList(i, Math.min(codes.size(), i + 100));
      s.append(block.size()).append(" beginbfchar\n");
      for (int c : block) s.append(String.format("<%04X> <%04X>%n", c, c));
      s.append("endbfchar\n");
    }
    return s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
  }

  private static byte[] zip(String name, byte[] bytes) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(bytes);
      zip.closeEntry();
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
