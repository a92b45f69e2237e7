package io.planscope.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a page's clean lines into plans. In order of trust: plan markers ({@link SplitMarkers}: 篇一, 第二篇,
 * 范文三, "…计划篇2"); else a title line repeated with a plan's worth of text between the repeats; else the whole
 * page is one plan, starting at its first title line. Text before the first plan (a site's "范文" intro) and title
 * lines repeated before it are not plans; they are returned as removed lines.
 */
final class PlanSplitter {
  private static final int TITLE_SEARCH = 12;
  private static final int MIN_LINES_BETWEEN = 3;
  // how far below a notice's title its signed date is looked for, and its plan's title below that date
  private static final int NOTICE_SEARCH = 30;
  private static final int AFTER_DATE = 3;
  // "…关于印发《…", "…》的通知", "…的通知(某教〔2099〕22号)": a notice's title, or either half of one set over two lines
  private static final Pattern NOTICE = Pattern.compile("关于(?:印发|转发|下发)|通知\\s*(?:\\([^()]{0,20}号\\))?\\s*$");
  // "2099年3月4日", "二〇九九年三月四日": the date under a notice's signature
  private static final Pattern SIGNED_DATE =
      Pattern.compile("^\\s*(?:\\d{4}|[二〇零一三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*日\\s*$");
  // "(2099—2108年)", "（2099-2101年）": a plan's period on a line of its own
  private static final Pattern PERIOD_LINE =
      Pattern.compile("^\\s*[(]\\s*\\d{4}\\s*年?\\s*[-—–~至到]+\\s*\\d{4}\\s*年?\\s*[)]\\s*$");

  private PlanSplitter() {}

  /**
   * One plan's lines.
   *
   * @param title the title written with its marker or on its title line, or null when the page gives none
   */
  record Chunk(String title, List<Line> lines) {}

  record Split(List<Chunk> chunks, List<RemovedLine> removed) {}

  static Split split(List<Line> lines) {
    return split(lines, Deadline.NONE);
  }

  /** The same, checking the deadline between its passes over the lines. */
  static Split split(List<Line> lines, Deadline deadline) {
    List<Integer> starts = markerStarts(lines);
    deadline.check();
    if (!starts.isEmpty()) return byMarkers(lines, starts);
    starts = repeatedTitleStarts(lines);
    if (starts.size() >= 2) return byTitles(lines, starts);
    return single(lines);
  }

  private static List<Integer> markerStarts(List<Line> lines) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (SplitMarkers.isPlanMarker(lines.get(i))) starts.add(i);
    }
    return starts;
  }

  private static Split byMarkers(List<Line> lines, List<Integer> starts) {
    List<RemovedLine> removed = new ArrayList<>(intro(lines, starts.get(0)));
    List<Chunk> chunks = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
      String title = SplitMarkers.parse(lines.get(from)).title();
      List<Line> body = new ArrayList<>(lines.subList(from + 1, to));
      if (title.isEmpty() && !body.isEmpty() && TitleLines.isTitleLike(body.get(0))) {
        title = SplitMarkers.unquote(body.remove(0).text());
      }
      chunks.add(new Chunk(title.isEmpty() ? null : title, dropRepeatedTitle(body, title)));
    }
    return new Split(chunks, removed);
  }

  /**
   * Title lines (by {@link TitleLines#key}) that come back at least twice with a plan's worth of lines between
   * them: the first occurrence of each run starts a plan.
   */
  private static List<Integer> repeatedTitleStarts(List<Line> lines) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (TitleLines.isTitleLike(lines.get(i))) {
        byKey.computeIfAbsent(titleKey(lines.get(i).norm()), k -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> best = List.of();
    for (List<Integer> positions : byKey.values()) {
      List<Integer> starts = spaced(positions);
      if (starts.size() > best.size()) best = starts;
    }
    return best;
  }

  /** Positions at least MIN_LINES_BETWEEN apart (a title repeated right below itself is one title). */
  private static List<Integer> spaced(List<Integer> positions) {
    List<Integer> starts = new ArrayList<>();
    for (int p : positions) {
      if (starts.isEmpty() || p - starts.get(starts.size() - 1) > MIN_LINES_BETWEEN) starts.add(p);
    }
    return starts;
  }

  private static Split byTitles(List<Line> lines, List<Integer> starts) {
    List<RemovedLine> removed = new ArrayList<>(intro(lines, starts.get(0)));
    List<Chunk> chunks = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
      String title = unnumbered(lines.get(from).text());
      chunks.add(new Chunk(title, dropRepeatedTitle(new ArrayList<>(lines.subList(from + 1, to)), title)));
    }
    return new Split(chunks, removed);
  }

  /**
   * One plan: it starts at the last title line near the top, before any outline heading or sentence, if there is one.
   * The last, because what stands above a plan's own title is the page's: a notice's title ("关于印发《…》的通知")
   * with its signature, a farm's SEO title, a site's category line.
   */
  private static Split single(List<Line> lines) {
    int limit = Math.min(lines.size(), TITLE_SEARCH);
    int title = -1;
    for (int i = 0; i < limit; i++) {
      Line line = lines.get(i);
      if (Marker.parse(line.norm()) != null) break;
      if (title >= 0 && TitleLines.isSentence(line)) break; // the text has begun
      if (TitleLines.isTitleLike(line) && !TitleLines.isBareKind(line.norm()) && !BareHeadings.isSectionName(line)) {
        title = i;
      }
    }
    // the last line of a page cut off mid-sentence ("总体思路是:贯彻落实…,全面落实") heads nothing: it is no title
    if (title < 0 || title == lines.size() - 1 && title > 0) return new Split(List.of(new Chunk(null, lines)), List.of());
    int own = NOTICE.matcher(lines.get(title).norm()).find() ? afterSignature(lines, title) : title;
    String text = lines.get(own).text();
    int from = own + 1;
    // "某省教育信息化行动计划 / (2099—2108年)": the period set on a line of its own belongs to the title
    if (from < lines.size() && PERIOD_LINE.matcher(lines.get(from).norm()).matches()) text += lines.get(from++).text().strip();
    List<Line> body = new ArrayList<>(lines.subList(from, lines.size()));
    // a page cut off right below the plan's own title: the notice's text stays, the only text there is
    if (own > title && body.size() < MIN_LINES_BETWEEN) {
      body = new ArrayList<>(lines.subList(title + 1, own));
      body.addAll(lines.subList(from, lines.size()));
      own = title;
    }
    return new Split(List.of(new Chunk(text, dropRepeatedTitle(body, text))), intro(lines, own));
  }

  /**
   * A notice's title ("关于印发《…》的通知") whose text runs on past its handover sentence: the plan's own title is the
   * first title line right below the notice's signed date ("某省教育厅 / 2099年3月4日 / 某省…行动计划"); the notice's
   * title stays the plan's when there is none within reach.
   */
  private static int afterSignature(List<Line> lines, int notice) {
    int limit = Math.min(lines.size(), notice + NOTICE_SEARCH);
    for (int i = notice + 1; i < limit; i++) {
      if (!SIGNED_DATE.matcher(lines.get(i).norm()).matches()) continue;
      for (int k = i + 1; k < Math.min(limit, i + 1 + AFTER_DATE); k++) {
        Line line = lines.get(k);
        if (TitleLines.isTitleLike(line) && !NOTICE.matcher(line.norm()).find()) return k;
      }
      return notice;
    }
    return notice;
  }

  private static List<RemovedLine> intro(List<Line> lines, int end) {
    List<RemovedLine> removed = new ArrayList<>();
    for (int i = 0; i < end; i++) removed.add(new RemovedLine(lines.get(i).text(), "before the first plan"));
    return removed;
  }

  /** Drops copies of the title at the top of a plan's body ("2017年…工作计划" printed again under the marker). */
  private static List<Line> dropRepeatedTitle(List<Line> body, String title) {
    if (title == null || title.isEmpty()) return body;
    String key = titleKey(io.planscope.text.Fold.normalize(title));
    while (!body.isEmpty() && titleKey(body.get(0).norm()).equals(key)) body.remove(0);
    return body;
  }

  // "某镇教育局年工作计划1", "…工作计划2": a farm numbers the plans it compiled after the title they share
  private static final Pattern NUMBERED_TITLE =
      Pattern.compile("^(.{2,60}?(?:计划|要点|方案|安排|打算|思路|意见|规划)(?:范文|范例|模板)?)\\s*\\d{1,2}$");

  /** {@link TitleLines#key}, without the number a farm put after a compiled plan's title. */
  private static String titleKey(String norm) {
    String key = TitleLines.key(norm);
    Matcher m = NUMBERED_TITLE.matcher(key);
    return m.matches() ? m.group(1) : key;
  }

  private static String unnumbered(String title) {
    Matcher m = NUMBERED_TITLE.matcher(title.strip());
    return m.matches() ? m.group(1) : title;
  }
}
