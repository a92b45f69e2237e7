package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.json.Json;
import io.planscope.plan.Plan;
import io.planscope.search.TestPlans;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchRoutesTest {
  @TempDir static Path data;
  static Workspace workspace;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    workspace = Workspace.open(DataDir.at(data));
    for (Plan p : TestPlans.all()) workspace.index().add(p, List.of(p.source()), null);
    workspace.index().refresh();
    app = WebServer.create(workspace).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    workspace.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void filtersAndFacetsByLeadUnit() throws Exception {
    HttpResponse<String> r = get("/api/search?lead=" + enc("人事科"));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertEquals(1, body.get("total").asInt());
    assertEquals("区教育局人事科", body.get("hits").get(0).get("lead").get(0).asText());
    assertTrue(body.get("hits").get(0).has("partners") && body.get("hits").get(0).has("deadline"));
    assertEquals("区教育局人事科", body.get("facets").get("lead").get(0).get("value").asText());
    JsonNode q = Json.MAPPER.readTree(get("/api/search?q=" + enc("lead:区教育局人事科 师德")).body());
    assertEquals(1, q.get("total").asInt());
  }

  @Test
  void searchReturnsHitsFacetsAndCounts() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + enc("毛入园率") + "&region=" + enc("浙江"));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertEquals(1, body.get("total").asInt());
    assertEquals(1, body.get("plans").asInt());
    JsonNode hit = body.get("hits").get(0);
    for (String f : List.of("measureId", "planId", "title", "text", "snippet", "region", "year", "level",
        "sectionType", "topics", "path", "score", "source", "original")) {
      assertTrue(hit.has(f), f);
    }
    assertEquals("杭州市", hit.get("region").get("city").asText());
    assertTrue(hit.get("snippet").asText().contains("<mark>毛入园率</mark>"));
    // region counts are drill-sideways: other provinces stay visible for multi-select
    assertEquals(3, body.get("facets").get("region").size());
  }

  @Test
  void csvHasBomAndHeader() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + enc("双减") + "&format=csv");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(r.body().startsWith("\uFEFFmeasureId,planId,title"), r.body());
    HttpResponse<String> k = get("/api/kwic?q=" + enc("\"课后服务\"") + "&format=csv&width=5");
    assertTrue(k.body().startsWith("\uFEFF"), k.body());
    HttpResponse<String> t = get("/api/trend?q=" + enc("双减") + "&by=province&format=csv");
    assertTrue(t.body().startsWith("\uFEFFprovince,plans,total,share"), t.body());
  }

  @Test
  void kwicLinesUpEveryOccurrenceAcrossScripts() throws Exception {
    JsonNode body = Json.MAPPER.readTree(get("/api/kwic?q=" + enc("\"課後服務\"") + "&width=4&sort=left").body());
    assertEquals(4, body.get("occurrences").asInt(), body.toString());
    for (JsonNode line : body.get("lines")) {
      assertTrue(List.of("课后服务", "課後服務").contains(line.get("match").asText()), line.toString());
      assertTrue(line.get("left").asText().length() <= 4);
    }
  }

  @Test
  void kwicReturnsAtMostLimitLinesAndSaysItIsTruncated() throws Exception {
    JsonNode body = Json.MAPPER.readTree(get("/api/kwic?q=" + enc("\"課後服務\"") + "&limit=2").body());
    assertEquals(4, body.get("occurrences").asInt(), body.toString());
    assertEquals(2, body.get("lines").size());
    assertTrue(body.get("truncated").asBoolean());
    JsonNode all = Json.MAPPER.readTree(get("/api/kwic?q=" + enc("\"課後服務\"")).body());
    assertEquals(4, all.get("lines").size());
    assertFalse(all.get("truncated").asBoolean());
    assertEquals(400, get("/api/kwic?q=" + enc("\"课后服务\"") + "&limit=0").statusCode());
  }

  static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void aLongChineseQueryIsAnsweredByGetAndByPost() throws Exception {
    // 962 characters (the query limit is 1,000): 8.7 KB URL-encoded, past Jetty's default 8 KB (an HTML 414 before).
    String q = "加强师德师风建设健全考核机制完善课后服务提高教育质量".repeat(37);
    HttpResponse<String> byGet = get("/api/search?q=" + enc(q) + "&region=" + enc("浙江"));
    assertEquals(200, byGet.statusCode(), byGet.body());
    String body = Json.MAPPER.writeValueAsString(Map.of("q", q, "region", List.of("浙江"), "size", 5));
    HttpResponse<String> byPost = post("/api/search", "application/json", body);
    assertEquals(200, byPost.statusCode(), byPost.body());
    assertEquals(Json.MAPPER.readTree(byGet.body()).get("total"), Json.MAPPER.readTree(byPost.body()).get("total"));
    JsonNode kwic = Json.MAPPER.readTree(post("/api/kwic", "application/json",
        "{\"q\":\"\\\"課後服務\\\"\",\"limit\":1}").body());
    assertEquals(1, kwic.get("lines").size(), kwic.toString());
    assertEquals(415, post("/api/search", "text/plain", body).statusCode());
    assertEquals(400, post("/api/trend", "application/json", "[\"q\"]").statusCode());
  }

  @Test
  void aUrlPastTheLimitIsJson414PointingToPost() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + enc("课后服务".repeat(2_500)));
    assertEquals(414, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.toString());
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertEquals("uri_too_long", body.get("error").asText());
    assertTrue(body.get("message").asText().contains("POST /api/search"), body.toString());
  }

  @Test
  void trendCountsPlansPerYear() throws Exception {
    JsonNode body = Json.MAPPER.readTree(get("/api/trend?q=" + enc("\"毛入园率\"") + "&by=year").body());
    assertEquals(3, body.get("plans").asInt(), body.toString());
    JsonNode y2023 = body.get("rows").get(1);
    assertEquals("2023", y2023.get("key").asText());
    assertEquals(2, y2023.get("plans").asInt());
    assertEquals(1.0, y2023.get("share").asDouble());
  }

  @Test
  void measureComesBackWithItsPlanMetadata() throws Exception {
    // Whole plans (GET /api/plans/{id}) are served from the store: DocumentRoutesTest covers them.
    JsonNode m = Json.MAPPER.readTree(get("/api/measures/p000000000001-m2").body());
    assertEquals("tasks", m.get("sectionType").asText());
    assertEquals(404, get("/api/measures/pnope-m1").statusCode());
  }

  @Test
  void facetsWithoutQuery() throws Exception {
    JsonNode body = Json.MAPPER.readTree(get("/api/facets?level=county").body());
    long total = 0;
    for (JsonNode v : body.get("facets").get("sectionType")) total += v.get("count").asLong();
    assertEquals(8, total);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "q=%22unclosed", "q=(a", "q=a)", "q=()", "q=OR+a", "q=a+OR", "q=a+OR+OR+b", "q=-", "q=--a", "q=colour:red",
    "q=year:abc", "q=year:2025..2020", "q=year:", "q=level:village", "q=section:foo", "q=region:", "q=%22%EF%BC%8C%22",
    "q=:x", "q=%22%22", "q=%E3%80%82", "page=0", "page=x", "size=1000", "size=0", "unit=x", "sort=x", "format=xml",
    "region=x&year=20x", "level=nope", "page=100000&size=200", "format=csv&size=20000"
  })
  void malformedSearchesAre400WithAMessage(String query) throws Exception {
    HttpResponse<String> r = get("/api/search?" + query);
    assertEquals(400, r.statusCode(), query + " -> " + r.body());
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertEquals("bad_query", body.get("error").asText());
    assertFalse(body.get("message").asText().isBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/api/kwic", "/api/kwic?q=region:浙江", "/api/kwic?q=%22a%22&width=0", "/api/kwic?q=%22a%22&sort=up",
    "/api/trend", "/api/trend?q=a&by=month", "/api/trend?q=(", "/api/facets?year=abc"
  })
  void malformedViewsAre400(String path) throws Exception {
    HttpResponse<String> r = get(path.replace("浙江", enc("浙江")));
    assertEquals(400, r.statusCode(), path + " -> " + r.body());
  }

  @Test
  void hugeQueriesAnswerOr400NeverCrash() throws Exception {
    String paragraph = "加强师德师风建设健全考核机制完善课后服务提高教育质量".repeat(30);
    for (String q : List.of(paragraph, "\"" + paragraph + "\"", "(".repeat(200) + "教育" + ")".repeat(200),
        "教育 OR ".repeat(120) + "学校", "-教育 ".repeat(150))) {
      for (String path : List.of("/api/search?q=", "/api/kwic?q=", "/api/trend?q=")) {
        int status = get(path + enc(q)).statusCode();
        assertTrue(status == 200 || status == 400, path + q.substring(0, 20) + " -> " + status);
      }
    }
    assertEquals(400, get("/api/search?q=" + enc("ab ".repeat(400))).statusCode());
  }

  @Test
  void errorSaysWhere() throws Exception {
    JsonNode body = Json.MAPPER.readTree(get("/api/search?q=" + enc("双减 (课后 OR")).body());
    assertTrue(body.get("message").asText().contains("column"), body.toString());
  }
}
