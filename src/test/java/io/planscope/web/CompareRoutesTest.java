package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.ingest.ParseResult;
import io.planscope.json.Json;
import io.planscope.source.SourceDocument;
import io.planscope.plan.Level;
import io.planscope.plan.Measure;
import io.planscope.plan.Period;
import io.planscope.plan.Plan;
import io.planscope.plan.PlanMeta;
import io.planscope.plan.Region;
import io.planscope.plan.SectionType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareRoutesTest {
  private static final Region XIHU = new Region("浙江省", "杭州市", "西湖区", "330106");
  private static final String KINDER = "扩大普惠性学前教育资源，全年新建改扩建幼儿园1800个，学前三年毛入园率达到92%以上。";
  private static final String TEACHERS = "加强教师队伍建设，完善中小学教师培训体系，全年培训骨干教师500名。";
  private static final String SAFETY = "加强校园安全管理，开展安全隐患排查整治，建立健全校园安全工作长效机制。";
  private static final Map<String, Plan> PLANS = Map.of(
      "a.txt", plan("paaaaaaaaaaaa", 2023, KINDER, TEACHERS),
      "b.txt", plan("pbbbbbbbbbbbb", 2024, KINDER.replace("1800个", "2400个"), TEACHERS, SAFETY));

  @TempDir static Path data;
  static Workspace workspace;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  private static Plan plan(String id, int year, String... texts) {
    List<Measure> ms = new ArrayList<>();
    for (String t : texts) {
      ms.add(new Measure(id + "-m" + (ms.size() + 1), SectionType.TASKS, List.of(), "", null, t, List.of(), List.of(),
          List.of(), null));
    }
    PlanMeta meta = new PlanMeta("杭州市西湖区教育局" + year + "年工作计划", year, Period.of(Period.ANNUAL, year), null,
        Level.COUNTY, XIHU, "教育局", "工作计划");
    return Plan.of(id, meta, "test:" + id, List.of(), ms);
  }

  @BeforeAll
  static void start() throws Exception {
    workspace = Workspace.open(DataDir.at(data),
        doc -> new ParseResult(doc.filename(), List.of(PLANS.get(doc.filename())), List.of(), List.of()));
    for (String name : List.of("a.txt", "b.txt")) {
      workspace.importer().importDocument(new SourceDocument(
          name.getBytes(StandardCharsets.UTF_8), name, "test/" + name, null, Instant.EPOCH));
    }
    workspace.refresh();
    app = WebServer.create(workspace).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    workspace.close();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> postDiff(String contentType, String body) throws Exception {
    return post("/api/diff", contentType, body);
  }

  private static HttpResponse<String> postSimilar(String contentType, String body) throws Exception {
    return post("/api/similar", contentType, body);
  }

  private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) request.header("Content-Type", contentType);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  // A form or text/plain POST is a "simple" request a page on another site can make without a CORS preflight.
  @Test
  void postedDiffMustBeJsonElse415() throws Exception {
    String body = "{\"a\":\"学校\",\"b\":\"学校\"}";
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", null}) {
      JsonNode refused = json(postDiff(type, body), 415);
      assertEquals("unsupported_media_type", refused.get("error").asText());
      assertTrue(refused.get("message").asText().contains("application/json"), refused.toString());
    }
    assertEquals(1.0, json(postDiff("Application/JSON;charset=UTF-8", body), 200).get("similarity").asDouble());
  }

  @Test
  void postedDiffOfTwoLongUnrelatedTextsIsBoundedAndSaysItsGranularity() throws Exception {
    java.util.Random random = new java.util.Random(19);
    String a = io.planscope.compare.TextDiffTestTexts.randomHan(random, 20_000);
    String b = io.planscope.compare.TextDiffTestTexts.randomHan(random, 20_000);
    long start = System.nanoTime();
    JsonNode body = json(postDiff("application/json", Json.MAPPER.writeValueAsString(Map.of("a", a, "b", b))), 200);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 5_000, "took " + ms + " ms");
    assertFalse(body.get("granularity").asText().equals("token"), body.get("granularity").toString());
  }

  private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void similarListsTheOtherYearsMeasureWithScoreAndSharedSpans() throws Exception {
    JsonNode body = json(get("/api/measures/paaaaaaaaaaaa-m1/similar?limit=5&minScore=0.5"), 200);
    assertEquals("paaaaaaaaaaaa-m1", body.get("measure").get("measureId").asText());
    JsonNode first = body.get("similar").get(0);
    assertEquals("pbbbbbbbbbbbb-m1", first.get("measureId").asText());
    assertEquals(2024, first.get("year").asInt());
    assertEquals("西湖区", first.get("region").get("county").asText());
    assertEquals("county", first.get("level").asText());
    assertTrue(first.get("score").asDouble() > 0.8);
    assertEquals(4, first.get("shared").get(0).size());
  }

  @Test
  void postedDraftGetsTheClosestMeasuresWithSpansIntoBoth() throws Exception {
    String draft = "全区新建改扩建幼儿园2000个，学前三年毛入园率达到95%以上。";
    JsonNode body = json(postSimilar("application/json",
        Json.MAPPER.writeValueAsString(Map.of("text", draft, "limit", 5, "scope", "year:2024"))), 200);
    assertEquals(draft, body.get("text").asText());
    assertEquals(1, body.get("similar").size(), body.toString());
    JsonNode first = body.get("similar").get(0);
    assertEquals("pbbbbbbbbbbbb-m1", first.get("measureId").asText());
    JsonNode span = first.get("shared").get(0);
    assertEquals(draft.substring(span.get(0).asInt(), span.get(1).asInt()),
        first.get("text").asText().substring(span.get(2).asInt(), span.get(3).asInt()));
  }

  @Test
  void postedDraftMustBeJsonWithAShortTextAndFiltersOnly() throws Exception {
    assertEquals(415, postSimilar("text/plain", "{\"text\":\"幼儿园\"}").statusCode());
    assertTrue(json(postSimilar("application/json", "{\"draft\":\"幼儿园\"}"), 400).get("message").asText()
        .contains("\"text\""));
    String tooLong = "幼".repeat(5_000);
    assertTrue(json(postSimilar("application/json", "{\"text\":\"" + tooLong + "\"}"), 400).get("message")
        .asText().contains("5000"));
    assertTrue(json(postSimilar("application/json", "{\"text\":\"幼儿园\",\"scope\":\"year:2024 学前\"}"), 400)
        .get("message").asText().contains("only filters"));
    assertTrue(json(postSimilar("application/json", "{\"text\":\"幼儿园\",\"limit\":\"ten\"}"), 400)
        .get("message").asText().contains("limit"));
  }

  @Test
  void lineageIsOrderedByYear() throws Exception {
    JsonNode body = json(get("/api/measures/pbbbbbbbbbbbb-m1/lineage"), 200);
    assertEquals(2023, body.get("lineage").get(0).get("year").asInt());
    assertEquals(2024, body.get("lineage").get(1).get("year").asInt());
  }

  @Test
  void diffOfTwoMeasuresAndOfTwoPostedTexts() throws Exception {
    JsonNode byId = json(get("/api/diff?a=paaaaaaaaaaaa-m1&b=pbbbbbbbbbbbb-m1"), 200);
    assertTrue(byId.get("ops").toString().contains("{\"op\":\"delete\",\"text\":\"1800个\"}"), byId.toString());
    JsonNode body = json(postDiff("application/json", "{\"a\":\"學校\",\"b\":\"学校\",\"ignoreScript\":true}"), 200);
    assertEquals("token", body.get("granularity").asText());
    assertEquals(1.0, body.get("similarity").asDouble());
    assertEquals("equal", body.get("ops").get(0).get("op").asText());
    assertEquals("学校", body.get("ops").get(0).get("textB").asText());
  }

  @Test
  void compareByIdsAndLatest() throws Exception {
    JsonNode body = json(get("/api/compare?a=paaaaaaaaaaaa&b=pbbbbbbbbbbbb"), 200);
    assertEquals("{\"same\":1,\"moved\":0,\"changed\":1,\"added\":1,\"removed\":0,\"split\":0,\"merged\":0}",
        body.get("summary").toString().replaceAll(",\"similarity\":[0-9.]+", ""));
    assertEquals("changed", body.get("pairs").get(0).get("status").asText());
    assertTrue(body.get("pairs").get(2).get("a").isNull());
    JsonNode latest = json(get("/api/compare?bureau=" + URLEncoder.encode("西湖区教育局", StandardCharsets.UTF_8)
        + "&latest=true"), 200);
    assertEquals("paaaaaaaaaaaa", latest.get("a").get("id").asText());
    assertEquals("pbbbbbbbbbbbb", latest.get("b").get("id").asText());
  }

  @Test
  void badInputIsA4xxWithAMessage() throws Exception {
    assertEquals("not_found", json(get("/api/measures/pzzzzzzzzzzzz-m1/similar"), 404).get("error").asText());
    assertEquals("bad_request", json(get("/api/measures/paaaaaaaaaaaa-m1/similar?scope=mars"), 400)
        .get("error").asText());
    assertTrue(json(get("/api/diff?a=paaaaaaaaaaaa-m1"), 400).get("message").asText().contains("'b'"));
    assertTrue(json(get("/api/diff?a=paaaaaaaaaaaa-m1&b=pbbbbbbbbbbbb-m1&ignoreScript=maybe"), 400)
        .get("message").asText().contains("'maybe'"));
    HttpResponse<String> notJson = postDiff("application/json; charset=utf-8", "a=1&b=2");
    String message = json(notJson, 400).get("message").asText();
    assertTrue(message.startsWith("the body is not valid JSON") && message.contains("line 1, column 1"), message);
    assertFalse(message.contains("Source") || message.contains("REDACTED"), message);
    assertEquals("not_found", json(get("/api/compare?a=paaaaaaaaaaaa&b=pnope"), 404).get("error").asText());
    assertTrue(json(get("/api/compare?bureau=" + URLEncoder.encode("火星区", StandardCharsets.UTF_8)
        + "&latest=true"), 400).get("message").asText().contains("火星区"));
  }
}
