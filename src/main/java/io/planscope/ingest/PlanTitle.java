package io.planscope.ingest;

import io.planscope.ingest.meta.CitedTitle;
import io.planscope.ingest.meta.FarmTitles;
import io.planscope.ingest.meta.FusedTitle;
import io.planscope.ingest.meta.IssuerLine;
import io.planscope.ingest.meta.PageInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which line names a plan: its own heading, a 篇 marker, a page title or a title line near the plan on the page, most
 * trusted first; and the title of another document (a summary, a speech) standing right above an untitled text.
 */
final class PlanTitle {
  // how far below a farm's title line the plan's own heading is looked for
  private static final int TITLE_LOOKAHEAD = 3;
  // how far above an untitled plan's first line a title line is looked for, and how much of that line is matched
  private static final int ABOVE_LOOKBACK = 6;
  private static final int ABOVE_MATCH = 30;
  private static final int COUNTER_MAX = 4;
  // how far down the page a notice handing the plan over is looked for
  private static final int NOTICE_LINES = 40;
  // the first half of a title set over two lines: 关于 and a few words, no sentence ("关于贯彻落实某某进一步加强"),
  // perhaps after its issuer ("某省人民政府关于实施")
  private static final Pattern FIRST_HALF = Pattern.compile("^(?:\\p{IsHan}{2,20}?)?(关于|關于|關於)[^，,。；;:：、]{2,30}$");
  // a title's year on a line of its own, the rest ("年教育局工作要点") on the next
  private static final Pattern YEAR_ALONE = Pattern.compile("^(?:19|20)\\d{2}$");
  // a title's year ("2099年工作要点" starts with it), and how many issuer lines above a year-led title may complete it
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年");
  private static final int ISSUER_LINES = 2;

  private PlanTitle() {}

  /** The plan's raw title, completed from a notice that names it in full ("现将《某县教育局2099年工作要点》印发"). */
  static Titled of(PlanSplitter.Chunk chunk, Page page, List<Line> body) {
    return fullName(title(chunk, page, body), page);
  }

  /**
   * The title of a summary or speech that cleaning removed right above an untitled text ("教育局2022年工作总结范文范例"
   * taken as site talk, before "1.加快重点项目建设。…"): the text is that document. Null when there is none.
   */
  static String otherDocumentAbove(List<Line> repaired, Line first) {
    int at = repaired.indexOf(first);
    for (int i = at - 1; i >= 0 && i >= at - 2; i--) {
      Line line = repaired.get(i);
      if (isPageInfo(line)) continue;
      if (NotPlan.namesOtherDocument(line.norm())) return line.text();
      // "本站为你精心整理了教育局…汇报范文,希望…", "《…问题与策略思考.docx》由会员分享,…": the site names the text
      Optional<String> named = FarmTitles.named(line.text()).or(() -> citedFile(line.text()));
      return named.filter(t -> NotPlan.namesOtherDocument(io.planscope.text.Fold.normalize(t))).orElse(null);
    }
    return null;
  }

  private static final Pattern CITED_FILE = Pattern.compile("^《([^《》]{4,60}?)(?:\\.(?:docx?|pdf|pptx?|txt|wps))?》");

  // "《某某存在问题与策略思考.docx》由会员分享…" — a document site's card naming its file
  private static Optional<String> citedFile(String text) {
    java.util.regex.Matcher m = CITED_FILE.matcher(text.strip());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  // "关于印发2099年工作要点的通知" over "现将《某县教育局2099年工作要点》印发给你们": the notice names the plan in full;
  // a title naming no plan at all (the notice's addressees "市属各高校，各区教育局：", its signer) gives way to the
  // name the notice hands over
  private static Titled fullName(Titled title, Page page) {
    List<String> texts =
        page.allLines().stream().limit(NOTICE_LINES).map(l -> LineRepair.dropGlosses(l).text()).toList();
    Optional<Titled> longer = CitedTitle.handedOver(title.text(), texts).map(t -> new Titled(t, title.own()));
    if (longer.isPresent()) return longer.get();
    if (TitleLines.hasPlanWord(Line.of(title.text()).norm())) return TitleParts.dated(title, texts);
    return CitedTitle.handedOverPlan(texts).map(t -> new Titled(t, false)).orElse(title);
  }

  /** A raw title and whether it is the plan's own heading rather than the page's. */
  record Titled(String text, boolean own) {}

  /**
   * The raw title, most trusted first: the 篇 marker's or title line's unless a farm wrote it, else the heading right
   * below that farm line ("2024年教育局工作计划(精选22篇)" above "某县教育局2022年工作要点"); an h1 or {@code <title>}
   * that names a plan (a farm's SEO title last); else the first line when it is shaped like a title; else a title
   * line near the plan on the page; else a page title naming no plan (a site's name); else the first line, which
   * metadata drops when it is a sentence or a numbered heading.
   */
  private static Titled title(PlanSplitter.Chunk chunk, Page page, List<Line> body) {
    return TitleParts.withSpanBelow(page.allLines(), withFirstHalf(page.allLines(), pick(chunk, page, body)));
  }

  // "关于贯彻落实某某进一步加强 / 农村教育工作的意见" or "2099 / 年教育局工作要点": a title set over two lines, its
  // first half left above the plan (cleaning may have removed it), is joined again
  private static Titled withFirstHalf(List<Line> pageLines, Titled title) {
    String text = title.text().strip();
    if (text.isEmpty() || FIRST_HALF.matcher(text).lookingAt()) return title;
    for (int i = 1; i < pageLines.size(); i++) {
      if (!LineRepair.dropGlosses(pageLines.get(i)).strip().text().equals(text)) continue;
      Line above = LineRepair.dropGlosses(pageLines.get(i - 1)).strip();
      boolean half = FIRST_HALF.matcher(above.norm()).matches() && !TitleLines.hasPlanWord(above.norm());
      // "2099 / 年教育局工作要点": a page that set the title's year apart (its own span) left it on a line alone
      half |= text.startsWith("年") && YEAR_ALONE.matcher(above.norm()).matches();
      return half ? new Titled(above.text() + text, title.own()) : withIssuerAbove(pageLines, i, title);
    }
    return title;
  }

  // "某县教育局 / 2099年工作要点", "中共某区委教育工委 / 某区教育局 / 2099年工作要点": a printed plan sets its issuers on
  // lines of their own above a title that starts with the year; together they are the title
  private static Titled withIssuerAbove(List<Line> pageLines, int at, Titled title) {
    String text = title.text().strip();
    if (!YEAR.matcher(text).lookingAt() || IssuerLine.namesBody(Line.of(text).norm())) return title;
    StringBuilder issuers = new StringBuilder();
    for (int i = at - 1; i >= 0 && i >= at - ISSUER_LINES; i--) {
      Line line = LineRepair.dropGlosses(pageLines.get(i)).strip();
      if (!IssuerLine.is(line.norm())) break;
      issuers.insert(0, issuers.isEmpty() ? line.text() : line.text() + " ");
    }
    return issuers.isEmpty() ? title : new Titled(issuers + text, title.own());
  }

  private static Titled pick(PlanSplitter.Chunk chunk, Page page, List<Line> body) {
    String own = chunk.title() == null || chunk.title().isBlank() ? null : chunk.title();
    if (own != null && !FarmTitles.isFarmTitle(own) && !FarmTitles.isSiteLabel(own)) {
      return new Titled(headingForLabel(own, body), true);
    }
    String hint = bestHint(page.titleHints());
    if (own != null) return farmOwn(own, body, hint);
    Line first = body.get(0);
    // a farm's page title ("2099年某区教育工作要点思路总体要求2篇") gives way to the plan's own title line right above
    // it, even one cleaning removed ("2099年某区教育工作要点1" taken as a contents list)
    if (hint != null && FarmTitles.isFarmTitle(hint)) {
      Optional<String> above = titleAbove(page.allLines(), first).filter(t -> !FarmTitles.isFarmTitle(t));
      if (above.isPresent()) return new Titled(above.get(), false);
    }
    // a page title naming no plan (a site's name) never beats a first line shaped like a title
    if (hint != null && TitleLines.isTitleLike(Line.of(hint))) return new Titled(hint, false);
    if (TitleLines.isTitleShaped(first) && !isPageInfo(first)) return shapedFirst(page.allLines(), first);
    // the text opens with a heading, a sentence or page info, which is never a title: a title line near it on the
    // page (outside the main content too: "某县教育局2099年工作要点" in its own div over a site's name as page
    // title), else the page title, else a title fused with the first sentence or cited by a news lead
    // ("《…工作要点》发布"), else the first line, which metadata then drops (a plan without a title has none)
    Optional<String> near = titleNear(page.allLines(), first);
    if (near.isPresent() || hint == null) return untitled(near, first, body);
    return new Titled(hint, false);
  }

  private static Titled untitled(Optional<String> near, Line first, List<Line> body) {
    return near
        .or(() -> FusedTitle.head(first.text()))
        .or(() -> CitedTitle.in(body.stream().map(Line::text).toList()))
        .map(t -> new Titled(t, false))
        .orElse(new Titled(first.text(), false));
  }

  // "• 2099-04-10 发布", "时间:2099-04-05 工作计划 我要投稿": a library's or site's page info, no title even when it
  // names the site's category
  private static boolean isPageInfo(Line line) {
    return PageInfo.is(line.norm());
  }

  // a plan opening with page info ("• 2099-04-10 发布") has its title among the lines just below it that cleaning
  // removed ("某局2099年工作要点范文" taken as site talk); otherwise the title stands above the plan
  private static Optional<String> titleNear(List<Line> pageLines, Line first) {
    return (isPageInfo(first) ? titleBelow(pageLines, first) : Optional.<String>empty())
        .or(() -> titleAbove(pageLines, first));
  }

  // a first line shaped like a title but naming no plan ("荟聚佳作、博采众长" a farm's slogan, a site's name) gives
  // way to a plan's title line just below it that cleaning removed ("某局2099年工作要点范文" repeated as site talk)
  private static Titled shapedFirst(List<Line> pageLines, Line first) {
    Optional<String> below = TitleLines.hasPlanWord(first.norm()) ? Optional.empty() : titleBelow(pageLines, first);
    return new Titled(below.orElse(first.text()), false);
  }

  private static Optional<String> titleBelow(List<Line> pageLines, Line first) {
    int at = indexOf(pageLines, first);
    int seen = 0;
    for (int i = at + 1; at >= 0 && i < pageLines.size() && seen < TITLE_LOOKAHEAD; i++) {
      Line line = TitleParts.headBeforeAttributes(LineRepair.dropGlosses(pageLines.get(i)).strip());
      if (TitleParts.isFileCard(line)) continue; // "- 格式:doc": a library's card, not text
      if (TitleLines.isTitleLike(line) && !isPageInfo(line)) return Optional.of(line.text());
      seen++;
    }
    return Optional.empty();
  }

  /**
   * The nearest title line at most {@value #ABOVE_LOOKBACK} lines above the plan's first line on the page, removed
   * lines included: a farm's marker ("教育局工作计划范文篇1" taken as site talk) or a breadcrumb's last crumb
   * ("当前位置:首页 > 工作报告 > 某局2099年工作要点") or the title a farm's preface names ("本站为你精心整理了
   * 某局教育强县方案范文，希望…") or a news lead cites ("2月8日，《某部2099年工作要点》发布，…") or that is fused with
   * the text it heads ("某局工作计划范文一、指导思想：…", also where the plan starts inside one run-on line); page info
   * ("时间:2099-04-05 工作计划 我要投稿") is passed over. Empty when the first line is not found on the page.
   */
  private static Optional<String> titleAbove(List<Line> pageLines, Line first) {
    int at = indexOf(pageLines, first);
    if (at >= 0 && startsInside(pageLines.get(at), first)) {
      // a page read as one run-on line: the plan starts inside it, after a title fused with the text it heads
      Optional<String> fused = FusedTitle.head(LineRepair.dropGlosses(pageLines.get(at)).text());
      if (fused.isPresent()) return fused;
    }
    for (int i = at - 1; i >= Math.max(0, at - ABOVE_LOOKBACK); i--) {
      Line line = LineRepair.dropGlosses(pageLines.get(i)).strip();
      if (isPageInfo(line)) continue;
      if (TitleLines.isTitleLike(line)) return Optional.of(line.text());
      Optional<String> named = FarmTitles.named(line.text()).filter(t -> TitleLines.isTitleLike(Line.of(t)));
      if (named.isPresent()) return named;
      // "某局工作计划范文一、指导思想：…" removed whole as site talk: the title fused with the text it heads
      Optional<String> cited = CitedTitle.in(List.of(line.text())).or(() -> FusedTitle.head(line.text()));
      if (cited.isPresent()) return cited;
    }
    return Optional.empty();
  }

  // the plan's first line starts inside the page's line, after more than a page counter ("1、")
  private static boolean startsInside(Line pageLine, Line first) {
    String start = first.strip().norm();
    return pageLine.norm().indexOf(start.substring(0, Math.min(ABOVE_MATCH, start.length()))) > COUNTER_MAX;
  }

  // where the plan's first line stands on the page: repairs may have cut it ("1/11" before it), so its start is
  // looked for inside the page's lines; -1 when absent
  private static int indexOf(List<Line> pageLines, Line first) {
    String start = first.strip().norm();
    start = start.substring(0, Math.min(ABOVE_MATCH, start.length()));
    if (start.isEmpty()) return -1;
    for (int i = 0; i < pageLines.size(); i++) {
      if (LineRepair.dropGlosses(pageLines.get(i)).norm().contains(start)) return i;
    }
    return -1;
  }

  // a farm's line atop the plan ("下面是小编为大家整理的…"): the heading right below it, else a page title that is no
  // farm's, else the line itself (cleaned later)
  private static Titled farmOwn(String own, List<Line> body, String hint) {
    Optional<String> below = headingBelow(body);
    if (below.isPresent()) return new Titled(below.get(), true);
    if (hint != null && !FarmTitles.isFarmTitle(hint)) return new Titled(hint, false);
    return new Titled(own, true);
  }

  // "篇一：教育局工作计划" over "某县教育局2099年工作计划": a compilation's label naming no year gives way to the plan's
  // own heading right below it, of the same kind and with its year
  private static String headingForLabel(String own, List<Line> body) {
    String ownNorm = Line.of(own).norm();
    if (YEAR.matcher(ownNorm).find() || body.isEmpty()) return own;
    Line first = body.get(0);
    boolean heading = TitleLines.isTitleLike(first) && YEAR.matcher(first.norm()).find();
    return heading && sameKind(ownNorm, first.norm()) ? first.text() : own;
  }

  // both end in the same plan word ("…工作计划", "…工作要点")
  private static boolean sameKind(String a, String b) {
    String end = a.strip();
    return end.length() >= 2 && TitleLines.hasPlanWord(end) && b.strip().endsWith(end.substring(end.length() - 2));
  }

  // only below a farm's title line: elsewhere a short line ("工作重点") is a heading, not the plan's title
  private static Optional<String> headingBelow(List<Line> body) {
    for (Line line : body.subList(0, Math.min(TITLE_LOOKAHEAD, body.size()))) {
      if (TitleLines.isTitleLike(line) && !FarmTitles.isFarmTitle(line.text())) return Optional.of(line.text());
    }
    return Optional.empty();
  }

  private static String bestHint(List<String> hints) {
    for (String hint : hints) {
      if (TitleLines.isTitleLike(Line.of(hint)) && !FarmTitles.isFarmTitle(hint)) return hint;
    }
    for (String hint : hints) {
      if (TitleLines.isTitleLike(Line.of(hint))) return hint;
    }
    return hints.isEmpty() ? null : hints.get(0);
  }

  /**
   * The page with the farm titles cleaning removed from its text ("2024年教育局工作计划(精选4篇)") added to its title
   * hints, last: they never name a plan as well as its own heading, but a plain-text page may have nothing better.
   */
  static Page withSeoTitles(Page page, List<RemovedLine> removed) {
    List<String> hints = new ArrayList<>(page.titleHints().stream().map(LineRepair::dropGlosses).toList());
    for (RemovedLine r : removed) {
      // a site's category ("工作计划范文") names no plan
      boolean bare = TitleLines.isBareKind(io.planscope.text.Fold.normalize(r.text()));
      if (r.reason().equals(Boilerplate.SEO_TITLE) && !bare && !hints.contains(r.text())) hints.add(r.text());
    }
    return new Page(page.lines(), hints, page.removed(), page.allLines(), page.outside(), page.warnings());
  }
}
