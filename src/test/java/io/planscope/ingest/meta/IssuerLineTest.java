package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuerLineTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          某某县教育局 | true
          中共某某区委教育工委 | true
          中共某某区委教育工委 某某区教育局 | true
          某某县教育体育局 | true
          县教育局 | true
          教育局 | false
          某某县教育局2099年工作要点 | false
          各县（区）教育局： | false
          首页 > 教育局 | false
          某某教育学会 | false
          本站 | false
          """)
  void aLineOfIssuersOnly(String line, boolean issuers) {
    assertEquals(issuers, IssuerLine.is(line));
  }
}
