package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.demo.DemoManifest;
import io.planscope.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publish date given by hand with an upload ({@code ?published=}): a demo page whose text carries no date (the
 * manifest's {@code published} column is empty) takes it; one whose text has a date takes the hand date instead; the
 * plan, the search hit, the {@code published:} filter and the citation all say it, and it survives a restart. A bad
 * date is a 400 that stores nothing.
 */
class PublishedUploadTest {
  private static final String TOKEN = "published-token-0123456789";
  private static final String UNDATED = "wenku-zz-2023-gongzuoyaodian.html";
  private static final String DATED = "hz-xihu-2023-gongzuojihua.html";
  @TempDir Path data;
  private Workspace workspace;
  private Javalin app;
  private UploadClient client;

  @BeforeEach
  void start() throws Exception {
    workspace = Workspace.open(DataDir.at(data));
    app = WebServer.create(workspace, new WebOptions(new AdminToken(Optional.of(TOKEN), "the test", false), false,
        4 << 20)).start("127.0.0.1", 0);
    client = new UploadClient(app.port(), TOKEN);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) app.stop();
    if (workspace != null) workspace.close();
  }

  private HttpResponse<String> upload(String file, String query) throws Exception {
    return client.send(client.request("/api/documents?filename=" + file + query)
        .header("Content-Type", "text/html")
        .POST(HttpRequest.BodyPublishers.ofByteArray(demo(file)))
        .build());
  }

  private static byte[] demo(String file) throws Exception {
    return Files.readAllBytes(DataDir.demoCorpus().resolve(file));
  }

  private static JsonNode firstPlan(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body()).get("documents").get(0).get("plans").get(0);
  }

  @Test
  void anUndatedPageTakesTheDateGivenAndEveryViewSaysIt() throws Exception {
    assertEquals("", DemoManifest.row(UNDATED).get("published"), "the demo page carries no date of its own");
    HttpResponse<String> r = upload(UNDATED, "&published=2023-02-20");
    assertEquals(201, r.statusCode(), r.body());
    JsonNode plan = firstPlan(r);
    assertEquals("2023-02-20", plan.get("published").asText(), r.body());
    String id = plan.get("id").asText();
    workspace.refresh();
    assertEquals("2023-02-20", Json.MAPPER.readTree(client.get("/api/plans/" + id).body()).get("published").asText());
    assertEquals(1, plansPublished("2023-02..2023-02"));
    assertTrue(client.get("/api/plans/" + id + "/cite").body().contains("(2023-02-20)"));

    app.stop();
    workspace.close();
    start(); // the date is kept with the document, not only in memory
    assertEquals("2023-02-20", Json.MAPPER.readTree(client.get("/api/plans/" + id).body()).get("published").asText());
  }

  @Test
  void theDateGivenReplacesTheTextsAndALaterOneReplacesIt() throws Exception {
    String own = DemoManifest.row(DATED).get("published");
    HttpResponse<String> plain = upload(DATED, "");
    assertEquals(own, firstPlan(plain).get("published").asText(), "without a hand date, the text's own date");
    HttpResponse<String> redated = upload(DATED, "&published=2023-04-01");
    assertEquals(201, redated.statusCode(), redated.body());
    JsonNode plan = firstPlan(redated);
    assertEquals("2023-04-01", plan.get("published").asText(), redated.body());
    assertEquals(firstPlan(plain).get("id").asText(), plan.get("id").asText(), "the same plan, redated");
    workspace.refresh();
    assertEquals(1, plansPublished("2023-04"), "the index has the new date");
    assertEquals(0, plansPublished("2023-03"), "and no longer the text's");
    HttpResponse<String> again = upload(DATED, "");
    assertEquals("2023-04-01", firstPlan(again).get("published").asText(), "an upload without a date keeps it");
  }

  private int plansPublished(String month) throws Exception {
    return Json.MAPPER.readTree(client.get("/api/search?unit=plan&published=" + month).body()).get("plans").asInt();
  }

  @Test
  void aBadDateOrSeveralFilesAreRefusedAndStoreNothing() throws Exception {
    for (String bad : new String[] {"2023-02-30", "20230220", "1900-01-01", "2999-01-01", ""}) {
      HttpResponse<String> r = upload(UNDATED, "&published=" + bad);
      assertEquals(400, r.statusCode(), bad + ": " + r.body());
      assertTrue(r.body().contains("YYYY-MM-DD"), r.body());
    }
    HttpResponse<String> two = client.multipart("/api/documents?published=2023-02-20",
        Map.of("a.html", demo(UNDATED), "b.html", demo(DATED)));
    assertEquals(400, two.statusCode(), two.body());
    assertTrue(two.body().contains("one at a time"), two.body());
    assertEquals(0, workspace.store().documents().size(), "a refused upload stores nothing");
  }
}
