package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.demo.DemoManifest;
import io.planscope.plan.Plan;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every plan in corpus/demo/MANIFEST.tsv is parsed as listed: title, year, region, level, kind and measure count.
 * Mismatches are collected and reported together, one line each, so a failure shows the whole picture.
 */
class DemoManifestTest {
  private static final Path DEMO = Path.of(System.getProperty("planscope.home", ".")).resolve("corpus/demo");

  @Test
  void parsesEveryManifestPlanAsListed() throws IOException {
    Ingestor ingestor = new Ingestor();
    Map<String, List<Plan>> parsed = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Map<String, String> row : DemoManifest.rows()) {
      String file = row.get("file");
      List<Plan> plans = parsed.computeIfAbsent(file, f -> parse(ingestor, f, problems));
      int index = Integer.parseInt(row.get("index"));
      if (plans.size() < index) {
        problems.add(file + "#" + index + ": only " + plans.size() + " plans parsed");
        continue;
      }
      compare(file + "#" + index, row, plans.get(index - 1), problems);
    }
    assertTrue(problems.isEmpty(), () -> problems.size() + " mismatches:\n" + String.join("\n", problems));
  }

  private static List<Plan> parse(Ingestor ingestor, String file, List<String> problems) {
    try {
      byte[] bytes = Files.readAllBytes(DEMO.resolve(file));
      return ingestor.parse(new SourceDocument(bytes, file, "demo/" + file, null, Instant.EPOCH)).plans();
    } catch (IOException | IngestException e) {
      problems.add(file + ": " + e.getMessage());
      return List.of();
    }
  }

  private static void compare(String where, Map<String, String> row, Plan p, List<String> problems) {
    check(where, "title", row.get("title"), p.title(), problems);
    check(where, "year", row.get("year"), p.year() == null ? "" : p.year().toString(), problems);
    check(where, "province", row.get("province"), nz(p.region().province()), problems);
    check(where, "city", row.get("city"), nz(p.region().city()), problems);
    check(where, "county", row.get("county"), nz(p.region().county()), problems);
    check(where, "level", row.get("level"), p.level().id(), problems);
    check(where, "kind", row.get("kind"), nz(p.kind()), problems);
    check(where, "measures", row.get("measures"), String.valueOf(p.measures().size()), problems);
  }

  private static void check(String where, String field, String expected, String actual, List<String> problems) {
    if (!Objects.equals(nz(expected), actual)) {
      problems.add(where + " " + field + ": manifest '" + expected + "', parsed '" + actual + "'");
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
