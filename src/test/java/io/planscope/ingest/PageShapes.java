package io.planscope.ingest;

import io.planscope.source.SourceDocument;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.Section;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Parsing a made-up page of a real shape, and what tests ask of the result: which text starts a measure, which is nowhere. */
final class PageShapes {
  private static final Ingestor INGESTOR = new Ingestor();

  private PageShapes() {}

  static ParseResult parse(String name, String... lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return INGESTOR.parse(new SourceDocument(bytes, name, "test/" + name, null, Instant.EPOCH));
  }

  /** Every measure's and preamble paragraph's text and every section heading of the plan. */
  static List<String> texts(Plan plan) {
    List<String> out = new ArrayList<>();
    for (Measure m : plan.passages()) out.add(m.text());
    addHeadings(plan.sections(), out);
    return out;
  }

  private static void addHeadings(List<Section> sections, List<String> out) {
    for (Section s : sections) {
      out.add(s.heading());
      addHeadings(s.children(), out);
    }
  }

  /**
   * Each phrase starts some measure, preamble paragraph or heading (after its label), or a line of one (the body of
   * "一、加强党的建设" over its one paragraph), as a reader expects.
   */
  static void assertStarts(Plan plan, String... phrases) {
    List<String> texts = texts(plan);
    for (String phrase : phrases) {
      boolean found = texts.stream().flatMap(String::lines)
          .anyMatch(t -> t.replaceFirst("^\\s*\\S{0,4}?[、.．)）]\\s*", "").startsWith(phrase) || t.startsWith(phrase));
      assertTrue(found, () -> "no measure or heading starts with '" + phrase + "': " + texts);
    }
  }

  /** No measure or heading of any plan holds the phrase. */
  static void assertNowhere(ParseResult r, String... phrases) {
    for (Plan p : r.plans()) {
      for (String text : texts(p)) {
        for (String phrase : phrases) assertFalse(text.contains(phrase), () -> "'" + phrase + "' is plan text: " + text);
      }
    }
  }
}
