package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a line that lost its line breaks where the outline goes on inside it: "…办好人民满意的教育。一、坚持和加强党的
 * 领导1.强化政治建设。把…2.夯实…" (a document site's extract, a PDF copied as one paragraph). A marker inside the line
 * starts a new line only when it continues its numbering (一 after nothing, 二 after 一, 2 after 1) and stands where
 * a break was: after a sentence stop, after a heading that has no stop yet ("一、坚持…领导" + "1."), or, for the first
 * item, right after a plan's title ("…2023年工作计划打算" + "一、"). (1) and ① stay: they are a paragraph's own parts
 * ({@link Enumerations#inlineNumbers}).
 */
final class RunOnLines {
  private static final int MIN_LENGTH = 60;
  private static final int MAX_HEADING = 40;
  private static final int WINDOW = 16;
  private static final String STOPS = "。；;：:！!？?";
  // "市教育局2025年工作要点2025年是…", "…工作要点范例xxxx年教育工作的…", "2018 年全县教育工作要点2018 年全县…",
  // "教育局 2099 年工作要点范文 2098 年是…" — the title runs straight into the opening's year
  private static final Pattern TITLE_THEN_YEAR =
      Pattern.compile("^(.{4,45}?(?:计划|要点|方案|打算|安排|思路|意见)(?:范例|范文|模板)?)(?=\\s?(?:(?:19|20)\\d\\d|20[xX×]{2}|[xX×]{2,4})\\s?年(?!\\d))");
  // "教育局2099上半年工作总结报告范文稿2099年,…", "2099年镇教育工作汇报某镇位于…": a dated summary's or report's title
  // run into its text; not "…工作总结(范文)和2100年工作计划", nor "…工作总结2100年工作计划" (a summary and a plan), nor a
  // title quoted in a sentence ("现将《2099年工作总结》和《…》印发给你们")
  private static final Pattern SUMMARY_HEAD =
      Pattern.compile("^(.{2,40}?(?:总结|總結|汇报|彙報|述职报告)(?:报告|報告)?(?:范文|范例|模板|稿)*+)(?![及和与暨、,，:：\\s》”\")）]|$)"
          + "(?!(?:19|20)\\d\\d\\s?年?[^,，。]{0,12}(?:计划|計劃|要点|打算|安排|思路))");
  private static final Pattern DATED = Pattern.compile("(?:19|20)\\d\\d|20[xX×]{2}|年度|上半年|下半年");
  // "…行动计划实施方案(2009 年2011 年)身心健康是…" — a plan's title with its years in brackets, then the opening
  private static final Pattern TITLE_THEN_TEXT =
      Pattern.compile("^(.{4,45}?(?:计划|要点|方案|规划|意见)[(（][^()（）]{0,12}(?:19|20)\\d\\d[^()（）]{0,12}[)）])(?=[\\p{IsHan}])");
  // what ends the title of a document on a document site: its kind, perhaps with the site's 范文/范例 added
  private static final Pattern DOCUMENT_TITLE_END =
      Pattern.compile("(?:\\d{4}\\s?年|年度).{0,20}(?:计划|要点|方案|打算|安排|思路|意见|总结|總結)(?:范文|范例|模板)*$");
  private static final String[] TITLE_ENDS = {"计划", "要点", "方案", "打算", "安排", "思路", "意见", "规划", "报告"};
  private static final int MIN_TITLE = 6;
  // "在全市教育系统推进会上的讲话同志们:今天,…", "…讲话稿老师们、同志们:…" — a speech's title, its salutation and
  // its text on one line: each goes on a line of its own, so that the speech reads as one
  private static final Pattern SPEECH_HEAD =
      Pattern.compile("^(.{4,60}?(?:讲话|讲话稿|发言|发言稿|致辞|讲稿))(\\s*" + NotPlan.AUDIENCE + "[:：])");

  private RunOnLines() {}

  static List<Line> split(Line line) {
    String norm = line.norm();
    Marker lead = Marker.parse(norm);
    // a short line is split only where a title runs into the first heading ("…发展规划报告一、总论", "…工作计划(一)强化…")
    // or a heading into its first item ("二、深化教育体制改革2、推进…")
    boolean firstHeading = norm.indexOf("一、") >= MIN_TITLE || norm.indexOf("(一)") >= MIN_TITLE;
    if (norm.length() < MIN_LENGTH && !firstHeading && !isOuter(lead) || Contents.startsGlued(norm)) {
      return List.of(line);
    }
    Matcher speech = SPEECH_HEAD.matcher(norm);
    if (mentions(norm, "讲", "发言", "致辞") && speech.lookingAt()) {
      List<Line> pieces = new ArrayList<>(split(line.slice(speech.end(), line.length()).strip()));
      pieces.add(0, line.slice(speech.end(1), speech.end()).strip());
      pieces.add(0, line.slice(0, speech.end(1)).strip());
      return pieces;
    }
    int title = titleEnd(norm);
    if (title > 0) {
      List<Line> pieces = new ArrayList<>(split(line.slice(title, line.length()).strip()));
      pieces.add(0, line.slice(0, title).strip());
      return pieces;
    }
    int[] last = new int[Marker.Style.values().length];
    if (lead != null) last[lead.style().ordinal()] = lead.number();
    List<Line> pieces = new ArrayList<>(1);
    int start = 0;
    boolean startBare = false;
    for (int i = 1; i < norm.length() - 1; i++) {
      if (!mayStartMarker(norm.charAt(i)) || !mayBreak(norm, start, i)) continue;
      Marker m = Marker.parse(norm.substring(i, Math.min(norm.length(), i + WINDOW)));
      boolean bare = m == null && (m = bareItem(norm, start, i, last)) != null;
      if (m == null || !splits(m.style()) && !parenItem(norm, start, i, m, last)) continue;
      if (!opensText(norm, i + m.length(), start, i)) continue;
      int seen = last[m.style().ordinal()];
      // numbering goes on (一 then 二); a line that a preview cut may start anywhere ("…全覆盖。3.压实…"), but then
      // only after a sentence stop
      boolean continues = m.number() == 1 || m.number() == seen + 1 || firstUnderHeading(norm, start, i, m, seen);
      if (!continues && !(seen == 0 && afterStop(norm, start, i))) continue;
      if (!breakBefore(norm, start, i, m)) continue;
      pieces.add(piece(line, start, i, startBare));
      start = i;
      startBare = bare;
      last[m.style().ordinal()] = m.number();
      resetDeeper(last, m.style());
    }
    if (start == 0) return List.of(line);
    pieces.add(piece(line, start, line.length(), startBare));
    return pieces;
  }

  /**
   * Whether a marker at i stands where a heading could start: not inside a title in book marks ("《…工作计划(一).doc》")
   * and followed by text, not by a file name's rest ("(一).doc_第2页").
   */
  private static boolean opensText(String norm, int after, int start, int i) {
    if (after >= norm.length() || "._/》-".indexOf(norm.charAt(after)) >= 0) return false;
    // "(一).doc": the marker took the extension's dot; "一、xxxx年…" (a masked year) is text
    if (norm.charAt(after - 1) == '.' && isAsciiLetter(norm.charAt(after))) return false;
    // an open 《 shortly before: the marker stands inside a quoted title (looked for in a bounded window)
    for (int k = i - 1; k >= Math.max(start, i - QUOTED_TITLE); k--) {
      if (norm.charAt(k) == '》') return true;
      if (norm.charAt(k) == '《') return false;
    }
    return true;
  }

  private static final int QUOTED_TITLE = 60;

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** A heading's marker, above the items numbered 1. 2.: 一、, （一）, 第一章. */
  private static boolean isOuter(Marker m) {
    return m != null && (m.style() == Marker.Style.CN || m.style() == Marker.Style.CN_PAREN || m.style() == Marker.Style.CHAPTER);
  }

  /**
   * "二、深化教育体制改革2、推进教育人事改革工作。" — items numbered on through the whole plan ("1、" under 一、, "2、" under
   * 二、): the first item after a numbered heading with no stop yet starts a line whatever its number.
   */
  private static boolean firstUnderHeading(String norm, int start, int i, Marker m, int seen) {
    if (m.style() != Marker.Style.ARABIC || seen != 0 || i - start > MAX_HEADING + 2) return false;
    if (!isOuter(Marker.parse(norm.substring(start, i)))) return false;
    return isHeading(norm.substring(start, lastNonSpace(norm, start, i) + 1).strip());
  }

  // "…二、实施原则1坚持以人为本,贴近学生。…。2坚持双向推进,条块结合。" — a document site dropped the item numbers'
  // separators: a number, then a short heading sentence; not "。1所学校…" (a count)
  private static final Pattern BARE_ITEM = Pattern.compile("(\\d{1,2})(?=[\\p{IsHan}&&[^所个名人项次年月日元万亿件条位家批类种天周期届篇节门章份间台套余多]][^。；;！!？?]{1,24}。)");

  /**
   * An item number without its separator, as {@link Marker#parse} would read "1、": the first right after a numbered
   * heading with no stop ("二、实施原则" + "1坚持…。"), each next one after a stop, numbered on; null elsewhere.
   */
  private static Marker bareItem(String norm, int start, int i, int[] last) {
    if (!Character.isDigit(norm.charAt(i)) || Character.isDigit(norm.charAt(i - 1))) return null;
    Matcher m = BARE_ITEM.matcher(norm).region(i, Math.min(norm.length(), i + WINDOW * 2));
    if (!m.lookingAt()) return null;
    int n = Integer.parseInt(m.group(1));
    int b = lastNonSpace(norm, start, i);
    boolean first = n == 1 && isHeading(norm.substring(start, b + 1).strip());
    boolean next = n > 1 && n == last[Marker.Style.ARABIC.ordinal()] + 1 && STOPS.indexOf(norm.charAt(b)) >= 0;
    return first || next ? new Marker(Marker.Style.ARABIC, n, m.end(1) - i) : null;
  }

  /** Chars [start, end) of the line, with "、" put back after a bare item number ("1坚持…" reads "1、坚持…"). */
  private static Line piece(Line line, int start, int end, boolean bare) {
    Line p = line.slice(start, end).strip();
    if (!bare) return p;
    int digits = 0;
    while (digits < p.length() && Character.isDigit(p.norm().charAt(digits))) digits++;
    return new Line(p.text().substring(0, digits) + "、" + p.text().substring(digits),
        p.norm().substring(0, digits) + "、" + p.norm().substring(digits));
  }

  /**
   * Where a plan's title glued to the text after it ends: "某县教育体育局教育工作方案 2024年教育工作要…" (one space
   * where the break was) gives the title's length; 0 when the line does not start so.
   */
  private static int titleEnd(String norm) {
    Matcher year = TITLE_THEN_YEAR.matcher(norm);
    if (year.lookingAt() && TitleLines.isTitleLike(new Line(year.group(1), year.group(1)))) return year.end(1);
    // a summary's title, which says what the text is
    Matcher summary = SUMMARY_HEAD.matcher(norm);
    if (mentions(norm, "总", "總", "汇", "彙", "述职") && summary.lookingAt() && DATED.matcher(summary.group(1)).find() && NotPlan.namesOtherDocument(summary.group(1))) {
      return summary.end(1);
    }
    Matcher span = TITLE_THEN_TEXT.matcher(norm);
    if (span.lookingAt() && TitleLines.isTitleLike(new Line(span.group(1), span.group(1)))) return span.end(1);
    int space = norm.indexOf(' ');
    if (space < 4 || space > MAX_HEADING + 5 || norm.length() - space < MIN_LENGTH / 2) return 0;
    String head = norm.substring(0, space);
    // "…工作计划(通用26篇) 一、指导思想…": a farm's title glued to the text
    if (TitleLines.isSeoTitle(head) && TitleLines.hasPlanWord(head)) return space;
    return endsWithTitle(head) && TitleLines.isTitleLike(new Line(head, head)) ? space : 0;
  }

  /** Whether one of the words stands where a run-on title could end (a cheap test before a title regex). */
  private static boolean mentions(String norm, String... words) {
    for (String w : words) {
      int at = norm.indexOf(w);
      if (at >= 0 && at <= MAX_HEADING + 30) return true;
    }
    return false;
  }

  private static boolean mayStartMarker(char c) {
    return c == '第' || c == '(' || Marker.isCnDigit(c) || (c >= '0' && c <= '9');
  }

  private static boolean splits(Marker.Style style) {
    return style == Marker.Style.CN || style == Marker.Style.CN_PAREN || style == Marker.Style.ARABIC
        || style == Marker.Style.CHAPTER;
  }

  /** A higher level starting again ("二、") lets the lower ones count from 1 again; that is already allowed. */
  private static void resetDeeper(int[] last, Marker.Style style) {
    if (style == Marker.Style.CN || style == Marker.Style.CHAPTER) {
      last[Marker.Style.CN_PAREN.ordinal()] = 0;
      last[Marker.Style.ARABIC.ordinal()] = 0;
    }
    if (style != Marker.Style.ARABIC_PAREN) last[Marker.Style.ARABIC_PAREN.ordinal()] = 0;
  }

  /**
   * "(一)、全面实施素质教育,提高教育教学质量(1)、构建德育优先的育人体系。…(2)、…": items numbered (1) right under a
   * run-on numbered heading with no stop start lines as 1. items do, and so do the (2), (3) after them, each after a
   * stop. A (1) inside a paragraph ("主要有:(1)…") stays the paragraph's part.
   */
  private static boolean parenItem(String norm, int start, int i, Marker m, int[] last) {
    if (m.style() != Marker.Style.ARABIC_PAREN) return false;
    if (m.number() == 1) return isHeading(norm.substring(start, lastNonSpace(norm, start, i) + 1).strip());
    int seen = last[Marker.Style.ARABIC_PAREN.ordinal()];
    return seen > 0 && m.number() == seen + 1 && afterStop(norm, start, i);
  }

  /** The cheap part of {@link #breakBefore}: after a stop, or close enough to the last break for a heading. */
  private static boolean mayBreak(String norm, int start, int i) {
    return i - start <= MAX_HEADING + 20 || afterStop(norm, start, i);
  }

  private static boolean afterStop(String norm, int start, int i) {
    return STOPS.indexOf(norm.charAt(lastNonSpace(norm, start, i))) >= 0;
  }

  // "…满意的教育。 一、" — a space where the break was
  private static int lastNonSpace(String norm, int start, int i) {
    int b = i - 1;
    while (b > start && Line.isSpace(norm.charAt(b))) b--;
    return b;
  }

  private static boolean breakBefore(String norm, int start, int i, Marker m) {
    int b = lastNonSpace(norm, start, i);
    char before = norm.charAt(b);
    if (STOPS.indexOf(before) >= 0) return true;
    String segment = norm.substring(start, b + 1).strip();
    // "教育工作计划 篇1一、指导思想…": a compilation's plan marker, then the plan's first heading
    if (start == 0 && m.number() == 1 && m.style() != Marker.Style.ARABIC && SplitMarkers.isPlanMarker(new Line(segment, segment))) {
      return true;
    }
    if (Character.isDigit(before) || Character.isLetter(before) && !Character.isIdeographic(before)) return false;
    if (isHeading(segment)) return true;
    if (m.number() != 1) return false;
    if (m.style() != Marker.Style.ARABIC && endsWithTitle(segment)) return true;
    // "教育局2022年工作总结范文范例1.加快重点项目建设。" — a document's title, summary or plan, set before its first item
    return start == 0 && m.style() == Marker.Style.ARABIC && isDocumentTitle(segment);
  }

  private static boolean isDocumentTitle(String segment) {
    if (segment.length() < 6 || segment.length() > MAX_HEADING || !DOCUMENT_TITLE_END.matcher(segment).find()) return false;
    return TitleLines.isTitleShaped(new Line(segment, segment));
  }

  // "一、坚持和加强党的领导" before "1.强化…": a numbered heading with no stop in it
  private static boolean isHeading(String segment) {
    if (segment.length() > MAX_HEADING || Marker.parse(segment) == null) return false;
    for (int k = 0; k < segment.length(); k++) if (STOPS.indexOf(segment.charAt(k)) >= 0) return false;
    return true;
  }

  // "…工作参考计划范文" + "一、指导思想": a farm's word after the plan's kind
  private static final Pattern FARM_SUFFIX = Pattern.compile("(?:范文|范例|模板|参考)+$");

  private static boolean endsWithTitle(String segment) {
    if (segment.length() > MAX_HEADING + 20) return false;
    String bare = FARM_SUFFIX.matcher(segment).replaceFirst("");
    for (String end : TITLE_ENDS) if (bare.endsWith(end)) return true;
    return false;
  }
}
