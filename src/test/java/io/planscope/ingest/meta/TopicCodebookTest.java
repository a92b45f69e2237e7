package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicCodebookTest {
  private final TopicCodebook codebook = TopicCodebook.load();

  @Test
  void hasTheTopicsResearchersAskedFor() {
    List<String> required =
        List.of(
            "党建", "德育", "双减", "体育", "美育", "劳动教育", "心理健康", "学前教育", "义务教育", "高中", "职业教育",
            "特殊教育", "教师队伍", "师德师风", "校园安全", "教育数字化", "评价改革", "经费保障", "督导", "招生考试",
            "学生资助", "家校社协同", "县管校聘");
    assertTrue(codebook.names().containsAll(required), codebook.names().toString());
    codebook.topics().forEach(t -> assertTrue(!t.description().isBlank(), t.name() + " has no description"));
  }

  @Test
  void matchesSeveralTopicsInCodebookOrder() {
    String text = "深化县管校聘改革,加强师德师风建设,规范课后服务,开展防溺水专题教育。";
    assertEquals(List.of("双减", "教师队伍", "县管校聘", "师德师风", "校园安全"), codebook.match(text));
  }

  @Test
  void exclusionKeepsTheBureauNameOutOfSchoolSports() {
    assertEquals(List.of(), codebook.match("区教育体育局召开会议"));
    assertEquals(List.of("体育"), codebook.match("区教育体育局组织中小学生体质健康测试"));
  }

  @Test
  void wordsThatMerelyContainAKeywordDoNotTag() {
    // "深入学习" contains 入学, "教师减负" contains 减负, "乡村教师生活补助" contains 生活补助
    assertEquals(List.of(), codebook.match("组织全体干部深入学习有关会议精神,纳入学校年度考核。"));
    assertEquals(List.of("教师队伍"), codebook.match("切实为教师减负,落实乡村教师生活补助。"));
    assertEquals(List.of("招生考试"), codebook.match("落实适龄儿童就近入学政策。"));
  }

  @Test
  void foldedTraditionalTextMatches() {
    String folded = io.planscope.text.Fold.normalize("推進教育數位轉型,建設智慧校園;落實學生資助政策。");
    assertEquals(List.of("教育数字化", "学生资助"), codebook.match(folded));
  }

  @Test
  void emptyTextHasNoTopics() {
    assertEquals(List.of(), codebook.match(""));
    assertEquals(List.of(), codebook.match(null));
  }

  @Test
  void parsesTheDocumentedFormat() {
    TopicCodebook c = TopicCodebook.parse("# comment\n甲\t苹果|香蕉|!香蕉皮\t水果\n乙\t皮\t\n", "test.tsv");
    assertEquals(List.of("甲", "乙"), c.names());
    assertEquals(List.of("香蕉皮"), c.expect("甲").excludes());
    assertEquals(List.of("乙"), c.match("一块香蕉皮"));
    assertEquals(List.of("甲"), c.match("一根香蕉"));
  }

  @Test
  void badLineIsReportedWithItsPlace() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TopicCodebook.parse("甲\n", "x.tsv"));
    assertTrue(e.getMessage().contains("x.tsv:1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> codebook.expect("火箭"));
  }
}
