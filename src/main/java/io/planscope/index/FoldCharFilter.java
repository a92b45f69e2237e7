package io.planscope.index;

import io.planscope.text.Fold;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds the whole input with {@link Fold#normalize} (traditional → simplified, full-width → ASCII) before any
 * tokenizer sees it. It reads the whole field value first because the transliterator is context-aware. The fold keeps
 * the length, so offsets need no correction and highlights land right on the original text.
 */
public final class FoldCharFilter extends CharFilter {
  private Reader folded;

  public FoldCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (folded == null) folded = new StringReader(Fold.normalize(ExactTokenizer.readAll(input)));
    return folded.read(buf, off, len);
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff; // Fold is length-preserving
  }
}
