package io.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FoldTest {
  @Test
  void foldsTraditionalToSimplifiedKeepingLength() {
    String trad = "（一）加強師德師風建設。開展教師隊伍專項培訓。";
    String simp = Fold.toSimplified(trad);
    assertEquals("（一）加强师德师风建设。开展教师队伍专项培训。", simp);
    assertEquals(trad.length(), simp.length());
  }

  @Test
  void leavesSimplifiedTextUntouched() {
    String simp = "全面落实立德树人根本任务，学前三年毛入园率达到92%。";
    assertFalse(Fold.hasTraditional(simp));
    assertSame(simp, Fold.toSimplified(simp));
  }

  @Test
  void normalizesWidthBracketsAndWordArtifacts() {
    String raw = "〔二〕贯彻落实?关于加强中小学校党的建设的意见?，新增学位１８００个，落实“三审三校〞制度";
    String n = Fold.normalize(raw);
    assertEquals("(二)贯彻落实《关于加强中小学校党的建设的意见》,新增学位1800个,落实“三审三校”制度", n);
    assertEquals(raw.length(), n.length());
  }

  @Test
  void keepsRealQuestionMarksAlone() {
    assertEquals("怎么办? 再说", Fold.normalize("怎么办？ 再说"));
    assertTrue(Fold.normalize("是否合格?否则").contains("?"));
  }
}
