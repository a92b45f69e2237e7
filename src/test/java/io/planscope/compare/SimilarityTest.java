package io.planscope.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {
  @Test
  void identicalTextsScoreOne() {
    assertEquals(1.0, Similarity.of(TextDiffTest.SAMPLE, TextDiffTest.SAMPLE).score());
  }

  @Test
  void traditionalMirrorWithOtherPunctuationScoresOne() {
    Similarity.Score s = Similarity.of("加強教師隊伍建設，完善培訓體系。", "加强教师队伍建设, 完善培训体系");
    assertEquals(1.0, s.score());
  }

  @Test
  void scoreIsTheShareOfAlignedCharactersInRunsOfTwoOrMore() {
    // 新建幼儿园 (5) and 个 (1, too short to count) align; 10 + 8 normalized chars
    Similarity.Score s = Similarity.of("新建幼儿园1800个", "新建幼儿园24个");
    assertEquals(Similarity.round(2.0 * 5 / 18), s.score());
    assertEquals(1, s.shared().size());
    assertArrayEquals(new int[] {0, 5, 0, 5}, s.shared().get(0));
  }

  @Test
  void sharedSpansAreOriginalOffsetsAcrossRemovedPunctuation() {
    String a = "一、加强领导，落实责任。";
    String b = "要加强领导落实责任";
    Similarity.Score s = Similarity.of(a, b);
    assertEquals(1, s.shared().size());
    int[] span = s.shared().get(0);
    assertEquals("加强领导，落实责任", a.substring(span[0], span[1]));
    assertEquals("加强领导落实责任", b.substring(span[2], span[3]));
  }

  @Test
  void unrelatedTextsScoreLow() {
    assertTrue(Similarity.of("加强师资队伍培训", "推进课程教学改革").score() < 0.2);
  }

  @Test
  void upperBoundNeverBelowTheScore() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      NormalizedText a = NormalizedText.of(TextDiffTest.randomText(random));
      NormalizedText b = NormalizedText.of(
          random.nextBoolean() ? TextDiffTest.edit(a.original(), random) : TextDiffTest.randomText(random));
      double score = Similarity.score(a, b);
      assertTrue(Similarity.upperBound(a, b) + 1e-4 >= score, a.original() + " | " + b.original());
      assertTrue(Similarity.mayReach(a, b, score), a.original() + " | " + b.original());
      int[] ca = a.chars();
      int[] cb = b.chars();
      assertEquals(lcs(ca, cb), a.lcsLength(b), a.original() + " | " + b.original());
    }
  }

  @Test
  void bitParallelLcsMatchesTheTableOnLongTexts() {
    Random random = new Random(9);
    for (int i = 0; i < 200; i++) {
      StringBuilder x = new StringBuilder();
      StringBuilder y = new StringBuilder();
      int n = random.nextInt(300);
      for (int k = 0; k < n; k++) x.append((char) ('一' + random.nextInt(6)));
      for (int k = 0; k < random.nextInt(300); k++) y.append((char) ('一' + random.nextInt(6)));
      NormalizedText a = NormalizedText.of(x.toString());
      NormalizedText b = NormalizedText.of(y.toString());
      assertEquals(lcs(a.chars(), b.chars()), a.lcsLength(b));
    }
  }

  @Test
  void alignmentFindsALongestCommonSubsequence() {
    Random random = new Random(3);
    for (int round = 0; round < 1000; round++) {
      int[] a = random.ints(random.nextInt(30), 0, 4).toArray();
      int[] b = random.ints(random.nextInt(30), 0, 4).toArray();
      List<Alignment.Block> blocks = Alignment.blocks(a, b);
      int total = 0;
      int lastA = 0;
      int lastB = 0;
      for (Alignment.Block blk : blocks) {
        assertTrue(blk.aStart() >= lastA && blk.bStart() >= lastB);
        for (int k = 0; k < blk.length(); k++) assertEquals(a[blk.aStart() + k], b[blk.bStart() + k]);
        lastA = blk.aStart() + blk.length();
        lastB = blk.bStart() + blk.length();
        total += blk.length();
      }
      assertEquals(lcs(a, b), total);
    }
  }

  @Test
  void longVeryDifferentInputsFallBackToLinearSpaceAndStillAlign() {
    Random random = new Random(5);
    int[] a = random.ints(2500, 0, 30).toArray();
    int[] b = random.ints(2500, 0, 30).toArray();
    int total = Alignment.blocks(a, b).stream().mapToInt(Alignment.Block::length).sum();
    assertTrue(total > 0 && total <= lcs(a, b), total + " vs " + lcs(a, b));
  }

  private static int lcs(int[] a, int[] b) {
    int[][] t = new int[a.length + 1][b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[a.length][b.length];
  }
}
