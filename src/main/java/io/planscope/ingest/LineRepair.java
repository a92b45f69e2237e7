package io.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what scraping did to line breaks. "二、切实推进素质教育…能力  6.以庆祝…" lost the break between a heading
 * and the next item (two or more spaces are left where it was): it is split there when an outline marker follows.
 * A fragment with no letters left over ("。" before "  19.…") is glued back to the line above.
 */
final class LineRepair {
  private LineRepair() {}

  static List<Line> repair(List<Line> lines) {
    return repair(lines, Deadline.NONE);
  }

  /** The lines repaired, checking the deadline once per line and piece. */
  static List<Line> repair(List<Line> lines, Deadline deadline) {
    Pieces out = new Pieces(lines.size());
    for (Line line : elisions(DocPages.cutPageNumbers(DocPages.join(lines)))) {
      deadline.check();
      for (Line piece : splitAtGaps(cutTeaserEnd(dropSiteMarks(dropWatermarks(TemplateFiller.drop(dropGlosses(line))))), deadline)) {
        deadline.check();
        for (Line part : AttributeRuns.split(RepostNotes.cut(piece))) splitRunOns(part, out);
      }
    }
    return BareNumbers.join(moveTrailingMonths(out.lines()));
  }

  /** The piece split where a label, a notice or another line ran into it. */
  private static void splitRunOns(Line piece, Pieces out) {
    for (Line entry : EntryLabels.split(piece)) {
      for (Line notice : NoticeRunOn.split(cutSiteAd(entry))) {
        for (Line text : DocNumbers.split(notice)) {
          for (Line part : RunOnLines.split(text)) out.add(part);
        }
      }
    }
  }

  // "優(yōu)化發(fā)展環(huán)境" — a mirror that glosses every other char with its pinyin in brackets
  private static final Pattern GLOSS = Pattern.compile("(?<=\\p{IsHan})\\(\\s?([a-zü\u00e0-\u00fc\u0101-\u01dc]{1,7})\\s?\\)");
  private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

  /**
   * The line without pinyin glosses, in both forms, so "優(yōu)化" reads and indexes as 優化 (优化). Only in a line with at
   * least one tone-marked gloss: "(a)" or "(pdf)" in plain text stays.
   */
  static Line dropGlosses(Line line) {
    String norm = line.norm();
    if (norm.indexOf('(') < 0 || !hasToneMark(norm)) return line;
    Matcher m = GLOSS.matcher(norm);
    StringBuilder text = new StringBuilder(line.length());
    StringBuilder out = new StringBuilder(norm.length());
    int last = 0;
    boolean toned = false;
    while (m.find()) {
      toned |= hasToneMark(m.group(1));
      text.append(line.text(), last, m.start());
      out.append(norm, last, m.start());
      last = m.end();
    }
    if (!toned) return line;
    text.append(line.text(), last, line.length());
    out.append(norm, last, norm.length());
    return new Line(text.toString(), out.toString());
  }

  // "…区政府履行---本文来源于网络，仅供参考，勿照抄，如有侵权请联系删除---教育职责…" — a watermark dropped into a sentence
  private static final Pattern WATERMARK =
      Pattern.compile("[-—_=~*]{2,}[^-—_=~*]{0,40}(来源于网络|仅供参考|勿照抄|请勿转载|侵权)[^-—_=~*]{0,40}[-—_=~*]{2,}");

  // "…科学发展观为指导 稿子汇 www.example.com 围绕…" — a site's name and address set into the text; a bureau's own
  // address (.gov.cn, .edu.cn) is plan text ("登录www.某某.gov.cn报名")
  private static final int SITE_NAME_TAIL = 25;
  private static final Pattern SITE_MARK =
      Pattern.compile("\\s*[\\p{IsHan}]{2,8}\\s*(?:www\\.)[a-z0-9-]+\\.(?:com|net|cc|org|cn)(?![.a-z])\\s*");

  /** The line without site names and addresses set into its text, or glued after it ("…发展水平 公文汇,办公文档之家"). */
  static Line dropSiteMarks(Line line) {
    String norm = line.norm();
    int space = norm.lastIndexOf(' ');
    if (space > 0 && norm.length() - space <= SITE_NAME_TAIL && SiteVoice.isSiteName(norm.substring(space + 1))) {
      Line cut = line.slice(0, space).strip();
      if (!cut.norm().isEmpty()) return dropSiteMarks(cut);
    }
    if (norm.indexOf("www.") < 0) return line;
    Matcher m = SITE_MARK.matcher(norm);
    if (!m.find()) return line;
    Line cut = new Line(line.text().substring(0, m.start()) + line.text().substring(m.end()),
        norm.substring(0, m.start()) + norm.substring(m.end()));
    return cut.strip().norm().isEmpty() ? line : dropSiteMarks(cut);
  }

  // "某某范文,海量公文素材资料,下载网址:www.example.com 2099年某局工作计划 2099年全区…" — a site's ad with its address
  // at the head of the text; a bureau's own address (.gov.cn, .edu.cn) is plan text
  private static final Pattern AD_URL =
      Pattern.compile("(?:https?://|www\\.)[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org|cc|top|vip|info)(?![a-z0-9-])/?");
  private static final int AD_MAX = 80;
  // the text after the ad must be a document's worth: a short abstract after it ("…宝典:www.example.com某局…工作思路
  // 2098年,在县委…") is the site's too, and goes with the ad's line
  private static final int AD_REST_MIN = 200;

  /**
   * The line with a site's ad cut from its head: the words before the first address, when the site speaks in them
   * ({@link SiteVoice#isFarmTalk}) or names its address (网址), go; the text after the address stays when it is long
   * enough to be the document run into one line.
   */
  static Line cutSiteAd(Line line) {
    String norm = line.norm();
    int www = norm.indexOf("www.");
    int http = norm.indexOf("http");
    int at = www < 0 ? http : http < 0 ? www : Math.min(www, http);
    if (at < 0 || at > AD_MAX) return line;
    Matcher url = AD_URL.matcher(norm).region(at, Math.min(norm.length(), at + AD_MAX));
    if (!url.lookingAt() || url.group().contains(".gov.") || url.group().contains(".edu.")) return line;
    String head = norm.substring(0, at);
    if (head.indexOf('。') >= 0 || !(head.contains("网址") || SiteVoice.isFarmTalk(head))) return line;
    Line rest = line.from(url.end()).strip();
    return rest.length() < AD_REST_MIN ? line : rest;
  }

  private static final String CLAUSE_STOPS = "。；;！!？?，,、：:";
  private static final int TEASER_MIN = 40;

  /**
   * "…深化教育教学改革,全面推进...." — a site cut the text short (a page description, a preview): the unfinished
   * clause before the dots goes, the text before it stays; a long teaser with no clause ended goes whole.
   */
  static Line cutTeaserEnd(Line line) {
    String norm = line.norm();
    int end = norm.length();
    while (end > 0 && (norm.charAt(end - 1) == '.' || norm.charAt(end - 1) == '…' || Line.isSpace(norm.charAt(end - 1)))) end--;
    if (norm.length() - end < 2 && !norm.endsWith("…") || end == norm.length()) return line;
    if (end > 0 && Character.isDigit(norm.charAt(end - 1))) return line; // "1...3", "2.5..."
    int stop = -1;
    for (int i = end - 1; i >= 0 && stop < 0; i--) if (CLAUSE_STOPS.indexOf(norm.charAt(i)) >= 0) stop = i;
    if (stop >= 0) return line.slice(0, stop + 1);
    return line.length() >= TEASER_MIN ? line.slice(0, 0) : line;
  }

  /** The line without watermarks set between dashes inside its text, nor a document site's page stamps. */
  static Line dropWatermarks(Line line) {
    line = DocStamps.drop(line);
    String norm = line.norm();
    if (norm.indexOf("--") < 0 && norm.indexOf("——") < 0 && norm.indexOf("__") < 0 && norm.indexOf("**") < 0) return line;
    Matcher m = WATERMARK.matcher(norm);
    if (!m.find()) return line;
    String text = line.text().substring(0, m.start()) + line.text().substring(m.end());
    Line cut = new Line(text, norm.substring(0, m.start()) + norm.substring(m.end()));
    return cut.strip().norm().isEmpty() ? line : dropWatermarks(cut);
  }



  // "1/11市教育局…〔...〕…" — a document site's preview: a page counter, and "〔...〕" where it left text out
  // and "……此处隐藏4011个字……", where a farm's paywall hid the middle of the text: what stands on either side is not one
  // sentence (a marker alone on its line is left to the site-talk rule)
  private static final Pattern ELISION =
      Pattern.compile("\\(\\s*(\\.{2,}|…+)\\s*\\)|(?:…|\\.{2,}|[-—]{2,})+\\s*此处隐藏\\s*\\d{0,6}\\s*个?字[^…。.\\-—]{0,8}(?:…|\\.{2,}|[-—]{2,})+");
  // "#### 一、教育政策与规划实施", "###(一)项目背景" — a Markdown heading from an AI-writing site
  private static final Pattern MARKDOWN = Pattern.compile("^#{2,6}\\s*|^#\\s+");
  private static final Pattern PAGE_COUNTER = Pattern.compile("^\\d{1,3}/\\d{1,3}(?=\\p{IsHan})");

  /** Lines cut where a preview left text out, without a leading page counter ("1/11"). */
  private static List<Line> elisions(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      Matcher counter = PAGE_COUNTER.matcher(line.norm());
      if (counter.find()) line = line.from(counter.end());
      Matcher markdown = MARKDOWN.matcher(line.norm());
      if (markdown.find() && markdown.end() < line.length()) line = line.from(markdown.end());
      if (line.norm().indexOf('(') < 0 && line.norm().indexOf("此处隐藏") < 0) {
        out.add(line);
        continue;
      }
      Matcher m = ELISION.matcher(line.norm());
      if (m.find() && m.start() == 0 && m.end() == line.length()) {
        out.add(line);
        continue;
      }
      m.reset();
      int start = 0;
      while (m.find()) {
        if (m.start() > start) out.add(line.slice(start, m.start()).strip());
        start = m.end();
      }
      if (start < line.length()) out.add(line.slice(start, line.length()).strip());
    }
    out.removeIf(l -> l.norm().isEmpty());
    return out;
  }

  /** The same for a title hint (a page's {@code <title>} or h1). */
  static String dropGlosses(String text) {
    return dropGlosses(Line.of(text)).text();
  }

  private static boolean hasToneMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u00e0' && c <= '\u01dc' && TONE_MARKS.indexOf(c) >= 0) return true;
    }
    return false;
  }

  // "…完成期末考试工作。四月份：" — a month label that lost its line break belongs to the next line's entry
  private static final Pattern TRAILING_MONTH =
      Pattern.compile("(?<=[。；;，,！!])\\s*((?:十一|十二|十|[一二三四五六七八九]|1[0-2]|[1-9])(?:\\s*[、-]\\s*(?:十一|十二|十|[一二三四五六七八九]|1[0-2]|[1-9]))?\\s*月份?\\s*[:：])\\s*$");

  /** Moves a month label stranded at the end of a line to the start of the next line. */
  private static List<Line> moveTrailingMonths(List<Line> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.norm().indexOf('月') < 0) continue;
      Matcher m = TRAILING_MONTH.matcher(line.norm());
      if (!m.find()) continue;
      Line label = line.slice(m.start(1), line.length()).strip();
      Line next = lines.get(i + 1);
      lines.set(i, line.slice(0, m.start()).strip());
      lines.set(i + 1, new Line(label.text() + next.text(), label.norm() + next.norm()));
    }
    return lines;
  }

  // a marker and the text it needs after it fit in this many chars ("第十二部分  " + one char): looking at no more
  // keeps the split linear, where norm.substring(i) copied the rest of a 7-million-char line at every gap
  private static final int MARKER_WINDOW = 64;

  private static List<Line> splitAtGaps(Line line, Deadline deadline) {
    String norm = line.norm();
    List<Line> pieces = new ArrayList<>(1);
    int start = 0;
    int gap = 0; // where the current run of gap chars began
    for (int i = 0; i <= norm.length(); i++) {
      if (i < norm.length() && isGap(norm.charAt(i))) continue;
      deadline.check(i);
      // [gap, i) is a maximal run of gap chars, as the regex [ \u00a0\u3000\t]{2,} would find it
      if (i - gap >= 2 && atMarker(norm, i) && gap > start) {
        pieces.add(line.slice(start, gap).strip());
        start = i;
      }
      gap = i + 1;
    }
    pieces.add(line.slice(start, line.length()).strip());
    return pieces;
  }

  private static boolean atMarker(String norm, int i) {
    return Marker.parse(norm.substring(i, Math.min(norm.length(), i + MARKER_WINDOW))) != null;
  }

  /** A char of a gap: two or more of them in a row are where a line break was lost. */
  private static boolean isGap(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u3000' || c == '\t';
  }

  /** The repaired lines so far; the last stays open, as a fragment with no letters is glued to it. */
  private static final class Pieces {
    private final List<Line> done;
    private LineBuilder last;

    Pieces(int expected) {
      done = new ArrayList<>(expected);
    }

    void add(Line piece) {
      if (piece.text().isEmpty()) return;
      if (!hasLetter(piece.norm()) && last != null) {
        last.append("", piece);
        return;
      }
      if (last != null) done.add(last.toLine());
      last = new LineBuilder(piece);
    }

    List<Line> lines() {
      if (last != null) done.add(last.toLine());
      last = null;
      return done;
    }
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) return true;
    }
    return false;
  }
}
