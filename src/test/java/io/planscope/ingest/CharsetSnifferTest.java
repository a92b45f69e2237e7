package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Charsets in the order BOM, HTTP header, meta, detection; bytes are built here in each encoding. */
class CharsetSnifferTest {
  private static final Ingestor INGESTOR = new Ingestor();
  private static final String PAGE = TestPages.PLAN_TITLE + "\n" + TestPages.PLAN_BODY;

  private static ParseResult parse(String name, byte[] bytes, String contentType) {
    return INGESTOR.parse(new SourceDocument(bytes, name, "test/" + name, contentType, Instant.EPOCH));
  }

  private static void assertReadsPlan(ParseResult r) {
    assertEquals(TestPages.PLAN_TITLE, r.plans().get(0).title());
    assertTrue(r.plans().get(0).preamble().get(0).text().startsWith("2024年，全县教育系统"));
  }

  @Test
  void detectsGbkTextWithoutAnyDeclaration() {
    assertReadsPlan(parse("gbk.txt", PAGE.getBytes(Charset.forName("GBK")), null));
  }

  @Test
  void detectsGb2312HtmlByItsMetaCharset() {
    String html = TestPages.html(TestPages.paragraphs(PAGE)).replace("charset=\"utf-8\"", "charset=\"gb2312\"");
    assertReadsPlan(parse("gb2312.html", html.getBytes(Charset.forName("GB2312")), null));
  }

  @Test
  void detectsBig5TraditionalTextAndFoldsItForParsing() {
    String traditional = "某縣教育局2024年工作要點\n" + "2024年，全縣教育系統以辦好人民滿意的教育為目標，紮實推進各項工作。\n"
        + "一、指導思想\n堅持立德樹人根本任務，推動教育優質均衡發展。\n二、主要任務\n（一）加強黨的建設。落實全面從嚴治黨責任。\n";
    ParseResult r = parse("big5.txt", traditional.getBytes(Charset.forName("Big5")), null);
    assertEquals("某縣教育局2024年工作要點", r.plans().get(0).title());
    assertEquals(io.planscope.plan.SectionType.GUIDING, r.plans().get(0).measures().get(0).sectionType());
  }

  @Test
  void readsUtf8WithAFewBadBytesAsUtf8AndWarns() {
    String[] lines = PAGE.split("\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < lines.length; i++) {
      bytes.writeBytes((lines[i] + "\n").getBytes(StandardCharsets.UTF_8));
      if (i == 1) bytes.write(0xFF); // never valid in UTF-8
      if (i == 3) bytes.writeBytes(new byte[] {(byte) 0xE6, (byte) 0x95}); // 教 cut short
    }
    ParseResult r = parse("mostly-utf8.txt", bytes.toByteArray(), null);
    assertReadsPlan(r);
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("UTF-8") && w.contains("2 invalid byte sequences")),
        r.warnings().toString());
  }

  @Test
  void readsUtf16WithAndWithoutBom() {
    assertReadsPlan(parse("le-bom.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, PAGE.getBytes(StandardCharsets.UTF_16LE)), null));
    assertReadsPlan(parse("be.txt", PAGE.getBytes(StandardCharsets.UTF_16BE), null));
    assertReadsPlan(parse("le.txt", PAGE.getBytes(StandardCharsets.UTF_16LE), null));
  }

  @Test
  void readsUtf8WithBom() {
    assertReadsPlan(parse("bom.txt", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(StandardCharsets.UTF_8)), null));
  }

  @Test
  void trustsTheHttpHeaderOverADetectorGuess() {
    byte[] gbk = TestPages.html(TestPages.paragraphs(PAGE)).replace("charset=\"utf-8\"", "").getBytes(Charset.forName("GBK"));
    assertReadsPlan(parse("header.html", gbk, "text/html; charset=GBK"));
  }

  @Test
  void ignoresAStaleDeclarationTheBytesContradict() {
    String html = TestPages.html(TestPages.paragraphs(PAGE)).replace("charset=\"utf-8\"", "charset=\"gb2312\"");
    assertReadsPlan(parse("stale.html", html.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void refusesBinaryInputWithAReason() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    IngestException e = assertThrows(IngestException.class, () -> parse("image.html", png, null));
    assertEquals(IngestException.Reason.NOT_TEXT, e.reason());
    assertTrue(e.getMessage().contains("PNG"), e.getMessage());
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    assertEquals(IngestException.Reason.NOT_TEXT,
        assertThrows(IngestException.class, () -> parse("noise.txt", noise, null)).reason());
  }

  @Test
  void refusesUnknownExtensions() {
    IngestException e = assertThrows(IngestException.class, () -> parse("plan.xls", new byte[] {1}, null));
    assertEquals(IngestException.Reason.UNSUPPORTED_TYPE, e.reason());
    assertTrue(e.getMessage().contains("plan.xls"));
  }

  @Test
  void reportsNoPlanForAListPage() {
    String list = "通知公告\n" + "关于做好寒假安全工作的通知 2024-01-10\n".repeat(3) + "更多>>\n";
    IngestException e = assertThrows(IngestException.class, () -> parse("list.txt", list.getBytes(StandardCharsets.UTF_8), null));
    assertEquals(IngestException.Reason.NO_PLAN, e.reason());
    assertTrue(e.getMessage().startsWith("No plan found in 'list.txt'"), e.getMessage());
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(body);
    return out.toByteArray();
  }
}
