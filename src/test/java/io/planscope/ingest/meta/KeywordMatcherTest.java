package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordMatcherTest {
  private static List<String> scan(List<String> keywords, String text) {
    List<String> out = new ArrayList<>();
    KeywordMatcher.of(keywords).scan(text, (id, s, e) -> out.add(keywords.get(id) + "@" + s));
    return out;
  }

  @Test
  void findsOverlappingAndNestedKeywordsInOrderOfEnd() {
    assertEquals(List.of("she@0", "he@1", "hers@1"), scan(List.of("he", "she", "his", "hers"), "shers"));
  }

  @Test
  void findsChineseKeywordsThroughFailureLinks() {
    assertEquals(
        List.of("教育@0", "体育@2", "教育体育局@0"), scan(List.of("教育", "教育局", "教育体育局", "体育"), "教育体育局"));
  }

  @Test
  void emptyTextAndNoKeywords() {
    assertEquals(List.of(), scan(List.of("甲"), ""));
    assertEquals(List.of(), scan(List.of(), "甲乙"));
  }
}
