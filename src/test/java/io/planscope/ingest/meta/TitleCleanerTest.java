package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCleanerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          2023年西湖区教育局工作计划_某某范文网	2023年西湖区教育局工作计划
          2022年县教育局工作要点 - 第一范文网	2022年县教育局工作要点
          2022年县教育局工作要点｜学习资料站	2022年县教育局工作要点
          【精选】2024年教育局工作计划(通用5篇)	2024年教育局工作计划
          篇一:《2021年教育局工作计划》	2021年教育局工作计划
          篇三：2021年教育局工作计划	2021年教育局工作计划
          2019年教育局年度工作计划篇3	2019年教育局年度工作计划
          教育局工作计划范文【篇二】	教育局工作计划
          教育局年度工作计划合集九篇	教育局年度工作计划
          学习网>工作计划>《2020年教育局工作计划	2020年教育局工作计划
          《关于加强师德师风建设的实施方案》	关于加强师德师风建设的实施方案
          XX县教育体育局2021—2025年教育发展规划	XX县教育体育局2021—2025年教育发展规划
          XX县教师队伍建设三年行动方案(2023-2025年)	XX县教师队伍建设三年行动方案(2023-2025年)
          2023年教育局工作計劃_某某範文網	2023年教育局工作計劃
            2023年教育局工作计划  	2023年教育局工作计划
          """)
  void cleans(String raw, String expected) {
    assertEquals(expected, TitleCleaner.clean(raw));
  }
}
