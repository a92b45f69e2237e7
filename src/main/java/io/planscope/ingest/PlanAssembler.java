package io.planscope.ingest;

import io.planscope.ingest.meta.FarmTitles;
import io.planscope.ingest.meta.CitedTitle;
import io.planscope.ingest.meta.FusedTitle;
import io.planscope.ingest.meta.MetadataExtractor;
import io.planscope.ingest.meta.PageInfo;
import io.planscope.ingest.meta.PlanText;
import io.planscope.plan.Plan;
import io.planscope.plan.PlanMeta;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import io.planscope.text.Plural;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** From a read page to plans: line repair, boilerplate, splitting, then outline, measures and metadata per plan. */
final class PlanAssembler {
  private static final int MIN_HAN = 40;
  // how far below a farm's title line the plan's own heading is looked for
  private static final int TITLE_LOOKAHEAD = 3;
  // how far above an untitled plan's first line a title line is looked for, and how much of that line is matched
  private static final int ABOVE_LOOKBACK = 6;
  private static final int ABOVE_MATCH = 30;
  private static final int COUNTER_MAX = 4;
  private static final int MIN_SENTENCES = 3;
  // the first half of a title set over two lines: 关于 and a few words, no sentence ("关于贯彻落实某某进一步加强"),
  // perhaps after its issuer ("某省人民政府关于实施")
  private static final Pattern FIRST_HALF = Pattern.compile("^(?:\\p{IsHan}{2,20}?)?(关于|關于|關於)[^，,。；;:：、]{2,30}$");
  // a title's year on a line of its own, the rest ("年教育局工作要点") on the next
  private static final Pattern YEAR_ALONE = Pattern.compile("^(?:19|20)\\d{2}$");
  // "XX县教育局", "2023年2月10日", "二〇二三年三月" — the issuer's signature under a plan.
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "^[^，,。；;：:]{0,24}(教育局|教育厅|教委|教育委员会|教育体育局|教体局|教育和体育局|教育部|人民政府)$"
              + "|^(\\d{4}|[二〇零一三四五六七八九十]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月(\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?$");

  private static final int OPENING_LINES = 5;
  private static final String GENERIC_NO_PLAN = "no headings like 一、 or （一） and too little text";

  private final SourceDocument document;
  private final MetadataExtractor meta;
  private final Deadline deadline;

  private final int maxMeasures;
  private int measures;

  PlanAssembler(SourceDocument document, MetadataExtractor meta, Deadline deadline, int maxMeasures) {
    this.document = document;
    this.meta = meta;
    this.deadline = deadline;
    this.maxMeasures = maxMeasures;
  }

  ParseResult assemble(Page page) {
    List<RemovedLine> removed = new ArrayList<>(page.removed());
    List<String> warnings = new ArrayList<>(page.warnings());
    List<String> pageLines = page.allLines().stream().map(l -> LineRepair.dropGlosses(l).norm()).toList();
    deadline.check();
    List<Line> repaired = LineRepair.repair(page.lines(), deadline);
    Boilerplate.Cleaned cleaned = Boilerplate.clean(repaired, deadline);
    removed.addAll(cleaned.removed());
    page = withSeoTitles(page, cleaned.removed());
    deadline.check();
    PlanSplitter.Split split = PlanSplitter.split(cleaned.kept(), deadline);
    removed.addAll(split.removed());
    List<Plan> plans = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int n = 0;
    for (PlanSplitter.Chunk chunk : split.chunks()) {
      deadline.check();
      n++;
      Plan plan = plan(chunk, page, repaired, pageLines, removed, warnings, n);
      if (plan == null) continue;
      if (ids.add(plan.id())) plans.add(plan);
      else warnings.add("plan " + n + " repeats an earlier plan on the page (" + plan.id() + "); kept once");
    }
    if (plans.isEmpty()) throw noPlan(page.lines(), cleaned, warnings); // every warning is then why a part was skipped
    List<String> outside = page.outside().stream().map(Line::text).toList();
    return new ParseResult(document.filename(), plans, removed, warnings, outside);
  }

  private Plan plan(
      PlanSplitter.Chunk chunk,
      Page page,
      List<Line> repaired,
      List<String> pageLines,
      List<RemovedLine> removed,
      List<String> warnings,
      int n) {
    List<Line> body = trimSignature(chunk.lines(), removed);
    if (hanCount(body) < MIN_HAN) {
      warnings.add("part " + n + " has too little text to be a plan; skipped");
      return null;
    }
    OutlineParser.Node root = OutlineParser.parse(body, deadline);
    if (root.children.isEmpty() && sentences(body) < MIN_SENTENCES) {
      warnings.add("part " + n + " has no headings and fewer than " + MIN_SENTENCES + " sentences; not a plan");
      return null;
    }
    String planId = PlanIds.planId(body);
    MeasureBuilder.Built built = new MeasureBuilder(planId, meta::topics, deadline).build(root);
    countMeasures(built.measures().size());
    deadline.check();
    Titled title = fullName(title(chunk, page, body), page);
    // a title line or hint, or a first line shaped like a title ("在全县教育工作会议上的讲话"), not just a sentence
    boolean titled = !title.text().equals(body.get(0).text()) || TitleLines.isTitleShaped(body.get(0));
    List<Line> opening = body.subList(0, Math.min(OPENING_LINES, body.size()));
    String named = titled ? title.text() : otherDocumentAbove(repaired, body.get(0));
    String notPlan = NotPlan.reason(named, opening, !root.children.isEmpty(), enumerates(built));
    if (notPlan != null) {
      warnings.add("part " + n + ": " + notPlan + "; skipped");
      return null;
    }
    // the chunk's lines, signature included: "某县教育局 / 2024年2月5日" under the plan names its issuer
    List<String> lines = chunk.lines().stream().map(Line::norm).toList();
    deadline.check();
    PlanMeta m = meta.extract(new PlanText(title.text(), lines, pageLines, document.sourceUri(), title.own()));
    deadline.check();
    if (root.children.isEmpty()) warnings.add("plan " + n + " has no numbered headings; each paragraph is a measure");
    if (m.year() == null) warnings.add("plan " + n + " ('" + m.title() + "'): no year found");
    return Plan.of(planId, m, document.sourceUri(), built.sections(), built.measures());
  }

  /**
   * The title of a summary or speech that cleaning removed right above an untitled text ("教育局2022年工作总结范文范例"
   * taken as site talk, before "1.加快重点项目建设。…"): the text is that document. Null when there is none.
   */
  private static String otherDocumentAbove(List<Line> repaired, Line first) {
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

  // "关于印发2099年工作要点的通知" over "现将《某县教育局2099年工作要点》印发给你们": the notice names the plan in full
  private static Titled fullName(Titled title, Page page) {
    List<String> texts = page.allLines().stream().map(Line::text).toList();
    return CitedTitle.handedOver(title.text(), texts).map(t -> new Titled(t, title.own())).orElse(title);
  }

  /** Throws TOO_LARGE once the document's plans together pass the measure limit: each is stored and indexed. */
  private void countMeasures(int more) {
    measures += more;
    if (measures <= maxMeasures) return;
    throw new IngestException(
        IngestException.Reason.TOO_LARGE,
        "'" + document.filename() + "' has more than " + maxMeasures + " measures (" + measures + " so far); real plans"
            + " have hundreds, so it was not imported; split it into its plans");
  }

  /** A raw title and whether it is the plan's own heading rather than the page's. */
  private record Titled(String text, boolean own) {}

  /**
   * The raw title, most trusted first: the 篇 marker's or title line's unless a farm wrote it, else the heading right
   * below that farm line ("2024年教育局工作计划(精选22篇)" above "某县教育局2022年工作要点"); an h1 or {@code <title>}
   * that names a plan (a farm's SEO title last), else any; else the first line when it is shaped like a title; else
   * a title line just above the plan on the page; else the first line, which metadata drops when it is a sentence or
   * a numbered heading.
   */
  private static Titled title(PlanSplitter.Chunk chunk, Page page, List<Line> body) {
    return withFirstHalf(page.allLines(), pick(chunk, page, body));
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
      return half ? new Titled(above.text() + text, title.own()) : title;
    }
    return title;
  }

  private static Titled pick(PlanSplitter.Chunk chunk, Page page, List<Line> body) {
    String own = chunk.title() == null || chunk.title().isBlank() ? null : chunk.title();
    if (own != null && !FarmTitles.isFarmTitle(own) && !FarmTitles.isSiteLabel(own)) return new Titled(own, true);
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
    if (hint != null) return new Titled(hint, false);
    // the text opens with a heading, a sentence or page info, which is never a title: a title line near it on the
    // page, else a title fused with the first sentence or cited by a news lead ("《…工作要点》发布"), else the first
    // line, which metadata then drops (a plan without a title has none rather than a sentence)
    return titleNear(page.allLines(), first)
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
    for (int i = at + 1; at >= 0 && i <= Math.min(pageLines.size() - 1, at + TITLE_LOOKAHEAD); i++) {
      Line line = LineRepair.dropGlosses(pageLines.get(i)).strip();
      if (TitleLines.isTitleLike(line) && !isPageInfo(line)) return Optional.of(line.text());
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
  private static Page withSeoTitles(Page page, List<RemovedLine> removed) {
    List<String> hints = new ArrayList<>(page.titleHints().stream().map(LineRepair::dropGlosses).toList());
    for (RemovedLine r : removed) {
      // a site's category ("工作计划范文") names no plan
      boolean bare = TitleLines.isBareKind(io.planscope.text.Fold.normalize(r.text()));
      if (r.reason().equals(Boilerplate.SEO_TITLE) && !bare && !hints.contains(r.text())) hints.add(r.text());
    }
    return new Page(page.lines(), hints, page.removed(), page.allLines(), page.outside(), page.warnings());
  }

  private static List<Line> trimSignature(List<Line> lines, List<RemovedLine> removed) {
    int end = lines.size();
    while (end > 0 && SIGNATURE.matcher(lines.get(end - 1).norm()).find()) end--;
    for (int i = end; i < lines.size(); i++) removed.add(new RemovedLine(lines.get(i).text(), "signature (issuer, date)"));
    return lines.subList(0, end);
  }

  private static int sentences(List<Line> lines) {
    int n = 0;
    for (Line l : lines) n += (int) l.norm().chars().filter(c -> c == '。' || c == ';' || c == '；').count();
    return n;
  }

  private static int hanCount(List<Line> lines) {
    int n = 0;
    for (Line l : lines) {
      String norm = l.norm();
      for (int i = 0; i < norm.length(); i++) {
        char c = norm.charAt(i);
        if (c >= 0x3400 && c <= 0x9FFF) n++;
      }
    }
    return n;
  }

  /** "part 1 has no headings…; skipped" said of a page with one part: "it has no headings…". */
  private static String onlyPart(String warning) {
    String why = warning.replaceFirst("^part \\d+:? ", "").replace("; skipped", "");
    return why.startsWith("has ") ? "it " + why : why;
  }

  /** Whether a plan without numbered headings still enumerates its measures ("一是…二是…", "三月份：…"). */
  private static boolean enumerates(MeasureBuilder.Built built) {
    for (io.planscope.plan.Measure m : built.measures()) if (!m.label().isEmpty()) return true;
    return false;
  }

  private IngestException noPlan(List<Line> read, Boilerplate.Cleaned cleaned, List<String> skipped) {
    String notChinese = NotPlan.notChinese(read);
    String why =
        notChinese != null ? notChinese
            : cleaned.kept().isEmpty()
            ? "nothing was left after removing " + Plural.of(cleaned.removed().size(), "boilerplate line")
            : skipped.size() == 1 ? onlyPart(skipped.get(0))
            : !skipped.isEmpty() ? String.join("; ", skipped)
            : GENERIC_NO_PLAN;
    boolean generic = why.equals(GENERIC_NO_PLAN) || cleaned.kept().isEmpty();
    return new IngestException(
        IngestException.Reason.NO_PLAN,
        "No plan found in '" + document.filename() + "': " + why + (generic ? "; is this a list page?" : ""));
  }
}
