package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.PlanIndex;
import io.planscope.plan.Level;
import io.planscope.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  @Test
  void hostileDocumentsAreEscapedAndOnlyMarkIsLeftAsHtml() throws Exception {
    String hostile = "加强<script>alert('x')</script>校园安全&管理，\"防溺水\"<img src=x onerror=alert(1)>教育。";
    Plan p = TestPlans.plan("p0000000000aa", "<b>恶意</b>标题", 2023, Level.COUNTY, TestPlans.NINGBO, "工作要点",
        TestPlans.task(null, hostile, "安全"));
    try (PlanIndex index = PlanIndex.inMemory()) {
      index.add(p, List.of(p.source()), null);
      index.refresh();
      for (String q : List.of("校园安全", "\"script\"", "alert", "\"安全&管理\"", "img")) {
        Hit h = new Searcher(index).search(SearchRequest.of(q)).hits().get(0);
        String stripped = h.snippet().replace("<mark>", "").replace("</mark>", "");
        assertFalse(stripped.contains("<") || stripped.contains(">") || stripped.contains("\""), h.snippet());
        assertTrue(h.snippet().contains("<mark>"), q + " -> " + h.snippet());
        assertTrue(stripped.contains("&lt;script&gt;"), h.snippet());
      }
    }
  }

  @Test
  void traditionalOriginalsAreMarkedAtTheRightOffsets() {
    String text = "加強師德師風建設，健全師德考核機制。";
    List<int[]> spans = Snippets.spans(text, new CompiledQuery.Highlight(List.of(
        new CompiledQuery.Highlight.Term("师德考核机制", List.of()),
        new CompiledQuery.Highlight.Term("不在文中", QueryCompiler.rankedTokens("师德师风")))));
    List<String> matched = Snippets.matched(text, spans);
    assertTrue(matched.contains("師德考核機制"), matched.toString());
    assertTrue(String.join("", matched).contains("師"), matched.toString());
  }

  @Test
  void aWordFoundAsWrittenIsMarkedWholeNotItsSingleCharTokens() throws Exception {
    try (io.planscope.index.PlanIndex index = TestPlans.index()) {
      Hit h = new Searcher(index).search(SearchRequest.of("毛入园率")).hits().get(0);
      assertEquals(1, h.snippet().split("<mark>").length - 1, h.snippet());
    }
  }

  @Test
  void longTextIsCutAroundTheFirstMatch() {
    String text = "前".repeat(300) + "目标词" + "后".repeat(300);
    String html = Snippets.html(text, List.of(new int[] {300, 303}));
    assertTrue(html.startsWith("…") && html.endsWith("…"), html);
    assertTrue(html.contains("<mark>目标词</mark>"));
    assertEquals(Snippets.MAX_CHARS + "<mark></mark>".length() + 2, html.length());
  }
}
