package io.planscope.bench;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The fixed query workload, drawn deterministically (seeded) from the indexed corpus: K sampled plans (sorted by
 * id), and from their measures, per query:
 *
 * <ul>
 *   <li>words: two smartcn words (≥ 2 Han characters) of one measure, e.g. {@code 课后服务 质量};
 *   <li>phrase: a 4–8 character all-Han substring of a measure, quoted; the same phrases feed concordance and trend;
 *   <li>facets: that phrase with region = the plan's province, year = plan year ± 3, section = the measure's type;
 *   <li>browse: no words, region = a plan's province and year = its year;
 *   <li>similar / diff: a measure's id; the diff pairs it with a measure of another sampled plan;
 *   <li>draft: a pasted paragraph (that measure and the two after it, as a writer drafting from precedent would
 *       paste them), for the precedents of a draft;
 *   <li>compare: two sampled plans.
 * </ul>
 */
record Workload(List<Query> queries) {
  private static final int MAX_DRAFT_CHARS = io.planscope.compare.SimilarMeasures.MAX_DRAFT_CHARS;

  /** One query; {@code a}/{@code b} are the text or ids it needs, filters for search classes. */
  record Query(String kind, String q, Map<String, List<String>> filters, String a, String b) {}

  static final List<String> KINDS =
      List.of("words", "phrase", "facets", "browse", "similar", "draft", "diff", "compare", "kwic", "trend");

  static Workload draw(List<Plan> sample, long seed, int perClass) {
    SplittableRandom rng = new SplittableRandom(seed);
    Analyzer smartcn = new SmartChineseAnalyzer();
    List<Query> qs = new ArrayList<>();
    for (int i = 0; i < perClass; i++) {
      Plan p = sample.get(rng.nextInt(sample.size()));
      Measure m = p.measures().get(rng.nextInt(p.measures().size()));
      Plan other = sample.get(rng.nextInt(sample.size()));
      Measure om = other.measures().get(rng.nextInt(other.measures().size()));
      String phrase = phrase(m.text(), rng);
      String province = p.region() == null || p.region().province() == null ? "北京市" : p.region().province();
      int year = p.year() == null ? 2020 : p.year();
      qs.add(new Query("words", words(smartcn, m.text(), rng), Map.of(), null, null));
      qs.add(new Query("phrase", "\"" + phrase + "\"", Map.of(), null, null));
      qs.add(new Query("facets", "\"" + phrase + "\"",
          filters("region", province, "year", (year - 3) + ".." + (year + 3), "section", m.sectionType().id()),
          null, null));
      qs.add(new Query("browse", "", filters("region", province, "year", String.valueOf(year)), null, null));
      qs.add(new Query("similar", null, Map.of(), m.id(), null));
      qs.add(new Query("draft", null, Map.of(), draft(p, m), null)); // no draw: the other classes stay as they were
      qs.add(new Query("diff", null, Map.of(), m.id(), om.id()));
      qs.add(new Query("compare", null, Map.of(), p.id(), other.id()));
      qs.add(new Query("kwic", "\"" + phrase + "\"", Map.of(), null, null));
      qs.add(new Query("trend", "\"" + phrase + "\"", Map.of(), null, null));
    }
    return new Workload(List.copyOf(qs));
  }

  List<Query> of(String kind) {
    return queries.stream().filter(q -> q.kind().equals(kind)).toList();
  }

  /** The measure's text and the next two of its plan, one per line, cut to what a draft search accepts. */
  static String draft(Plan p, Measure m) {
    int at = p.measures().indexOf(m);
    StringBuilder b = new StringBuilder();
    for (int i = at; i < Math.min(p.measures().size(), at + 3); i++) {
      if (b.length() + p.measures().get(i).text().length() > MAX_DRAFT_CHARS) break;
      b.append(p.measures().get(i).text()).append('\n');
    }
    return b.isEmpty() ? m.text().substring(0, Math.min(m.text().length(), MAX_DRAFT_CHARS)) : b.toString().strip();
  }

  /** A 4–8 character run of Han characters in the normalized text (falls back to the first 4 characters). */
  static String phrase(String text, SplittableRandom rng) {
    String t = Fold.normalize(text);
    for (int tries = 0; tries < 50; tries++) {
      int len = 4 + rng.nextInt(5);
      if (t.length() <= len) break;
      int start = rng.nextInt(t.length() - len);
      String s = t.substring(start, start + len);
      if (s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) return s;
    }
    return t.substring(0, Math.min(4, t.length()));
  }

  static String words(Analyzer smartcn, String text, SplittableRandom rng) {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = smartcn.tokenStream("t", Fold.toSimplified(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String w = term.toString();
        if (w.length() >= 2 && w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
          words.add(w);
        }
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (words.isEmpty()) return "教育";
    return words.get(rng.nextInt(words.size())) + " " + words.get(rng.nextInt(words.size()));
  }

  /**
   * One value per dimension, from (dimension, value) pairs, in the order given: the filters run and print in the same
   * order in every run, where {@code Map.of}'s order changes per JVM.
   */
  private static Map<String, List<String>> filters(String... dimensionValue) {
    Map<String, List<String>> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < dimensionValue.length; i += 2) m.put(dimensionValue[i], List.of(dimensionValue[i + 1]));
    return m;
  }
}
