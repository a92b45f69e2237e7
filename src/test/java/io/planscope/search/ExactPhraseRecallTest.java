package io.planscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.index.ExactText;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A quoted phrase finds exactly the measures whose normalized text contains it, or a heading that the measure opens
 * (the first measure under it), or the title when it is the plan's first measure: checked against a plain scan for
 * random substrings of the seeds and the demo corpus (recall and precision 100%), plus 1-char and 30+-char phrases.
 */
class ExactPhraseRecallTest {
  static Corpus corpus;
  static Searcher searcher;
  /** Each measure's wordings, normalized: its text, the headings it opens and, on the first, the plan's title. */
  static Map<String, List<String>> normalized = new LinkedHashMap<>();
  static List<String> originals = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    corpus = Corpus.load();
    searcher = new Searcher(corpus.index);
    for (Plan p : corpus.plans.values()) {
      List<List<String>> wordings = ExactWordings.of(p);
      for (int i = 0; i < p.passages().size(); i++) {
        normalized.put(p.passages().get(i).id(), wordings.get(i));
        originals.add(p.passages().get(i).text());
      }
    }
    assertTrue(normalized.size() > 100, "too few measures parsed: " + normalized.size());
  }

  static Set<String> scan(String phrase) {
    String p = ExactText.normalize(phrase);
    return normalized.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(w -> w.contains(p)))
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static void check(String phrase, List<String> failures) {
    Set<String> expected = scan(phrase);
    SearchResult r = searcher.search(SearchRequest.of("\"" + phrase + "\"").withPage(1, SearchRequest.MAX_SIZE));
    if (r.total() != expected.size()) {
      failures.add("'" + phrase + "': total " + r.total() + " != scan " + expected.size());
      return;
    }
    long sectionSum = r.facets().get("sectionType").stream().mapToLong(FacetValue::count).sum();
    if (sectionSum != expected.size()) failures.add("'" + phrase + "': facet sum " + sectionSum);
    if (expected.size() <= SearchRequest.MAX_SIZE) {
      Set<String> got = r.hits().stream().map(Hit::measureId).collect(Collectors.toCollection(TreeSet::new));
      if (!got.equals(expected)) failures.add("'" + phrase + "': " + got + " != " + expected);
    }
  }

  /** Quote marks (after width folding: ＂ 〝 〞) delimit phrases in the query language, so they cannot be inside one. */
  static boolean hasQuote(String s) {
    return s.chars().map(c -> Fold.normalizeChar((char) c)).anyMatch(c -> c == '"' || c == '“' || c == '”');
  }

  @Test
  void randomSubstringsMatchAPlainScan() {
    Random random = new Random(20240501);
    List<String> failures = new ArrayList<>();
    Set<String> tried = new HashSet<>();
    int attempts = 0;
    while (tried.size() < 600 && attempts++ < 100_000) {
      String text = originals.get(random.nextInt(originals.size()));
      int len = 2 + random.nextInt(7);
      if (text.length() < len) continue;
      int at = random.nextInt(text.length() - len + 1);
      String sub = text.substring(at, at + len);
      if (hasQuote(sub) || ExactText.normalize(sub).isEmpty() || !tried.add(sub)) continue;
      check(sub, failures);
    }
    assertEquals(600, tried.size());
    assertEquals(List.of(), failures);
  }

  @Test
  void singleCharsLongPhrasesDigitsAndPunctuation() {
    List<String> failures = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 40; i++) {
      String text = originals.get(random.nextInt(originals.size()));
      if (text.length() < 36) continue;
      int at = random.nextInt(text.length() - 35);
      String sub = text.substring(at, at + 30 + random.nextInt(6));
      if (!hasQuote(sub)) check(sub, failures);
    }
    for (String s : List.of("教", "的", "学", "年", "1", "%", "2023", "95%", "100%", "一是", "机制,加", "机制，加",
        "（一）", "第一", "师德师风", "課後服務", "教育局")) {
      check(s, failures);
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void traditionalAndSimplifiedFindTheSameMeasures() {
    for (String[] pair : List.of(new String[] {"教育", "教育"}, new String[] {"课后服务", "課後服務"},
        new String[] {"学校", "學校"}, new String[] {"质量", "質量"})) {
      SearchResult s = searcher.search(SearchRequest.of(pair[0]).withPage(1, 1));
      SearchResult t = searcher.search(SearchRequest.of(pair[1]).withPage(1, 1));
      assertEquals(s.total(), t.total(), pair[0] + " vs " + pair[1]);
      SearchResult qs = searcher.search(SearchRequest.of("\"" + pair[0] + "\"").withPage(1, 1));
      SearchResult qt = searcher.search(SearchRequest.of("\"" + pair[1] + "\"").withPage(1, 1));
      assertEquals(qs.total(), qt.total(), pair[0] + " vs " + pair[1]);
    }
  }

  /** Marks land on the original wording: the query is in the other script, the mark is on the page's own text. */
  @Test
  void mirrorPagesAreFoundAcrossScriptsWithMarksOnTheOriginal() {
    com.ibm.icu.text.Transliterator s2t = com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional");
    Random random = new Random(11);
    List<String> failures = new ArrayList<>();
    int traditional = 0;
    int simplified = 0;
    for (Plan p : corpus.plans.values()) {
      for (Measure m : p.passages()) {
        String text = m.text();
        if (text.length() < 12 || (!Fold.hasTraditional(text) && random.nextInt(4) != 0)) continue;
        int at = random.nextInt(text.length() - 6);
        String original = text.substring(at, at + 4);
        if (hasQuote(original) || ExactText.normalize(original).length() < 4) continue;
        boolean trad = Fold.hasTraditional(original);
        String query = trad ? Fold.toSimplified(original) : s2t.transliterate(original);
        if (query.equals(original) || query.length() != original.length()) continue;
        if (trad) traditional++; else simplified++;
        for (String q : List.of("\"" + query + "\"", query)) {
          SearchResult r = searcher.search(SearchRequest.of(q + " ").withPage(1, SearchRequest.MAX_SIZE));
          Hit hit = r.hits().stream().filter(h -> h.measureId().equals(m.id())).findFirst().orElse(null);
          if (hit == null && r.total() <= SearchRequest.MAX_SIZE) failures.add(q + " misses " + m.id());
          if (hit != null && !hit.matched().contains(original) && hit.matched().stream().noneMatch(x -> x.contains(original))) {
            failures.add(q + " marks " + hit.matched() + " not '" + original + "' in " + m.id());
          }
        }
      }
    }
    assertTrue(traditional >= 10 && simplified >= 10, traditional + " traditional, " + simplified + " simplified");
    assertEquals(List.of(), failures);
  }
}
