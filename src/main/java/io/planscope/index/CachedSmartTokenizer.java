package io.planscope.index;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

/**
 * SmartChinese segmentation (the same tokens, offsets and types as Lucene's {@code HMMChineseTokenizer}) with the
 * segmentation of each sentence memoized. smartcn segments sentence by sentence, independently, so a sentence seen
 * before can reuse its tokens exactly. Plans repeat themselves: the plan title sits on every measure document, the
 * outline path on every measure of a section, and the same sentences spread across regions and years (that is what
 * the users study). {@code CachedSmartTokenizerTest} checks the tokens equal smartcn's on real-looking text.
 *
 * <p>The cache is shared by all threads and bounded: it is cleared when it reaches {@value #MAX_SENTENCES} entries
 * (a few tens of MB at most), which keeps the common sentences warm without an LRU's bookkeeping.
 */
final class CachedSmartTokenizer extends SegmentingTokenizerBase {
  static final int MAX_SENTENCES = 100_000;
  private static final int MAX_CACHED_LENGTH = 400;
  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);
  private static final ConcurrentHashMap<String, Segmented> CACHE = new ConcurrentHashMap<>();
  private static final LongAdder HITS = new LongAdder();
  private static final LongAdder MISSES = new LongAdder();

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final HHMMSegmenter segmenter = new HHMMSegmenter();
  private final SegTokenFilter filter = new SegTokenFilter();
  private Segmented current;
  private int sentenceOffset;
  private int next;

  CachedSmartTokenizer() {
    super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, (BreakIterator) SENTENCES.clone());
  }

  /**
   * One sentence's tokens: the terms back to back in {@code chars} (term i is {@code chars[ends[i-1]..ends[i])}),
   * offsets relative to the sentence.
   */
  private record Segmented(char[] chars, int[] termEnds, int[] starts, int[] ends) {
    int size() {
      return termEnds.length;
    }
  }

  /** Hits and misses so far (the bench reports the hit rate). */
  record Stats(long hits, long misses) {}

  static Stats stats() {
    return new Stats(HITS.sum(), MISSES.sum());
  }

  /** Forgets every cached sentence (the bench starts each stage cold). */
  static void clear() {
    CACHE.clear();
    HITS.reset();
    MISSES.reset();
  }

  @Override
  protected void setNextSentence(int sentenceStart, int sentenceEnd) {
    String sentence = new String(buffer, sentenceStart, sentenceEnd - sentenceStart);
    sentenceOffset = offset + sentenceStart;
    next = 0;
    if (sentence.length() > MAX_CACHED_LENGTH) {
      current = segment(sentence);
      return;
    }
    Segmented cached = CACHE.get(sentence);
    if (cached != null) {
      HITS.increment();
      current = cached;
      return;
    }
    MISSES.increment();
    current = segment(sentence);
    if (CACHE.size() >= MAX_SENTENCES) CACHE.clear();
    CACHE.put(sentence, current);
  }

  /** What {@code WordSegmenter.segmentSentence} does: drop the begin/end markers, copy strings, filter. */
  private Segmented segment(String sentence) {
    List<SegToken> tokens = segmenter.process(sentence);
    if (tokens.size() <= 2) return new Segmented(new char[0], new int[0], new int[0], new int[0]);
    tokens = tokens.subList(1, tokens.size() - 1);
    int n = tokens.size();
    int[] termEnds = new int[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    StringBuilder chars = new StringBuilder(sentence.length() + 8);
    for (int i = 0; i < n; i++) {
      SegToken t = tokens.get(i);
      switch (t.wordType) {
        case WordType.STRING, WordType.NUMBER, WordType.FULLWIDTH_STRING, WordType.FULLWIDTH_NUMBER ->
            t.charArray = sentence.substring(t.startOffset, t.endOffset).toCharArray();
        default -> {}
      }
      t = filter.filter(t);
      chars.append(t.charArray);
      termEnds[i] = chars.length();
      starts[i] = t.startOffset;
      ends[i] = t.endOffset;
    }
    char[] all = new char[chars.length()];
    chars.getChars(0, all.length, all, 0);
    return new Segmented(all, termEnds, starts, ends);
  }

  @Override
  protected boolean incrementWord() {
    if (current == null || next >= current.size()) return false;
    int i = next++;
    int from = i == 0 ? 0 : current.termEnds[i - 1];
    clearAttributes();
    termAtt.copyBuffer(current.chars, from, current.termEnds[i] - from);
    offsetAtt.setOffset(correctOffset(sentenceOffset + current.starts[i]), correctOffset(sentenceOffset + current.ends[i]));
    typeAtt.setType("word");
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    current = null;
    next = 0;
  }
}
