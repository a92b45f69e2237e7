package io.planscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planscope.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  private static final Path FIXTURE =
      Path.of(System.getProperty("planscope.home", ".")).resolve("src/test/resources/ingest/fanwen-three-plans.txt");
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... argv) {
    return Main.run(
        argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsPlansAsJsonInTheDocumentedShape() throws Exception {
    assertEquals(0, run("parse", FIXTURE.toString(), "--json"));
    JsonNode plans = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("plans");
    assertEquals(3, plans.size());
    JsonNode plan = plans.get(0);
    for (String field : new String[] {"id", "title", "year", "period", "published", "level", "region", "bureau", "kind",
        "source", "sections", "measures"}) {
      assertTrue(plan.has(field), field);
    }
    JsonNode measure = plan.get("measures").get(1);
    for (String field : new String[] {"id", "sectionType", "path", "label", "text", "topics"}) {
      assertTrue(measure.has(field), field);
    }
    assertTrue(plan.get("region").has("province"));
    assertTrue(measure.get("id").asText().startsWith(plan.get("id").asText() + "-m"));
  }

  @Test
  void explainsTheOutlineAndTheRemovedLines() {
    assertEquals(0, run("parse", FIXTURE.toString(), "--explain"));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("== plan 3"), text);
    assertTrue(text.contains("payment wall"), text);
    assertTrue(text.contains("二、月份安排"), text);
    assertTrue(text.contains("(3 plans)"), text);
    assertTrue(!text.contains("null"), "unknown values show as '-': " + text);
  }

  @Test
  void showsAPlanWithoutATitleAsUntitled(@TempDir Path dir) throws Exception {
    String text =
        String.join(
            "\n",
            "2099年，全县教育工作要坚持立德树人，深化改革，提升质量，办好人民满意的教育。",
            "一、加强党的建设",
            "（一）落实全面从严治党责任，建强学校党组织。",
            "二、推进优质均衡",
            "（一）新建小学一所，改扩建幼儿园两所。");
    Path untitled = Files.writeString(dir.resolve("untitled.txt"), text);
    assertEquals(0, run("parse", untitled.toString(), "--explain"));
    String shown = out.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("== plan 1: 无标题"), shown);
  }

  @Test
  void saysAnEmptyFileIsEmpty(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
    assertEquals(1, run("parse", empty.toString()));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("'empty.html' is empty (0 bytes)"), message);
  }

  @Test
  void failsWithOnePlainLineOnABadFile(@TempDir Path dir) throws Exception {
    Path bad = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
    assertEquals(1, run("parse", bad.toString()));
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, message.strip().lines().count(), message);
    assertTrue(message.contains("photo.html") && message.contains("not text"), message);
    assertEquals(1, run("parse", dir.resolve("missing.txt").toString()));
  }
}
