package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.source.SourceDocument;
import io.planscope.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture page under src/test/resources/ingest is parsed and compared with its {@code .golden.json}. After an
 * intended change, rewrite them with {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true} and review the
 * diff like code.
 */
class GoldenFilesTest {
  private static final Path DIR =
      Path.of(System.getProperty("planscope.home", ".")).resolve("src/test/resources/ingest");
  private static final String GOLDEN = ".golden.json";
  private static final Ingestor INGESTOR = new Ingestor();

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(GOLDEN)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesFixtureAsItsGoldenFileSays(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(DIR.resolve(name));
    ParseResult result = INGESTOR.parse(new SourceDocument(bytes, name, "ingest/" + name, null, Instant.EPOCH));
    String actual = json(result);
    Path golden = DIR.resolve(name + GOLDEN);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), () -> "no golden file " + golden + "; run with -Dgolden.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, () -> name + " differs from " + golden);
  }

  private static String json(ParseResult r) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("plans", r.plans());
    body.put("removed", r.removed());
    body.put("warnings", r.warnings());
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n";
  }
}
