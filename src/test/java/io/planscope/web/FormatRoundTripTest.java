package io.planscope.web;

import io.planscope.json.Json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.ingest.FormatSamples;
import io.planscope.ingest.SourceFormat;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every registered format through the real server and the real parser: uploaded (multipart and raw), parsed, served
 * back with its type; names the table does not know get a 415 that lists it; {@code GET /api/formats} is the table.
 * One server for the class (the real parser takes seconds to load); each test uploads plans of its own years.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormatRoundTripTest {
  private static final String TOKEN = "formats-token-0123456789";
  @TempDir static Path data;
  private Workspace workspace;
  private Javalin app;
  private UploadClient client;

  @BeforeAll
  void start() throws Exception {
    workspace = Workspace.open(DataDir.at(data));
    AdminToken token = new AdminToken(Optional.of(TOKEN), "the test", false);
    app = WebServer.create(workspace, new WebOptions(token, false, 4 << 20)).start("127.0.0.1", 0);
    client = new UploadClient(app.port(), TOKEN);
  }

  @AfterAll
  void stop() throws Exception {
    app.stop();
    workspace.close();
  }

  private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    return Json.MAPPER.readTree(r.body());
  }

  private static String title(int year) {
    return "某县教育局" + year + "年工作要点";
  }

  @Test
  void anShtmlPageIsAcceptedParsedAndServedAsText() throws Exception {
    byte[] page = FormatSamples.plan(SourceFormat.HTML, title(2024));
    JsonNode doc = json(client.multipart(Map.of("plan.shtml", page)), 201).get("documents").get(0);
    assertEquals("plan.shtml", doc.get("filename").asText());
    assertEquals(title(2024), doc.get("plans").get(0).get("title").asText());
    HttpResponse<byte[]> original = client.sendBytes(
        client.request("/api/documents/" + doc.get("id").asText() + "/original").GET().build());
    assertEquals("text/plain;charset=utf-8", original.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    assertArrayEquals(page, original.body());
  }

  @Test
  void everyFormatUnderEveryExtensionIsUploadedParsedAndServedWithItsType() throws Exception {
    int year = 2010;
    for (SourceFormat f : SourceFormat.values()) {
      for (String ext : f.extensions()) {
        byte[] bytes = FormatSamples.plan(f, title(++year));
        String name = "plan-" + year + "." + ext.toUpperCase(Locale.ROOT);
        JsonNode doc = json(client.multipart(Map.of(name, bytes)), 201).get("documents").get(0);
        assertEquals(title(year), doc.get("plans").get(0).get("title").asText(), name);
        // a zip's entries are the stored documents: the plan inside is plain text
        assertEquals(f.archive() ? "plan.txt" : name, doc.get("filename").asText());
        String served = client.sendBytes(client.request("/api/documents/" + doc.get("id").asText() + "/original")
            .GET().build()).headers().firstValue("Content-Type").orElse("");
        String expected = f.text() || f.archive() ? "text/plain" : f.contentType();
        assertTrue(served.startsWith(expected), name + " served as " + served);
      }
    }
  }

  @Test
  void aNameWithoutExtensionTakesItsFormatFromTheDeclaredType() throws Exception {
    for (SourceFormat f : SourceFormat.documents()) {
      String type = f.contentTypes().get(f.contentTypes().size() - 1);
      JsonNode doc = json(client.raw("plan-" + f, type, FormatSamples.plan(f, title(2030 + f.ordinal()))), 201)
          .get("documents").get(0);
      assertEquals(f.withExtension("plan-" + f), doc.get("filename").asText());
      assertEquals(title(2030 + f.ordinal()), doc.get("plans").get(0).get("title").asText());
    }
  }

  @Test
  void anUnknownFormatIs415NamingEveryRegisteredOne() throws Exception {
    int stored = workspace.store().planIds().size();
    for (HttpResponse<String> r : List.of(client.multipart(Map.of("plan.doc", new byte[] {-48, -49, 17, -32})),
        client.raw("plan", "application/msword", new byte[] {-48, -49, 17, -32}))) {
      JsonNode error = json(r, 415);
      assertEquals("unsupported_type", error.get("error").asText());
      String message = error.get("message").asText();
      assertTrue(message.endsWith(" is not a format PlanScope reads; upload " + SourceFormat.supported()), message);
      for (SourceFormat f : SourceFormat.values()) {
        f.extensions().forEach(e -> assertTrue(message.contains("." + e), e + " missing from: " + message));
      }
    }
    assertEquals(stored, workspace.store().planIds().size(), "nothing stored");
  }

  @Test
  void formatsEndpointIsTheRegistry() throws Exception {
    JsonNode formats = json(client.get("/api/formats"), 200).get("formats");
    List<String> got = new ArrayList<>();
    formats.forEach(f -> got.add(f.get("name").asText() + " " + f.get("label").asText() + " "
        + strings(f.get("extensions")) + " " + strings(f.get("contentTypes")) + " " + f.get("archive").asBoolean()));
    List<String> expected = new ArrayList<>();
    for (SourceFormat f : SourceFormat.values()) {
      expected.add(f.name().toLowerCase(Locale.ROOT) + " " + f.label() + " " + f.extensions() + " "
          + f.contentTypes() + " " + f.archive());
    }
    assertEquals(expected, got);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
