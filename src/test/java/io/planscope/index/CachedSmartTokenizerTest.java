package io.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CachedSmartTokenizerTest {
  /** The ranked chain as it was before the cache: Lucene's own HMMChineseTokenizer. */
  private static final Analyzer REFERENCE = Analyzers.rankedWith(HMMChineseTokenizer::new);


  @Test
  void sameTokensAsSmartcnOnTheDemoCorpusColdAndWarm() throws IOException {
    List<String> texts = demoTexts();
    assertTrue(texts.size() >= 50, "demo corpus texts: " + texts.size());
    Analyzers.clearCaches();
    for (int round = 0; round < 2; round++) { // the second round is served from the cache
      for (String text : texts) assertEquals(tokens(REFERENCE, text), tokens(Analyzers.ranked(), text));
    }
    assertTrue(Analyzers.segmentationCacheStats()[0] > 0, "the second round hit the cache");
  }

  @Test
  void aCachedSentenceGetsTheOffsetsOfWhereItStands() throws IOException {
    Analyzers.clearCaches();
    String sentence = "全面加强教师队伍建设，落实教师减负清单。";
    String text = sentence + "（二）推进ＡＩ教育应用，覆盖率达到95%。" + sentence + "師德師風建設。" + sentence;
    assertEquals(tokens(REFERENCE, text), tokens(Analyzers.ranked(), text));
    assertEquals(tokens(REFERENCE, "Ｗｉ-Ｆｉ 2024年" + sentence), tokens(Analyzers.ranked(), "Ｗｉ-Ｆｉ 2024年" + sentence));
    assertTrue(Analyzers.segmentationCacheStats()[0] >= 2, "repeats were served from the cache");
  }

  @Test
  void edgeCasesMatch() throws IOException {
    for (String text : List.of("", "。", "  ", "a", "2024", "一", "……", "ABC def 123", "教育".repeat(400))) {
      assertEquals(tokens(REFERENCE, text), tokens(Analyzers.ranked(), text), text);
    }
  }

  private static List<String> demoTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("planscope.home", ".")).resolve("corpus/demo"))) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(html|txt)$")).sorted().toList()) {
        String raw = new String(Files.readAllBytes(f), StandardCharsets.UTF_8); // GBK pages still give mixed text
        texts.add(f.toString().endsWith(".html") ? Jsoup.parse(raw).text() : raw);
      }
    }
    return texts;
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + off.startOffset() + "-" + off.endOffset() + "+" + pos.getPositionIncrement() + ":" + type.type());
      }
      ts.end();
      out.add("end@" + off.endOffset());
    }
    return out;
  }
}
