package io.planscope.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Tokens of the {@code exact} field over {@link ExactText}: one position per kept char (a surrogate pair is one
 * char here), holding the bigram that char starts; the last char, which starts none, holds its unigram. Queries use
 * the same bigrams. A phrase of bigrams at consecutive positions pins every char, so a PhraseQuery over them matches
 * exactly the texts that contain the folded phrase: no segmentation can miss it, and repeated bigrams cannot produce
 * a false match because positions are exact (slop 0). A one-char phrase is every term starting with that char
 * ({@link ExactText#oneCharQuery}). Indexing unigrams at every position as well doubled the field's tokens, and
 * inverting tokens is most of the indexing time.
 */
final class ExactTokenizer extends Tokenizer {
  private final boolean indexing;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private ExactText text;
  private int[] units; // start index in text.folded() of each code point, plus a final sentinel
  private int pos;
  private int endOffset;

  ExactTokenizer(boolean indexing) {
    this.indexing = indexing;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    String original = readAll(input);
    endOffset = correctOffset(original.length());
    text = ExactText.of(original);
    String f = text.folded();
    units = f.codePoints().map(cp -> Character.charCount(cp)).toArray();
    int at = 0;
    for (int i = 0; i < units.length; i++) {
      int len = units[i];
      units[i] = at;
      at += len;
    }
    units = java.util.Arrays.copyOf(units, units.length + 1);
    units[units.length - 1] = f.length();
    pos = 0;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    int n = units.length - 1;
    if (indexing && pos == n - 1) { // the last char has no bigram to start: its unigram stands in
      emit(pos, pos + 1, 1);
      pos++;
      return true;
    }
    if (!indexing && n == 1 && pos == 0) {
      emit(0, 1, 1);
      pos = 1;
      return true;
    }
    if (pos + 1 >= n) return false;
    emit(pos, pos + 2, 1);
    pos++;
    return true;
  }

  private void emit(int fromUnit, int toUnit, int increment) {
    int from = units[fromUnit];
    int to = units[toUnit];
    term.setEmpty().append(text.folded(), from, to);
    offset.setOffset(correctOffset(text.originalStart(from)), correctOffset(text.originalEnd(to)));
    posInc.setPositionIncrement(increment);
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(endOffset, endOffset);
  }

  static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    for (int n; (n = reader.read(buf)) != -1; ) sb.append(buf, 0, n);
    return sb.toString();
  }
}
