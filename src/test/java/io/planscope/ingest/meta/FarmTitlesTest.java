package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FarmTitlesTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024年教育局工作计划(精选22篇) | true
          某区2099年教育工作要点总体要求2篇 | true
          2023年教育局工作計劃精選4篇 | true
          教育局工作要点有哪些 | true
          县教育局年度工作计划怎么写 | true
          教育局工作计划范文大全 | true
          下面是小编为大家整理的2024年教育局工作计划，欢迎阅读 | true
          某县教育局2024年工作要点 | false
          篇三：2021年县教育局工作计划 | false
          关于印发《某市教育局2024年工作要点》的通知 | false
          """)
  void tellsAFarmsTitleFromAPlansOwn(String title, boolean farm) {
    assertEquals(farm, FarmTitles.isFarmTitle(title));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          前言：本站为你精心整理了某局教育强县方案范文，希望能为你提供参考 | 某局教育强县方案
          下面是小编为大家整理的某县2099年教育工作计划，欢迎阅读 | 某县2099年教育工作计划
          某县教育局2099年工作要点 | ''
          """)
  void readsTheTitleAFarmsPrefaceNames(String line, String title) {
    assertEquals(title, FarmTitles.named(line).orElse(""));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          篇1:县教育局2099年工作总结和2099年工作要点_单位工作总结_某某网 | true
          某市教育局2099年工作要点_某某范文 | true
          某市教育局2099年工作要点 | false
          某市教育局网络安全工作要点 | false
          """)
  void tellsASitesLabelOfThePage(String title, boolean label) {
    assertEquals(label, FarmTitles.isSiteLabel(title));
  }
}
