package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitedTitleTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2099年教育怎么干？3月1日，《某部2099年工作要点》发布，一起来看 | 某部2099年工作要点
          根据《某省教育事业发展规划》，结合我县实际，制定本计划。 | ''
          """)
  void readsTheTitleANewsLeadCites(String line, String title) {
    assertEquals(title, CitedTitle.in(List.of(line)).orElse(""));
  }
}
