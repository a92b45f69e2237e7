package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.ingest.TableText.Cell;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.source.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Task tables ("序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限") read as one measure per row, and plain tables kept
 * row by row. The HTML page is src/test/resources/ingest/task-table-county.html (written for the tests; its whole
 * parse is also a golden file); the .docx is built here.
 */
class TaskTableTest {
  private static final Path FIXTURE =
      Path.of(System.getProperty("planscope.home", ".")).resolve("src/test/resources/ingest/task-table-county.html");

  private static ParseResult parseFixture() throws IOException {
    byte[] bytes = Files.readAllBytes(FIXTURE);
    return new Ingestor().parse(new SourceDocument(bytes, "task-table-county.html", FIXTURE.toString(), null,
        Instant.EPOCH));
  }

  @Test
  void readsEachRowOfAnHtmlTaskTableAsOneMeasureUnderItsSectionRow() throws IOException {
    Plan plan = parseFixture().plans().get(0);
    List<Measure> tasks = plan.measures().stream().filter(m -> !m.label().isEmpty()).toList();
    assertEquals(List.of("1.", "2.", "3.", "4."), tasks.stream().map(Measure::label).toList());
    assertEquals(List.of("一、加强党的建设"), tasks.get(0).path());
    assertEquals(List.of("二、推进教育优质均衡"), tasks.get(3).path());
    assertEquals("深化党建引领。", tasks.get(0).heading());
    assertEquals(List.of("组织股"), tasks.get(0).lead());
    assertEquals(List.of("各中小学"), tasks.get(0).partners());
    assertEquals("2025年6月底前", tasks.get(0).deadline());
  }

  @Test
  void joinsAMultiLineCellAndLeavesAnEmptyDeadlineOut() throws IOException {
    Measure second = parseFixture().plans().get(0).measures().stream()
        .filter(m -> m.label().equals("2.")).findFirst().orElseThrow();
    assertTrue(second.text().startsWith("2. 落实意识形态责任制。每季度开展一次专题研判。（牵头单位：宣传股；"),
        second.text());
    assertEquals(List.of("各中小学", "幼儿园"), second.partners());
    assertNull(second.deadline());
    assertTrue(!second.text().contains("完成时限"), second.text());
  }

  @Test
  void repeatsARowspanLeadAndSplitsAUnitCellOnItsLines() throws IOException {
    Measure fourth = parseFixture().plans().get(0).measures().stream()
        .filter(m -> m.label().equals("4.")).findFirst().orElseThrow();
    assertEquals(List.of("规划建设股"), fourth.lead());
    assertEquals(List.of("各教育集团", "相关学校"), fourth.partners());
    assertEquals("2025年12月", fourth.deadline());
  }

  @Test
  void removesNoTableCellAsKeywordTags() throws IOException {
    ParseResult r = parseFixture();
    assertTrue(r.removed().stream().noneMatch(x -> x.reason().equals("keyword tags")), r.removed().toString());
    String all = String.join("\n", r.plans().get(0).measures().stream().map(Measure::text).toList());
    assertTrue(all.contains("学段 | 学校 | 学生\n小学 | 12 | 8千"), all);
  }

  @Test
  void readsADocxTaskTableWithMergedCells() throws IOException {
    ParseResult r = new Ingestor().parse(Seeds.doc("分解表.docx", docxTaskTable()));
    List<Measure> ms = r.plans().get(0).measures();
    assertEquals(3, ms.size(), ms.toString());
    assertEquals(List.of("一、提升教师队伍素质"), ms.get(0).path());
    assertEquals("1. 实施青年教师成长计划（牵头单位：人事科；责任单位：教师发展中心；完成时限：2026年8月）",
        ms.get(0).text());
    assertEquals(List.of("人事科"), ms.get(1).lead(), "a vertically merged lead cell covers the row below");
    assertNull(ms.get(1).deadline());
    assertEquals(List.of("教研室"), ms.get(2).lead());
    assertEquals(List.of("教研员", "各学区"), ms.get(2).partners(), "a line break inside a cell stays inside the row");
  }

  /** A Word table: header, a section row spanning all columns, a lead merged over two rows, an empty deadline. */
  private static byte[] docxTaskTable() throws IOException {
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      docx.createParagraph().createRun().setText("云溪区教育局2026年重点任务清单");
      XWPFTable table = docx.createTable(5, 5);
      fill(table.getRow(0), "序号", "重点任务", "牵头科室", "责任科室", "时间节点");
      fill(table.getRow(1), "一、提升教师队伍素质", "", "", "", "");
      fill(table.getRow(2), "1", "实施青年教师成长计划", "人事科", "教师发展中心", "2026年8月");
      fill(table.getRow(3), "2", "开展骨干教师跨校交流", "", "各学校", "");
      fill(table.getRow(4), "3", "推进教研方式改革", "教研室", "教研员", "2026年12月");
      table.getRow(4).getCell(3).getParagraphs().get(0).createRun().addBreak(); // a soft line break in a unit cell
      table.getRow(4).getCell(3).getParagraphs().get(0).createRun().setText("各学区");
      span(table.getRow(1));
      pr(table.getRow(2).getCell(2)).addNewVMerge().setVal(STMerge.RESTART);
      pr(table.getRow(3).getCell(2)).addNewVMerge();
      docx.write(out);
      return out.toByteArray();
    }
  }

  private static void fill(XWPFTableRow row, String... texts) {
    for (int i = 0; i < texts.length; i++) row.getCell(i).setText(texts[i]);
  }

  /** Makes the row's first cell span the five columns, as Word writes a merged row. */
  private static void span(XWPFTableRow row) {
    pr(row.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(5));
    for (int i = 4; i >= 1; i--) row.removeCell(i);
  }

  private static CTTcPr pr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  @Test
  void knowsAHeaderByATaskColumnAndAUnitOrDeadlineColumn() {
    assertNotNull(TaskTable.header(cells("序号", "重点任务", "责 任 科 室")));
    assertNotNull(TaskTable.header(cells("具体措施", "完成时间")));
    assertNull(TaskTable.header(cells("序号", "学段", "学校数")), "a data table");
    assertNull(TaskTable.header(cells("工作任务", "备注")), "no unit or deadline column");
    assertNull(TaskTable.header(cells("牵头领导", "工作任务")), "a leader is a person, not a unit");
  }

  @Test
  void joinsARowOfOneLineCellsWithBarsAndKeepsItFromTheKeywordTagsRule() {
    List<List<Cell>> grid = List.of(
        List.of(cell("学段"), cell("学校"), cell("学生")),
        List.of(cell("小学"), cell("12"), cell("8千")),
        List.of(cell("初中"), cell("5"), cell("4千")),
        List.of(cell("高中"), cell("2"), cell("3千")));
    List<String> lines = TableText.lines(grid);
    assertEquals(List.of("学段 | 学校 | 学生", "小学 | 12 | 8千", "初中 | 5 | 4千", "高中 | 2 | 3千"), lines);
    Boilerplate.Cleaned cleaned = Boilerplate.clean(lines.stream().map(Line::of).toList());
    assertEquals(4, cleaned.kept().size(), cleaned.removed().toString());
  }

  @Test
  void keepsACellOfSeveralParagraphsAsLines() {
    List<List<Cell>> grid = List.of(List.of(new Cell(List.of("一、指导思想", "坚持立德树人。"), false), cell("侧栏")));
    assertEquals(List.of("一、指导思想", "坚持立德树人。", "侧栏"), TableText.lines(grid));
  }

  @Test
  void takesTheWholeTaskTableWhenOneLongCellLooksLikeTheMainText() {
    String longTask = "全面推进校园安全治理，完善校园安全风险防控体系，健全学校安全管理制度，加强校园周边环境整治，"
        + "开展安全教育进课堂活动，组织应急疏散演练，落实校园欺凌防治措施，提升师生安全素养，建设平安校园。";
    String html = TestPages.html("<p>石岭县教育局2025年安全工作任务清单</p><table>"
        + "<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr>"
        + "<tr><td>1</td><td>" + longTask + "</td><td>安全股</td><td>全年</td></tr>"
        + "<tr><td>2</td><td>开展食品安全检查</td><td>后勤股</td><td>每季度</td></tr></table>");
    List<Measure> ms = new Ingestor().parse(Seeds.doc("safety.html", html)).plans().get(0).measures();
    List<Measure> tasks = ms.stream().filter(m -> !m.lead().isEmpty()).toList();
    assertEquals(2, tasks.size(), ms.toString());
    assertEquals(List.of("后勤股"), tasks.get(1).lead());
  }

  @Test
  void clampsHugeSpansSoAHostileTableCannotBlowUpTheGrid() {
    org.jsoup.nodes.Element table = org.jsoup.Jsoup.parse(
        "<table><tr><td colspan=99999 rowspan=99999>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>")
        .selectFirst("table");
    List<List<Cell>> grid = HtmlTables.grid(table);
    assertEquals(101, grid.get(0).size(), "100 positions for the span, then the next cell");
    assertEquals(List.of("甲"), grid.get(1).get(0).lines(), "the rowspan repeats below");
  }

  @Test
  void leavesATableHoldingATableToBeReadCellByCell() {
    org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse("<div id=c><table><tr><td>导航</td><td>"
        + "<table><tr><td>学段</td><td>学校</td></tr></table></td></tr></table></div>");
    HtmlTables.rewrite(dom.getElementById("c"));
    assertEquals(List.of("导航", "学段 | 学校"), BlockText.lines(dom.body()).stream().map(Line::text).toList());
  }

  private static Cell cell(String text) {
    return new Cell(List.of(text), false);
  }

  private static List<Cell> cells(String... texts) {
    return java.util.Arrays.stream(texts).map(TaskTableTest::cell).toList();
  }
}
