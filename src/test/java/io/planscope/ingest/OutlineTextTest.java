package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code parse --explain} on a portal page (src/test/resources/explain/portal-page.html, written for this test): the
 * byline, the 60-link side menu and the footer are outside the main content block; they feed metadata and are listed
 * as such, the first {@link OutlineText#OUTSIDE_SHOWN} of them, then a count.
 */
class OutlineTextTest {
  private static final Path PAGE =
      Path.of(System.getProperty("planscope.home", ".")).resolve("src/test/resources/explain/portal-page.html");

  private static ParseResult parse() throws IOException {
    byte[] bytes = Files.readAllBytes(PAGE);
    return new Ingestor().parse(new SourceDocument(bytes, "portal-page.html", "test/portal-page.html", null, Instant.EPOCH));
  }

  @Test
  void keepsTheLinesOutsideTheMainContentApartFromTheRemovedOnes() throws IOException {
    ParseResult result = parse();
    List<String> outside = result.outside();
    assertEquals(63, outside.size(), outside.toString()); // site name, byline, 60 menu items, footer
    assertEquals("某县教育局门户", outside.get(0));
    assertEquals("发布时间：2024-03-01 来源：某县教育局", outside.get(1));
    assertEquals("信息公开栏目60", outside.get(61));
    assertTrue(outside.get(62).startsWith("主办单位"), outside.get(62));
    assertTrue(result.removed().stream().noneMatch(r -> outside.contains(r.text())), result.removed().toString());
    assertEquals("2024-03-01", result.plans().get(0).published(), "the byline outside the content still feeds metadata");
    assertEquals(6, result.plans().get(0).measures().size());
    assertEquals(1, result.plans().get(0).preamble().size());
  }

  @Test
  void explainListsTheFirstFiftyLinesOutsideTheContentAndCountsTheRest() throws IOException {
    String text = OutlineText.explain(parse());
    assertTrue(text.contains("\nlines outside the main content block (63, read for metadata only):\n"), text);
    assertTrue(text.contains(OutlineText.OUTSIDE_REASON + " | 发布时间：2024-03-01 来源：某县教育局\n"), text);
    assertEquals(OutlineText.OUTSIDE_SHOWN, text.lines().filter(l -> l.startsWith("  " + OutlineText.OUTSIDE_REASON)).count());
    assertTrue(text.contains(OutlineText.OUTSIDE_REASON + " | 信息公开栏目48\n"), text);
    assertFalse(text.contains("信息公开栏目49\n"), text);
    assertTrue(text.contains("  … and 13 more\n"), text);
  }

  @Test
  void aPlainTextPageHasNothingOutsideItsContent() {
    ParseResult result =
        new Ingestor().parse(Seeds.doc("plan.txt", TestPages.PLAN_TITLE + "\n" + TestPages.PLAN_BODY));
    assertEquals(List.of(), result.outside());
    assertFalse(OutlineText.explain(result).contains("outside the main content"));
  }
}
