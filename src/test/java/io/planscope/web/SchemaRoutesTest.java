package io.planscope.web;

import io.planscope.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.index.Dimension;
import io.planscope.plan.SectionType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/schema} lists every dimension with what a client needs to offer it (its parameter, facet key,
 * example and labels) and the section types with the labels the README uses; open on a private server, whose
 * searches still need the token. That each dimension filters and counts is DimensionsTest's.
 */
class SchemaRoutesTest {
  private static final String TOKEN = "schema-test-token";
  @TempDir static Path data;
  static Workspace workspace;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** An empty private server: the schema describes the build, not the data. */
  @BeforeAll
  static void start() throws Exception {
    workspace = Workspace.open(DataDir.at(data));
    AdminToken token = new AdminToken(Optional.of(TOKEN), "the schema test", false);
    app = WebServer.create(workspace, new WebOptions(token, true, WebOptions.DEFAULT_MAX_UPLOAD)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    workspace.close();
  }

  static HttpResponse<String> get(String pathAndQuery, boolean withToken) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery));
    if (withToken) b.header("Authorization", "Bearer " + TOKEN);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode schema() throws Exception {
    HttpResponse<String> r = get("/api/schema", false);
    assertEquals(200, r.statusCode(), "open without the token on a private server: " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("charset=utf-8"));
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void listsEveryDimensionWithItsExampleAndLabels() throws Exception {
    List<String> names = new ArrayList<>();
    for (JsonNode d : schema().get("dimensions")) {
      names.add(d.get("name").asText());
      assertTrue(d.get("example").asText().startsWith(d.get("name").asText() + ":"), d.toString());
      assertFalse(d.get("label").get("zh").asText().isBlank(), d.toString());
      assertFalse(d.get("label").get("en").asText().isBlank(), d.toString());
      assertTrue(d.get("values").isArray(), d.toString());
    }
    assertEquals(Dimension.names(), names);
    assertTrue(names.containsAll(List.of("region", "year", "level", "section", "topic", "kind", "bureau", "lead")));
  }

  @Test
  void everyExampleSearchesAndEveryFacetKeyIsInTheAnswer() throws Exception {
    for (JsonNode d : schema().get("dimensions")) {
      String example = d.get("example").asText();
      HttpResponse<String> r = get("/api/search?size=1&q=" + URLEncoder.encode(example, StandardCharsets.UTF_8), true);
      assertEquals(200, r.statusCode(), example + ": " + r.body());
      JsonNode facets = Json.MAPPER.readTree(r.body()).get("facets");
      assertTrue(facets.has(d.get("facet").asText()), d.get("facet") + " not in " + facets);
    }
  }

  @Test
  void sectionTypesAndLevelsCarryTheLabelsTheReadmeUses() throws Exception {
    JsonNode body = schema();
    JsonNode types = body.get("sectionTypes");
    assertEquals(SectionType.values().length, types.size());
    assertEquals("preamble", types.get(0).get("value").asText());
    assertEquals("前言", types.get(0).get("label").get("zh").asText());
    assertEquals("Preamble", types.get(0).get("label").get("en").asText());
    JsonNode section = dimension(body, "section");
    assertEquals("sectionType", section.get("facet").asText());
    assertEquals(types, section.get("values"), "the section facet's values are the section types");
    JsonNode level = dimension(body, "level");
    assertEquals("county", level.get("values").get(3).get("value").asText());
    assertEquals("县级", level.get("values").get(3).get("label").get("zh").asText());
    assertEquals("tree", dimension(body, "region").get("shape").asText());
    assertEquals("未知", body.get("unknown").get("label").get("zh").asText());
  }

  @Test
  void searchesStillNeedTheTokenOnAPrivateServer() throws Exception {
    assertEquals(401, get("/api/search?q=" + URLEncoder.encode("双减", StandardCharsets.UTF_8), false).statusCode());
  }

  private static JsonNode dimension(JsonNode schema, String name) {
    for (JsonNode d : schema.get("dimensions")) if (d.get("name").asText().equals(name)) return d;
    throw new AssertionError("no dimension " + name + " in " + schema);
  }
}
