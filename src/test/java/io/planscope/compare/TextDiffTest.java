package io.planscope.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDiffTest {
  static final String SAMPLE =
      "全年新建改扩建幼儿园1800个，学前三年毛入园率达到92%以上。深化教育评价改革，落实立德树人根本任务，"
          + "推进义务教育优质均衡发展。加强教师队伍建设，完善中小学教师培训体系，2024年完成全员轮训。";

  static String rebuildA(List<Op> ops) {
    StringBuilder sb = new StringBuilder();
    ops.forEach(op -> sb.append(op.aText()));
    return sb.toString();
  }

  static String rebuildB(List<Op> ops) {
    StringBuilder sb = new StringBuilder();
    ops.forEach(op -> sb.append(op.bText()));
    return sb.toString();
  }

  @Test
  void changedNumberIsOneDeleteAndOneInsert() {
    TextDiff.Diff d = TextDiff.of("新建幼儿园1800个，入园率达到92%以上。", "新建幼儿园2400个，入园率达到95%以上。");
    assertEquals(
        List.of(
            Op.equal("新建幼儿园", "新建幼儿园"),
            Op.delete("1800个"),
            Op.insert("2400个"),
            Op.equal("，入园率达到", "，入园率达到"),
            Op.delete("92%"),
            Op.insert("95%"),
            Op.equal("以上。", "以上。")),
        d.ops());
  }

  @Test
  void yearAndInsertedWordsReadAsWholeChanges() {
    List<Op> ops = TextDiff.of("2023年新建幼儿园10所。", "2024年新建公办幼儿园12所。").ops();
    assertTrue(ops.contains(Op.delete("2023年")), ops.toString());
    assertTrue(ops.contains(Op.insert("2024年")), ops.toString());
    assertTrue(ops.contains(Op.insert("公办")), ops.toString());
    assertTrue(ops.contains(Op.delete("10所")), ops.toString());
  }

  @Test
  void unrelatedSentencesDoNotScatterIntoSingleCharacters() {
    List<Op> ops = TextDiff.of("加强师资队伍培训工作。", "推进课程教学改革工作。").ops();
    assertEquals(
        List.of(Op.delete("加强师资队伍培训"), Op.insert("推进课程教学改革"), Op.equal("工作。", "工作。")), ops);
  }

  @Test
  void ignoringScriptAndWidthKeepsBothOriginals() {
    String a = "加強教師隊伍建設，完善培訓體系。";
    String b = "加强教师队伍建设,完善培训体系。";
    TextDiff.Diff exact = TextDiff.of(a, b, false);
    assertTrue(exact.ops().size() > 1);
    TextDiff.Diff folded = TextDiff.of(a, b, true);
    assertEquals(List.of(new Op(Op.Type.EQUAL, a, b)), folded.ops());
    assertEquals(1.0, folded.similarity());
    assertEquals(1.0, exact.similarity(), "the score always folds script and width");
  }

  @Test
  void emptySidesAreWholeInsertsOrDeletes() {
    assertEquals(List.of(Op.insert("新增条目")), TextDiff.of("", "新增条目").ops());
    assertEquals(List.of(Op.delete("删除条目")), TextDiff.of("删除条目", "").ops());
    assertEquals(List.of(), TextDiff.of("", "").ops());
  }

  @Test
  void tooLongTextIsRefusedWithItsLength() {
    String huge = "字".repeat(TextDiff.MAX_LENGTH + 1);
    CompareException e = assertThrows(CompareException.class, () -> TextDiff.of(huge, "字"));
    assertTrue(e.getMessage().contains("text a has 200001 characters"), e.getMessage());
  }

  @Test
  void opsRebuildBothTextsForRandomEdits() {
    Random random = new Random(42);
    for (int round = 0; round < 3000; round++) {
      String a = randomText(random);
      String b = random.nextInt(4) == 0 ? randomText(random) : edit(a, random);
      boolean fold = random.nextBoolean();
      List<Op> ops = TextDiff.ops(a, b, fold);
      assertEquals(a, rebuildA(ops), () -> "a of " + a + " | " + b);
      assertEquals(b, rebuildB(ops), () -> "b of " + a + " | " + b);
      for (int i = 1; i < ops.size(); i++) {
        assertTrue(ops.get(i).op() != ops.get(i - 1).op(), "merged: " + ops);
      }
    }
  }

  static String randomText(Random random) {
    int start = random.nextInt(SAMPLE.length());
    int end = Math.min(SAMPLE.length(), start + random.nextInt(80));
    return SAMPLE.substring(start, end);
  }

  /** Real-looking edits: replace, insert or delete short runs, change digits, switch script or width. */
  static String edit(String text, Random random) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    String pool = "加强完善推进落实學校教師，、。；%0123456789１２３ 年个所";
    for (int e = 0; e < edits; e++) {
      int at = sb.isEmpty() ? 0 : random.nextInt(sb.length() + 1);
      int len = Math.min(sb.length() - at, random.nextInt(4));
      switch (random.nextInt(3)) {
        case 0 -> sb.delete(at, at + len);
        case 1 -> sb.insert(at, randomFrom(pool, random, 1 + random.nextInt(4)));
        default -> sb.replace(at, at + len, randomFrom(pool, random, 1 + random.nextInt(3)));
      }
    }
    return sb.toString();
  }

  private static String randomFrom(String pool, Random random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(pool.charAt(random.nextInt(pool.length())));
    return sb.toString();
  }

  @Test
  void twoLongUnrelatedTextsFallBackToACoarserGranularityWithinTheTimeLimit() {
    Random random = new Random(19);
    String a = TextDiffTestTexts.randomHan(random, 20_000);
    String b = TextDiffTestTexts.randomHan(random, 20_000);
    long start = System.nanoTime();
    TextDiff.Diff d = TextDiff.of(a, b, false);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 3_000, "took " + ms + " ms");
    assertTrue(d.granularity() != Granularity.TOKEN, d.granularity().id());
    assertEquals(a, rebuildA(d.ops()));
    assertEquals(b, rebuildB(d.ops()));
  }

  @Test
  void sentencesOfLongTextsAreAlignedWhenTokensCostTooMuch() {
    Random random = new Random(7);
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      String sentence = TextDiffTestTexts.randomHan(random, 30) + "。";
      a.append(sentence);
      b.append(i % 3 == 0 ? TextDiffTestTexts.randomHan(random, 30) + "。" : sentence);
    }
    TextDiff.Diff d = TextDiff.of(a.toString(), b.toString(), false, DiffBudget.of(200_000, java.time.Duration.ofSeconds(5)));
    assertEquals(Granularity.SENTENCE, d.granularity());
    assertEquals(a.toString(), rebuildA(d.ops()));
    assertEquals(b.toString(), rebuildB(d.ops()));
    assertTrue(d.similarity() > 0.5 && d.similarity() < 0.8, String.valueOf(d.similarity()));
  }

  @Test
  void aPassedDeadlineShowsTheWholeTextReplaced() {
    DiffBudget spent = new DiffBudget(Long.MAX_VALUE, System.nanoTime() - 1, () -> false);
    TextDiff.Diff d = TextDiff.of(SAMPLE, SAMPLE.replace("1800个", "2400个"), false, spent);
    assertEquals(Granularity.TEXT, d.granularity());
    assertEquals(List.of(Op.delete(SAMPLE), Op.insert(SAMPLE.replace("1800个", "2400个"))), d.ops());
  }

  @Test
  void shortTextsStayTokenLevel() {
    assertEquals(Granularity.TOKEN, TextDiff.of(SAMPLE, SAMPLE.replace("1800个", "2400个")).granularity());
  }
}
