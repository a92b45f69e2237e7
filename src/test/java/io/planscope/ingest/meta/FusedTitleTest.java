package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FusedTitleTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          某市教育局六月份的工作安排局长主持召开办公会议，研究部署六月份工作。 | 某市教育局六月份的工作安排
          某局工作要点范例2099年全局工作的总体要求是：以立德树人为根本任务，提高质量。 | 某局工作要点范例
          2099年教育工作要点如下：一是加强党建，二是提升质量。 | ''
          为做好2099年工作计划的落实，特制定本方案，请认真执行。 | ''
          某市教育局2099年工作要点 | ''
          """)
  void cutsATitleFusedWithTheSentenceAfterIt(String line, String title) {
    assertEquals(title, FusedTitle.head(line).orElse(""));
  }
}
