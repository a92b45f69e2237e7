package io.planscope.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.planscope.ingest.Seeds;
import io.planscope.plan.Level;
import io.planscope.plan.Period;
import io.planscope.plan.PlanMeta;
import io.planscope.plan.Region;
import io.planscope.text.Fold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The metadata the issue expects on the real seed pages ({@link Seeds}; skipped without them). The plans are cut out
 * here by simple line markers, standing in for ingestion's splitter, so this test checks the metadata rules alone.
 */
class SeedMetadataTest {
  private final MetadataExtractor extractor = MetadataExtractor.load();

  private static List<String> lines(String prefix) throws IOException {
    return Files.readAllLines(Seeds.file(prefix), StandardCharsets.UTF_8).stream()
        .map(s -> Fold.normalize(s).strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private PlanMeta plan(List<String> page, Predicate<String> title, Predicate<String> bodyStart, Predicate<String> end) {
    int t = indexOf(page, title, 0);
    int b = indexOf(page, bodyStart, t);
    int e = indexOf(page, end, b + 1);
    return extractor.extract(new PlanText(page.get(t), page.subList(b, e < 0 ? page.size() : e), page, "seed"));
  }

  private static int indexOf(List<String> lines, Predicate<String> p, int from) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) if (p.test(lines.get(i))) return i;
    return -1;
  }

  @Test
  void seed001ThirdPlanIsQingdaoCity2017() throws IOException {
    List<String> page = lines("001");
    PlanMeta m = plan(page, s -> s.endsWith("篇3"), s -> s.startsWith("2017年全市"), s -> s.startsWith("【"));
    assertEquals(2017, m.year());
    assertEquals(Level.CITY, m.level());
    assertEquals(new Region("山东省", "青岛市", null, "370200"), m.region());
    assertEquals("2022-04-01", m.published());
  }

  @Test
  void seed004IsA2025CityPlanWithNoName() throws IOException {
    List<String> page = lines("004");
    PlanMeta m = plan(page, s -> s.equals("某市2025年教育工作要点"), s -> s.startsWith("2025年,"), s -> false);
    assertEquals(2025, m.year());
    assertEquals(Level.CITY, m.level());
    assertEquals(Region.NONE, m.region());
    assertEquals("工作要点", m.kind());
  }

  @Test
  void seed002IsA2023SecondHalfDistrictPlan() throws IOException {
    List<String> page = lines("002");
    PlanMeta m = plan(page, s -> s.endsWith("下半年工作方案"), s -> s.startsWith("2023年下半年"), s -> false);
    assertEquals(2023, m.year());
    assertEquals(Period.of(Period.SECOND_HALF, 2023), m.period());
    assertEquals(Level.COUNTY, m.level());
    assertEquals("教育体育局", m.bureau());
    assertNull(m.published());
  }
}
