package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.plan.SectionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionTypesTest {
  // headings as MeasureBuilder passes them: the marker ("一、") already cut off
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024年工作回顾 | review
          2024年度主要工作成效 | review
          2024年度工作回顾与主要成效 | review
          2024年主要工作情况 | review
          主要工作回顾与成效 | review
          加强督查,通报完成情况 | tasks
          工作总结 | review
          过去一年取得的成绩 | review
          存在的问题和不足 | review
          存在的不足和困难 | review
          全县教育工作存在的主要问题 | review
          2025年工作计划 | tasks
          2099年亮点工作 | review
          今年以来的工作亮点和创新做法 | review
          2099年工作进展情况 | review
          打造一批亮点工作 | tasks
          加快推进工作进展缓慢的项目 | tasks
          着力解决群众反映的存在的问题 | tasks
          总结表彰先进典型 | tasks
          发展回顾与展望 | other
          指导思想 | guiding
          工作目标与主要任务 | goals
          主要任务和保障措施 | tasks
          """)
  void typesTopLevelHeadings(String heading, String type) {
    assertEquals(SectionType.of(type), SectionTypes.of(heading));
  }
}
