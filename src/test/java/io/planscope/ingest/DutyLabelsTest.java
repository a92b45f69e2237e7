package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.planscope.plan.Measure;
import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lead units, partners and deadlines read from a measure's labels: on single texts, and through the whole parse of
 * src/test/resources/ingest/inline-duties.txt (a text plan written for the tests).
 */
class DutyLabelsTest {
  private static DutyLabels.Duties read(String text) {
    return DutyLabels.read(Line.of(text));
  }

  @Test
  void readsInlineLabelsAfterAMeasure() {
    DutyLabels.Duties d = read("1.深化理论武装。健全学习制度。牵头单位：市教育局机关党委；责任单位：各县（区）教育局、局属各学校。"
        + "完成时限：2024年12月");
    assertEquals(List.of("市教育局机关党委"), d.lead());
    assertEquals(List.of("各县（区）教育局", "局属各学校"), d.partners());
    assertEquals("2024年12月", d.deadline());
  }

  @Test
  void stopsAtTheBracketThatClosesTheTailAndDropsATrailingDeng() {
    DutyLabels.Duties d = read("2.强化基层党组织建设。（牵头科室：组织科；配合科室：人事科，督导室等）其后的文字");
    assertEquals(List.of("组织科"), d.lead());
    assertEquals(List.of("人事科", "督导室"), d.partners());
    assertNull(d.deadline());
  }

  @Test
  void aLoneResponsibleUnitLeads() {
    DutyLabels.Duties d = read("（一）扩大学前教育资源。新建公办幼儿园10所。责任科室：基教科、计财科等相关科室");
    assertEquals(List.of("基教科", "计财科"), d.lead());
    assertEquals(List.of(), d.partners());
  }

  @Test
  void readsTraditionalLabelsAndStopsAtAnotherLabel() {
    DutyLabels.Duties d = read("推進集團化辦學（牽頭單位：基教科；完成時限：2025年9月；備註：已啟動）");
    assertEquals(List.of("基教科"), d.lead());
    assertEquals("2025年9月", d.deadline());
  }

  @Test
  void aMeasureWithoutLabelsHasNone() {
    assertEquals(DutyLabels.Duties.NONE, read("加强组织领导。明确各单位责任，定期调度进展。"));
  }

  @Test
  void partsOfAnEnumerationInheritTheItemsLabelsUnlessTheyNameTheirOwn() {
    String text = String.join("\n", "某区教育局2025年工作要点", "一、主要任务",
        "1.推进学校建设。一是新建城南小学；二是改扩建第三中学。（牵头单位：规划建设科；完成时限：2025年底）",
        "2.深化课程改革。一是推进新课标落地（牵头单位：教研室）；二是开展作业设计评比（牵头单位：基教科）。");
    List<Measure> ms = new Ingestor().parse(Seeds.doc("enum.txt", text)).plans().get(0).measures();
    assertEquals(List.of("一是", "二是", "一是", "二是"), ms.stream().map(Measure::label).toList());
    assertEquals(List.of("规划建设科"), ms.get(0).lead());
    assertEquals("2025年底", ms.get(0).deadline());
    assertEquals(List.of("教研室"), ms.get(2).lead());
    assertEquals(List.of("基教科"), ms.get(3).lead());
  }

  @Test
  void parsesATextPlanWithLabelsOnTheMeasuresAndOnTheirOwnLines() throws IOException {
    Path file = Path.of(System.getProperty("planscope.home", ".")).resolve("src/test/resources/ingest/inline-duties.txt");
    List<Measure> ms = new Ingestor().parse(new SourceDocument(Files.readAllBytes(file), "inline-duties.txt",
        file.toString(), null, Instant.EPOCH)).plans().get(0).measures();
    assertEquals(4, ms.size());
    assertEquals(List.of("市教育局机关党委"), ms.get(0).lead());
    assertEquals(List.of("组织科"), ms.get(1).lead());
    assertEquals(List.of("基教科", "计财科"), ms.get(2).lead());
    assertEquals(List.of("督导室"), ms.get(3).lead(), "labels on lines of their own after the measure");
    assertEquals("2024年10月底前", ms.get(3).deadline());
  }
}
