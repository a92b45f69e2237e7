package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanKindTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2023年XX县教育局工作计划 | 工作计划
          教育局年度重点工作计划 | 工作计划
          某市2025年教育工作要点 | 工作要点
          区教育体育局下半年工作方案 | 工作方案
          浙江省教育厅2024年工作要点 | 工作要点
          2023年学校安全工作计划 | 工作计划
          2022年全县中小学德育工作计划 | 工作计划
          XX县教师队伍建设实施方案(2023-2025年) | 实施方案
          某区教师队伍建设三年行动方案 | 实施方案
          西湖区教育数字化转型行动计划 | 工作计划
          关于印发2023年教育工作要点的通知 | 工作要点
          2021年教育局计划 | 工作计划
          2023年度教育局工作计划 | 工作计划
          ××县教育局二〇二三年工作要点 | 工作要点
          延边州教育局2023年工作要点 | 工作要点
          雄安新区2023年教育工作要点 | 工作要点
          2022-2023学年第二学期德育工作计划 | 工作计划
          某县2023年义务教育优质均衡发展实施方案 | 实施方案
          中共某某省委教育工委 某某省教育厅2024年工作要点 | 工作要点
          2024年工作总结及2025年工作计划 | 工作计划
          县教育局2024年工作总结和2025年工作打算 | 工作计划
          2024年教育工作总结暨2025年工作思路 | 工作计划
          2024年工作总结及2025年工作安排 | 工作计划
          2025年全县教育工作思路 | 工作计划
          关于2024年全市教育工作的意见 | 工作意见
          某县2024年教育工作安排 | 工作安排
          某县2024年教育工作要点(征求意见稿) | 工作要点
          某市十四五教育事业发展规划 | 发展规划
          2023年教育工作重点 | 工作要点
          2024年教育局工作計劃 | 工作计划
          """)
  void fromTitle(String title, String kind) {
    assertEquals(kind, PlanKind.of(title));
  }

  @Test
  void noPlanWordNoKind() {
    assertNull(PlanKind.of("2023年教育局工作总结"));
  }
}
