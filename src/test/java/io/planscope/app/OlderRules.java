package io.planscope.app;

import io.planscope.source.IngestException;
import io.planscope.ingest.Ingestor;
import io.planscope.ingest.ParseResult;
import io.planscope.source.SourceDocument;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.Section;
import io.planscope.plan.SectionType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * "Yesterday's rules" for re-parse tests: today's {@link Ingestor}, with the output shaped as older rules would have
 * left it, per fixture in src/test/resources/reparse, and parser version 1:
 *
 * <ul>
 *   <li>lanxi-2024.html: the site suffix stayed in the title and the editor line became a last measure;
 *   <li>farm-two.txt: 【篇二】 did not split, so the second plan was glued to the first;
 *   <li>mirror-s.txt, mirror-t.txt: the "打印本页 关闭窗口" line became a last measure (both copies alike);
 *   <li>junk-extra.txt: a "相关文章" link list became a plan of its own;
 *   <li>steady.txt (and anything else): as today; gone.txt parses although today's rules find no plan in it.
 * </ul>
 *
 * Each changed text gets another id, as a hash of the text would.
 */
public final class OlderRules implements Importer.Parser {
  private final Ingestor today;

  public OlderRules(Ingestor today) {
    this.today = today;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public ParseResult parse(SourceDocument doc) {
    if (doc.filename().equals("gone.txt")) {
      String text = new String(doc.bytes(), StandardCharsets.UTF_8);
      return new ParseResult(doc.filename(), List.of(plain(id(text), text.lines().findFirst().orElse(""),
          text.lines().skip(1).toList(), doc.sourceUri())), List.of(), List.of());
    }
    ParseResult now = today.parse(doc);
    List<Plan> plans = switch (doc.filename()) {
      case "lanxi-2024.html" -> List.of(withLastMeasure(retitled(now.plans().get(0), "_兰溪教育网"), "（责任编辑：陈某 审核：李某）"));
      case "farm-two.txt" -> List.of(glued(now.plans().get(0), now.plans().get(1)));
      case "mirror-s.txt", "mirror-t.txt" -> List.of(withLastMeasure(now.plans().get(0), "打印本页 关闭窗口"));
      case "junk-extra.txt" -> List.of(now.plans().get(0), plain(id("related"), "相关文章",
          List.of("开化县召开教研工作会议", "开化县举行新教师培训"), doc.sourceUri()));
      default -> now.plans();
    };
    return new ParseResult(now.filename(), plans, now.removed(), now.warnings(), now.outside());
  }

  /** A plan in the store's shape with one measure per line, as a crude older rule would have made it. */
  private static Plan plain(String id, String title, List<String> lines, String source) {
    List<Measure> measures = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) continue;
      measures.add(new Measure(id + "-m" + (measures.size() + 1), SectionType.OTHER, List.of(), "", null, line, List.of(), List.of(), List.of(), null));
    }
    Section section = new Section("", SectionType.OTHER, List.of(), measures.stream().map(Measure::id).toList());
    return new Plan(id, title, null, null, null, io.planscope.plan.Level.UNKNOWN, io.planscope.plan.Region.NONE, null,
        null, source, List.of(section), measures);
  }

  private static Plan retitled(Plan p, String suffix) {
    return new Plan(p.id(), p.title() + suffix, p.year(), p.period(), p.published(), p.level(), p.region(), p.bureau(),
        p.kind(), p.source(), p.sections(), p.measures());
  }

  /** The plan with one more measure at the end (in its last section), under an older id. */
  private static Plan withLastMeasure(Plan p, String text) {
    Plan old = p.withId(id(p.id()));
    String mid = old.id() + "-m" + (old.measures().size() + 1);
    List<Measure> measures = new ArrayList<>(old.measures());
    measures.add(new Measure(mid, SectionType.OTHER, List.of(), "", null, text, List.of(), List.of(), List.of(), null));
    List<Section> sections = new ArrayList<>(old.sections());
    sections.add(new Section("", SectionType.OTHER, List.of(), List.of(mid)));
    return copy(old, sections, measures);
  }

  /** Two plans as one: the first's metadata, then the second's outline and measures, numbered on. */
  private static Plan glued(Plan first, Plan second) {
    Plan old = first.withId(id(first.id() + second.id()));
    Map<String, String> renumbered = new HashMap<>();
    List<Measure> measures = new ArrayList<>(old.measures());
    for (Measure m : second.measures()) {
      String mid = old.id() + "-m" + (measures.size() + 1);
      renumbered.put(m.id(), mid);
      measures.add(m.withId(mid));
    }
    List<Section> sections = new ArrayList<>(old.sections());
    second.sections().forEach(s -> sections.add(s.withMeasureIds(renumbered::get)));
    return copy(old, sections, measures);
  }

  private static Plan copy(Plan p, List<Section> sections, List<Measure> measures) {
    return new Plan(p.id(), p.title(), p.year(), p.period(), p.published(), p.level(), p.region(), p.bureau(),
        p.kind(), p.source(), sections, measures);
  }

  /** A made-up id for an older text: p + 12 hex, as a text hash. */
  static String id(String seed) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(("older:" + seed).getBytes(StandardCharsets.UTF_8));
      return "p" + HexFormat.of().formatHex(d).substring(0, 12);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Today's rules (version {@link io.planscope.source.ParserVersion#CURRENT}), failing as today on gone.txt. */
  public static Importer.Parser today(Ingestor ingestor) {
    return doc -> {
      if (doc.filename().equals("gone.txt")) {
        throw new IngestException(IngestException.Reason.NO_PLAN, "No plan found in 'gone.txt': a list page");
      }
      return ingestor.parse(doc);
    };
  }
}
