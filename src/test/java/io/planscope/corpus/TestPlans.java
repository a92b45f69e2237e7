package io.planscope.corpus;

import io.planscope.source.IngestException;
import io.planscope.ingest.ParseResult;
import io.planscope.source.SourceDocument;
import io.planscope.plan.Level;
import io.planscope.plan.Measure;
import io.planscope.plan.Period;
import io.planscope.plan.Plan;
import io.planscope.plan.PlanMeta;
import io.planscope.plan.Region;
import io.planscope.plan.Section;
import io.planscope.plan.SectionType;
import io.planscope.text.Fold;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Test fixtures: a tiny stand-in parser for .txt files so store, import and web tests do not depend on the real
 * ingestion. A file is plans separated by lines of "====="; in each, the first line is the title and every further
 * non-blank line one measure. Plan ids follow the contract (hash of the folded text without spaces and punctuation),
 * so a traditional copy gets the same id.
 */
public final class TestPlans {
  private TestPlans() {}

  /** Parses like ingestion would, for test files; "no plan" when the text is blank or the name is not .txt. */
  public static ParseResult parse(SourceDocument doc) {
    if (!doc.filename().endsWith(".txt")) {
      throw new IngestException(IngestException.Reason.UNSUPPORTED_TYPE, "test parser reads only .txt: '" + doc.filename() + "'");
    }
    String text = new String(doc.bytes(), StandardCharsets.UTF_8);
    if (text.indexOf('\0') >= 0) {
      throw new IngestException(IngestException.Reason.NOT_TEXT, "'" + doc.filename() + "' is not text");
    }
    List<Plan> plans = new ArrayList<>();
    for (String part : text.split("\n=====\n")) {
      if (!part.isBlank()) plans.add(plan(part, doc.sourceUri()));
    }
    if (plans.isEmpty()) {
      throw new IngestException(IngestException.Reason.NO_PLAN, "No plan found in '" + doc.filename() + "'");
    }
    return new ParseResult(doc.filename(), plans, List.of(), List.of());
  }

  /** One plan from "title\nmeasure\nmeasure...". */
  public static Plan plan(String text, String source) {
    List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String id = planId(text);
    List<Measure> measures = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String mid = id + "-m" + i;
      ids.add(mid);
      measures.add(new Measure(mid, SectionType.TASKS, List.of("一、主要任务"), "", null, lines.get(i), List.of("德育"),
          List.of(), List.of(), null));
    }
    Section section = new Section("一、主要任务", SectionType.TASKS, List.of(), ids);
    PlanMeta meta =
        new PlanMeta(lines.get(0), 2024, Period.of(Period.ANNUAL, 2024), null, Level.COUNTY,
            new Region("浙江省", "杭州市", "西湖区", "330106"), "教育局", "工作计划");
    return Plan.of(id, meta, source, List.of(section), measures);
  }

  /** The contract's plan id: p + 12 hex of SHA-256 over the folded text without whitespace and punctuation. */
  public static String planId(String text) {
    String key = Fold.normalize(text).replaceAll("[\\s\\p{P}\\p{S}]", "");
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "p" + HexFormat.of().formatHex(d).substring(0, 12);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A source document from text, imported "now" from a made-up path. */
  public static SourceDocument txt(String filename, String text) {
    return new SourceDocument(
        text.getBytes(StandardCharsets.UTF_8), filename, "/imports/" + filename, null, Instant.parse("2026-01-02T03:04:05Z"));
  }

  /** A plan text with a title and n measures, distinct per seed. */
  public static String planText(String seed, int measures) {
    StringBuilder sb = new StringBuilder(seed + "区教育局2024年工作计划\n");
    for (int i = 1; i <= measures; i++) sb.append("加强").append(seed).append("第").append(i).append("项工作，落实立德树人。\n");
    return sb.toString();
  }
}
