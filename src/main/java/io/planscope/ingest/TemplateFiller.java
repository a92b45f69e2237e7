package io.planscope.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a slide or report template leaves in a document that was filled in carelessly, and a document site then
 * printed as text: the presenter placeholder ("汇报人:XXXX") and the template's English filler ("Your content to play
 * here, or through your copy, paste in this box, and select only the text."). Both are cut from the line; the plan's
 * text around them stays. Work is one pass over the line.
 */
final class TemplateFiller {
  // "汇报人:XXXX", "主讲人：××" — a placeholder never filled in
  private static final Pattern PRESENTER = Pattern.compile("(?:汇报人|主讲人|汇报时间|演讲人)\\s*[:：]\\s*[Xx×*＊]{2,}");
  // a run of English words with sentence stops inside Chinese text: at least this long, with this many spaces
  private static final int MIN_FILLER = 60;
  private static final int MIN_SPACES = 8;

  private TemplateFiller() {}

  /** The line without template placeholders and English filler; the line itself when it has none. */
  static Line drop(Line line) {
    Line out = dropPresenter(line);
    int[] run = englishRun(out.norm());
    if (run == null) return out;
    Line cut = new Line(out.text().substring(0, run[0]) + out.text().substring(run[1]),
        out.norm().substring(0, run[0]) + out.norm().substring(run[1]));
    return cut.strip().norm().isEmpty() ? out : cut;
  }

  private static Line dropPresenter(Line line) {
    if (line.norm().indexOf('人') < 0 && line.norm().indexOf("时间") < 0) return line;
    Matcher m = PRESENTER.matcher(line.norm());
    if (!m.find()) return line;
    return new Line(line.text().substring(0, m.start()) + line.text().substring(m.end()),
        line.norm().substring(0, m.start()) + line.norm().substring(m.end()));
  }

  /**
   * [start, end) of the longest run of ASCII letters, spaces and punctuation that reads as English sentences (long,
   * many spaces, a full stop) in a line that also has Chinese; null when there is none.
   */
  private static int[] englishRun(String norm) {
    if (asciiLetters(norm) < MIN_FILLER / 2) return null; // most lines: no English to speak of
    int[] best = null;
    int start = -1;
    int spaces = 0;
    boolean stop = false;
    boolean han = false;
    for (int i = 0; i <= norm.length(); i++) {
      char c = i < norm.length() ? norm.charAt(i) : '\u4e00';
      if (c < 0x80 && (Character.isLetter(c) || " ,.'!?;:-".indexOf(c) >= 0)) {
        if (start < 0) {
          start = i;
          spaces = 0;
          stop = false;
        }
        if (c == ' ') spaces++;
        if (c == '.') stop = true;
        continue;
      }
      if (!han && i < norm.length() && Boilerplate.isHan(c)) han = true;
      if (start >= 0 && i - start >= MIN_FILLER && spaces >= MIN_SPACES && stop
          && (best == null || i - start > best[1] - best[0])) {
        best = new int[] {start, i};
      }
      start = -1;
    }
    return han ? best : null;
  }

  private static int asciiLetters(String norm) {
    int n = 0;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (c < 0x80 && Character.isLetter(c)) n++;
    }
    return n;
  }
}
