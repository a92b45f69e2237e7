package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.text.Fold;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeBlockTest {
  private static List<String> issuers(String... lines) {
    return AttributeBlock.issuers(List.of(lines).stream().map(Fold::normalize).toList());
  }

  @Test
  void readsBracketedAndColonLabels() {
    assertEquals(List.of("温州市教育局"), issuers("【制定机关】温州市教育局 【发布日期】2024-02-05", "一、总体要求"));
    assertEquals(List.of("嘉兴市教育局"), issuers("发布机构：嘉兴市教育局", "发布日期：2024-02-05"));
    assertEquals(List.of("某县教育体育局"), issuers("【发文机关】 某县教育体育局"));
  }

  @Test
  void readsATableWhoseValueIsTheNextCell() {
    assertEquals(List.of("湖州市教育局"), issuers("索引号", "001-2024-0001", "制定机关", "湖州市教育局", "成文日期", "2024-01-30"));
  }

  @Test
  void aSourceCountsOnlyWhenItNamesABureau() {
    assertEquals(List.of("某县教育局"), issuers("来源：某县教育局 浏览次数：120"));
    assertEquals(List.of(), issuers("来源：网络 作者：佚名", "经费来源:财政拨款"));
  }
}
