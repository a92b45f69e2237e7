package io.planscope.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A magazine's, paper's or account's note over a document it reprints: "为方便本刊读者及时了解…，本刊特予全文转载该《工作要点》。",
 * "编者按：…", and the clause that hands over to the text: "近日，某市教育局印发《2099年工作要点》，全文如下：". The note speaks
 * about the reprint, not about the work, and a plan never calls itself 本刊 nor says "全文如下" of itself.
 *
 * <p>Only the note's sentences go ({@link #cut}): the news sentence before them ("1月22日，某省教育厅印发《…》") names the
 * document, its issuer and its year, which the plan's metadata is read from when the reprint has no title line. A line
 * that is all note is removed whole by {@link Boilerplate} ({@link #isNote}).
 */
final class RepostNotes {
  static final String REASON = "repost note (本刊转载, 全文如下)";
  private static final int MAX = 400;
  // the publication speaking of itself, and what it does with the document
  private static final Pattern SELF = Pattern.compile("本刊|本报|本网|本站|本号|本公众号|本栏目|小编");
  private static final Pattern REPRINT = Pattern.compile("转载|转发|刊登|刊发|刊载|登载|全文|原文|摘编|编发");
  // "…，全文如下：", "现将全文转载如下", "以下为全文" — a clause handing over to the text, at the end of a line
  private static final Pattern LEAD =
      Pattern.compile("[,，]?\\s*(?:现将)?(?:(?:全文|原文)(?:转载|刊发|公布)?如下|以下(?:为|是)(?:文件)?全文)\\s*[:：。]?\\s*$");
  private static final Pattern EDITOR = Pattern.compile("^[【\\[(]?编者按[】\\])]?\\s*[:：]");
  private static final Pattern SENTENCE = Pattern.compile("[^。！!？?]+[。！!？?]?");

  private RepostNotes() {}

  /** Whether the normalized line is nothing but a reprint's note: an editor's note, or note sentences only. */
  static boolean isNote(String norm) {
    if (norm.length() > MAX) return false;
    if (EDITOR.matcher(norm).find()) return true;
    Matcher s = SENTENCE.matcher(norm);
    boolean any = false;
    while (s.find()) {
      if (s.group().isBlank()) continue;
      if (!isNoteSentence(s.group()) && !LEAD.matcher(s.group()).lookingAt()) return false;
      any = true;
    }
    return any;
  }

  /** The cheap test first: every note holds 本 (本刊, 本报…), 小编, 如下 or 全文. */
  private static boolean mayHold(String norm) {
    return norm.indexOf('本') >= 0 || norm.contains("小编") || norm.contains("如下") || norm.contains("全文");
  }

  private static boolean isNoteSentence(String sentence) {
    return SELF.matcher(sentence).find() && REPRINT.matcher(sentence).find();
  }

  /**
   * The line without its note sentences and its handover clause; the line itself when it has none, or when nothing
   * else is left (then {@link #isNote} removes it, with its reason).
   */
  static Line cut(Line line) {
    String norm = line.norm();
    if (norm.length() > MAX || !mayHold(norm)) return line;
    Matcher s = SENTENCE.matcher(norm);
    LineBuilder kept = null;
    boolean cut = false;
    while (s.find()) {
      if (isNoteSentence(s.group())) {
        cut = true;
        continue;
      }
      Line piece = line.slice(s.start(), s.end());
      Matcher lead = LEAD.matcher(s.group());
      if (lead.find()) {
        piece = line.slice(s.start(), s.start() + lead.start());
        cut = true;
      }
      kept = kept == null ? new LineBuilder(piece) : kept.append("", piece);
    }
    if (!cut || kept == null) return line;
    Line out = kept.toLine().strip();
    return out.norm().isEmpty() ? line : out;
  }
}
