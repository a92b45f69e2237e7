package io.planscope.ingest;

import io.planscope.ingest.meta.IssuerLine;
import io.planscope.ingest.meta.MetadataExtractor;
import io.planscope.ingest.meta.PlanText;
import io.planscope.plan.Plan;
import io.planscope.plan.PlanMeta;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import io.planscope.text.Plural;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** From a read page to plans: line repair, boilerplate, splitting, then outline, measures and metadata per plan. */
final class PlanAssembler {
  private static final int MIN_HAN = 40;
  private static final int MIN_SENTENCES = 3;
  private static final int CUT_OPENING_HAN = 80;
  // "2023年2月10日", "二〇二三年三月": the date under a plan's signature
  private static final Pattern SIGNATURE_DATE =
      Pattern.compile(
          "^(\\d{4}|[二〇零一三四五六七八九十]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月(\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?$");
  // "某县教育局办公室": the office that sends a bureau's documents signs for it; "某县人民政府" for a government's plan
  private static final Pattern OFFICE = Pattern.compile("(办公室|办)$");
  private static final Pattern GOVERNMENT = Pattern.compile("^\\p{IsHan}{2,24}人民政府$");

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
    List<Line> repaired = Contents.cutRestarts(LineRepair.repair(page.lines(), deadline));
    Boilerplate.Cleaned cleaned = Boilerplate.clean(repaired, deadline);
    removed.addAll(cleaned.removed());
    page = PlanTitle.withSeoTitles(page, cleaned.removed());
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
    PlanTitle.Titled title = PlanTitle.of(chunk, page, body);
    // a title line or hint, or a first line shaped like a title ("在全县教育工作会议上的讲话"), not just a sentence
    boolean titled = !title.text().equals(body.get(0).text()) || TitleLines.isTitleShaped(body.get(0));
    // the chunk's lines, signature included: "某县教育局 / 2024年2月5日" under the plan names its issuer
    List<String> lines = chunk.lines().stream().map(Line::norm).toList();
    deadline.check();
    PlanMeta m = meta.extract(new PlanText(title.text(), lines, pageLines, document.sourceUri(), title.own()));
    deadline.check();
    List<Line> text = titled ? TitleRepeats.drop(body, List.of(title.text(), m.title()), removed) : body;
    OutlineParser.Node root = OutlineParser.parse(text, deadline);
    // a page cut off a few lines below a plan's own title ("某省…行动计划" and its first paragraph) still holds the plan
    boolean planTitle = NotPlan.isPlanTitle(chunk.title());
    int minSentences = planTitle ? 1 : MIN_SENTENCES;
    // …or its first sentence cut off mid-way, when that is a long one ("2017年我市教育发展的总体思路是:高举…")
    boolean cutOpening = planTitle && sentences(body) == 0 && hanCount(body) >= CUT_OPENING_HAN;
    if (root.children.isEmpty() && sentences(body) < minSentences && !cutOpening) {
      warnings.add("part " + n + " has no headings and fewer than " + MIN_SENTENCES + " sentences; not a plan");
      return null;
    }
    String planId = PlanIds.planId(body);
    MeasureBuilder.Built built = new MeasureBuilder(planId, meta::topics, deadline).build(root);
    countMeasures(built.measures().size() + built.preamble().size());
    deadline.check();
    List<Line> opening = body.subList(0, Math.min(OPENING_LINES, body.size()));
    String named = titled ? title.text() : PlanTitle.otherDocumentAbove(repaired, body.get(0));
    String notPlan = NotPlan.reason(named, opening, !root.children.isEmpty(), enumerates(built));
    if (notPlan != null) {
      warnings.add("part " + n + ": " + notPlan + "; skipped");
      return null;
    }
    if (root.children.isEmpty()) warnings.add("plan " + n + " has no numbered headings; each paragraph is a measure");
    if (m.year() == null) warnings.add("plan " + n + " ('" + m.title() + "'): no year found");
    return Plan.of(planId, m, document.sourceUri(), built.sections(), built.measures(), built.preamble());
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

  private static List<Line> trimSignature(List<Line> lines, List<RemovedLine> removed) {
    int end = lines.size();
    while (end > 0 && isSignature(lines.get(end - 1).norm())) end--;
    for (int i = end; i < lines.size(); i++) removed.add(new RemovedLine(lines.get(i).text(), "signature (issuer, date)"));
    return lines.subList(0, end);
  }

  /** The issuer's name (as {@link IssuerLine} reads one, or its office) or the date under a plan. */
  private static boolean isSignature(String norm) {
    if (SIGNATURE_DATE.matcher(norm).find()) return true;
    String name = OFFICE.matcher(norm).replaceFirst("");
    return IssuerLine.is(name) || GOVERNMENT.matcher(name).matches();
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

  /**
   * "part 1 has too little text…; part 2 has too little text…" said once when every part was skipped for the same
   * reason ("each of its 2 parts has too little text to be a plan"): a page of titles with no text, cut off after its
   * first lines, reads plainly.
   */
  private static String allParts(List<String> skipped) {
    java.util.Set<String> reasons = new java.util.LinkedHashSet<>();
    for (String w : skipped) reasons.add(w.replaceFirst("^part \\d+:? ", "").replace("; skipped", ""));
    if (reasons.size() > 1) return String.join("; ", skipped);
    String why = reasons.iterator().next();
    return "each of its " + skipped.size() + " parts " + (why.startsWith("has ") ? why : "was skipped: " + why);
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
            : !skipped.isEmpty() ? allParts(skipped)
            : GENERIC_NO_PLAN;
    boolean generic = why.equals(GENERIC_NO_PLAN) || cleaned.kept().isEmpty();
    return new IngestException(
        IngestException.Reason.NO_PLAN,
        "No plan found in '" + document.filename() + "': " + why + (generic ? "; is this a list page?" : ""));
  }
}
