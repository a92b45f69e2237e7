package io.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;

class MinHashTokenizerTest {
  private static final String POOL =
      "深化教育领域综合改革全面落实立德树人根本任务推进义务教育优质均衡发展加强教师队伍建设提升课后服务质量健全学生心理健康"
          + "工作体系扎实推进校园安全管理持续规范民办教育发展办好人民满意的教育";

  @Test
  void sharedBucketsEstimateTheShingleJaccard() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    double totalError = 0;
    int pairs = 300;
    for (int p = 0; p < pairs; p++) {
      String a = randomText(random, 40 + random.nextInt(80));
      String b = mutate(random, a, random.nextInt(a.length() / 2 + 1));
      double exact = jaccard(shingles(a), shingles(b));
      List<String> ta = terms(a);
      List<String> tb = terms(b);
      double estimate = (double) shared(ta, tb) / eitherFilled(ta, tb);
      totalError += Math.abs(exact - estimate);
      assertTrue(Math.abs(exact - estimate) < 0.25, "pair " + p + ": exact " + exact + " estimate " + estimate);
    }
    assertTrue(totalError / pairs < 0.06, "mean error " + totalError / pairs);
  }

  @Test
  void scriptWidthAndPunctuationDoNotChangeTheSignature() throws Exception {
    assertEquals(terms("推进ＡＩ教育应用，覆盖率达到９５%。"), terms("推進AI教育應用 覆蓋率達到95%"));
    assertEquals(terms("STEM教育"), terms("stem 教育"));
  }

  @Test
  void unrelatedTextsShareAlmostNothingAndEmptyTextHasNoTerms() throws Exception {
    assertTrue(shared(terms("全面加强教师队伍建设落实减负清单"), terms("扎实推进校园安全管理规范民办教育")) <= 4);
    assertEquals(List.of(), terms("，。！"));
    assertEquals(1, terms("教").size());
    assertEquals(2, terms("课后服务").size(), "two shingles, two buckets");
    String longer = "深化教育领域综合改革全面落实立德树人根本任务推进义务教育优质均衡发展加强教师队伍建设";
    List<String> t = terms(longer);
    assertTrue(t.size() > 20 && t.size() < longer.length() - 2, "one term per filled bucket: " + t.size());
    assertEquals(t.size(), new HashSet<>(t).size(), "every bucket is a distinct term");
  }

  private static String randomText(SplittableRandom r, int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int from = r.nextInt(POOL.length() - 6);
      sb.append(POOL, from, from + 2 + r.nextInt(5));
    }
    return sb.toString();
  }

  private static String mutate(SplittableRandom r, String s, int edits) {
    StringBuilder sb = new StringBuilder(s);
    for (int i = 0; i < edits; i++) {
      int at = r.nextInt(sb.length());
      sb.setCharAt(at, POOL.charAt(r.nextInt(POOL.length())));
    }
    return sb.toString();
  }

  private static Set<String> shingles(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 <= s.length(); i++) out.add(s.substring(i, i + 3));
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    long common = a.stream().filter(b::contains).count();
    return (double) common / union.size();
  }

  /** Buckets filled in either signature (a term's first byte is its bucket): the estimator's denominator. */
  private static int eitherFilled(List<String> a, List<String> b) {
    Set<String> buckets = new HashSet<>();
    for (String t : a) buckets.add(t.substring(0, 2));
    for (String t : b) buckets.add(t.substring(0, 2));
    return buckets.size();
  }

  private static int shared(List<String> a, List<String> b) {
    Set<String> set = new HashSet<>(a);
    return (int) b.stream().filter(set::contains).count();
  }

  /** The signature's terms (hex), by the index's analyzer. */
  static List<String> terms(String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = Analyzers.minHash().tokenStream(Fields.MINHASH, text)) {
      TermToBytesRefAttribute t = ts.addAttribute(TermToBytesRefAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        var ref = t.getBytesRef();
        out.add(HexFormat.of().formatHex(ref.bytes, ref.offset, ref.length));
      }
      ts.end();
    }
    return out;
  }
}
