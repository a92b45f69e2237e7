package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.planscope.text.Fold;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PublishDateTest {
  private static String find(String... lines) {
    return PublishDate.find(List.of(lines).stream().map(Fold::normalize).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          发布时间：2023-03-05 10:12:00 来源：县教育局 | 2023-03-05
          发布日期:2023年3月5日 | 2023-03-05
          时间:2023/3/5 9:30 浏览次数 12 | 2023-03-05
          日期：2023.03.05 | 2023-03-05
          首页 › 工作计划 发布于 2021-11-30 | 2021-11-30
          作者:小编 时间:2020-1-9 08:00:00 我要投稿 | 2020-01-09
          【发布时间】2019年12月30日 | 2019-12-30
          """)
  void readsLabelledLines(String line, String expected) {
    assertEquals(expected, find("2023年教育局工作计划", line, "一、指导思想"));
  }

  @Test
  void scheduleTimesInTheBodyAreNotPublishDates() {
    assertNull(find("活动时间:2023年4月1日", "报名日期截止到2023年5月1日"));
  }

  @Test
  void bylineWithClockTimeIsTheFallback() {
    assertEquals("2025-03-05", find("某市2025年教育工作要点", "w227 2025-03-05 14:53:53 范文大全 28 ℃"));
  }

  @Test
  void impossibleDatesAreSkipped() {
    assertEquals("2022-04-01", find("时间:2023-13-45", "发布时间:2022-04-01"));
    assertNull(find("2023年3月5日,全县召开教育工作会议。"));
  }

  @Test
  void attributeBlockDates() {
    assertEquals("2024-02-05", find("【制定机关】某市教育局 【发布日期】2024-02-05", "一、指导思想"));
    assertEquals("2024-03-01", find("制定机关", "某市教育局", "发布日期", "2024-03-01", "一、指导思想"));
  }
}
