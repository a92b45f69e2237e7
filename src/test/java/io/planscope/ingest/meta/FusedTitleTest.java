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
          1、某某县教育局2098工作总结及2099年工作计划今年是某某规划的开局之年，现将工作总结如下。 | 某某县教育局2098工作总结及2099年工作计划
          區教育局2099年政務公開工作計劃為深入貫徹《條例》，結合本區實際，制定本計劃如下： | 區教育局2099年政務公開工作計劃
          某教函209911号某市教育局关于印发某市名校长培养方案的通知各县区教育局：现将方案印发给你们，请遵照执行。 | 某市教育局关于印发某市名校长培养方案的通知
          某教函209911号某市教育局关于印发某市名校长名教师培养方案的通知各学校：现将方案印发给你们。某市教育局 2099年1月8日某市名校长培养方案(2098-2101年)为落实某某精神，确保培养质量，制定本方案。 | 某市名校长培养方案(2098-2101年)
          关于印发某县2099年工作要点的通知 | ''
          """)
  void cutsATitleFusedWithTheSentenceAfterIt(String line, String title) {
    assertEquals(title, FusedTitle.head(line).orElse(""));
  }
}
