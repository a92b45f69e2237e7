package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The .docx and .pdf readers on files built here. */
class SourceReadersTest {
  private static final Deadline DEADLINE = Deadline.after(Duration.ofSeconds(30), "t");

  @Test
  void readsDocxParagraphsAndTablesInOrder() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument docx = new XWPFDocument()) {
      docx.createParagraph().createRun().setText(TestPages.PLAN_TITLE);
      for (String line : TestPages.PLAN_BODY.split("\n")) docx.createParagraph().createRun().setText(line);
      XWPFTable table = docx.createTable(1, 2);
      table.getRow(0).getCell(0).setText("（三）完善督导评估。开展责任督学挂牌督导。");
      table.getRow(0).getCell(1).setText("（四）做好宣传引导。及时回应社会关切。");
      docx.write(out);
    }
    ParseResult r = new Ingestor().parse(Seeds.doc("plan.docx", out.toByteArray()));
    Plan plan = r.plans().get(0);
    assertEquals(TestPages.PLAN_TITLE, plan.title());
    assertEquals(7, plan.measures().size());
    assertEquals(1, plan.preamble().size());
    assertTrue(plan.measures().get(6).text().startsWith("（四）做好宣传引导"));
  }

  @Test
  void rebuildsWordListNumbersInChineseAndDecimal() {
    assertEquals("一", DocxReader.ListNumbering.format("chineseCounting", 1));
    assertEquals("十二", DocxReader.ListNumbering.format("chineseCounting", 12));
    assertEquals("二十", DocxReader.ListNumbering.format("chineseCountingThousand", 20));
    assertEquals("③", DocxReader.ListNumbering.format("decimalEnclosedCircle", 3));
    assertEquals("7", DocxReader.ListNumbering.format("decimal", 7));
  }

  @Test
  void readsPdfTextAndJoinsLinesWrappedAtTheMargin() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        s.setLeading(14);
        s.newLineAtOffset(50, 700);
        for (String line :
            List.of("1. Build two schools in the county and repair the old", "buildings before the autumn term.",
                "2. Train every teacher.", "3. Improve the evaluation of all schools and of all the", "teachers.")) {
          s.showText(line);
          s.newLine();
        }
        s.endText();
      }
      pdf.save(out);
    }
    Page page = new PdfReader().read(Seeds.doc("plan.pdf", out.toByteArray()), IngestLimits.DEFAULTS, DEADLINE);
    List<String> lines = page.lines().stream().map(Line::text).toList();
    assertEquals(3, lines.size(), lines.toString());
    assertEquals("1. Build two schools in the county and repair the old buildings before the autumn term.", lines.get(0));
  }
}
