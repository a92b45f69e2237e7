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
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Citations through the real server: a demo plan uploaded with the page it was published on ({@code ?source=}) is
 * cited by that address, its issuer, title and publish date as MANIFEST.tsv records them; as text, RIS and CSL-JSON;
 * a measure with its place in the plan; a search's plans at once. A plan known only as a file is cited by its
 * archived copy, on the server's own address, never by a path of this machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CiteRoutesTest {
  private static final String TOKEN = "cite-token-0123456789";
  private static final String FILE = "hz-xihu-2023-gongzuojihua.html";
  private static final String OTHER = "cd-2023-gongzuoyaodian.html";
  private static final String URL = "https://www.example.gov.cn/art/2023/3/28/art_1229.html";
  @TempDir static Path data;
  private Workspace workspace;
  private Javalin app;
  private UploadClient client;
  private Map<String, String> row;
  private String planId;
  private String otherId;

  @BeforeAll
  void start() throws Exception {
    workspace = Workspace.open(DataDir.at(data));
    app = WebServer.create(workspace, new WebOptions(new AdminToken(Optional.of(TOKEN), "the test", false), false,
        4 << 20)).start("127.0.0.1", 0);
    client = new UploadClient(app.port(), TOKEN);
    row = DemoManifest.row(FILE);
    planId = upload(FILE, "&source=" + URLEncoder.encode(URL, StandardCharsets.UTF_8));
    otherId = upload(OTHER, "");
    workspace.refresh(); // searches see both uploads now, not within the next half second
  }

  @AfterAll
  void stop() throws Exception {
    app.stop();
    workspace.close();
  }

  private String upload(String file, String query) throws Exception {
    HttpResponse<String> r = client.send(client.request("/api/documents?filename=" + file + query)
        .header("Content-Type", "text/html")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(DataDir.demoCorpus().resolve(file))))
        .build());
    assertEquals(201, r.statusCode(), r.body());
    return Json.MAPPER.readTree(r.body()).get("documents").get(0).get("plans").get(0).get("id").asText();
  }

  @Test
  void aPlanIsCitedByItsPageIssuerTitleAndDate() throws Exception {
    HttpResponse<String> r = client.get("/api/plans/" + planId + "/cite");
    assertEquals(200, r.statusCode(), r.body());
    String text = r.body().strip();
    assertTrue(text.startsWith(row.get("bureau") + ". " + row.get("title") + "[EB/OL]. (" + row.get("published") + ")"),
        text);
    assertTrue(text.endsWith(URL), text);
  }

  @Test
  void risAndCslJsonCarryTheSameFacts() throws Exception {
    HttpResponse<String> ris = client.get("/api/plans/" + planId + "/cite?format=ris");
    assertTrue(ris.headers().firstValue("Content-Type").orElse("").startsWith("application/x-research-info-systems"));
    assertTrue(ris.body().startsWith("TY  - GOVDOC\r\n"), ris.body());
    assertTrue(ris.body().contains("TI  - " + row.get("title") + "\r\n"), ris.body());
    assertTrue(ris.body().contains("UR  - " + URL + "\r\n"), ris.body());
    assertTrue(ris.body().contains("DA  - " + row.get("published").replace('-', '/') + "\r\n"), ris.body());
    assertTrue(ris.body().strip().endsWith("ER  -"), ris.body());
    JsonNode csl = Json.MAPPER.readTree(client.get("/api/plans/" + planId + "/cite?format=csl-json").body());
    JsonNode item = csl.get(0);
    assertEquals(row.get("title"), item.get("title").asText());
    assertEquals(row.get("bureau"), item.get("author").get(0).get("literal").asText());
    assertEquals(URL, item.get("URL").asText());
    String[] ymd = row.get("published").split("-");
    assertEquals(List.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2])),
        Json.MAPPER.convertValue(item.get("issued").get("date-parts").get(0), List.class));
  }

  @Test
  void aFileWithoutAPageIsCitedByItsArchivedCopyOnThisServer() throws Exception {
    String text = client.get("/api/plans/" + otherId + "/cite").body().strip();
    assertTrue(text.contains("http://127.0.0.1:" + app.port() + "/api/documents/"), text);
    assertTrue(!text.contains("upload:") && !text.contains(data.toString()), text);
  }

  @Test
  void searchCsvLinksTheArchivedOriginalsOnThisServer() throws Exception {
    String origin = "http://127.0.0.1:" + app.port() + "/api/documents/";
    for (String unit : List.of("measure", "plan")) {
      String csv = client.get("/api/search?format=csv&year=2023&unit=" + unit).body();
      List<String> rows = List.of(csv.split("\r\n"));
      assertTrue(rows.size() > 2, csv);
      for (String row : rows.subList(1, rows.size())) assertTrue(row.contains(origin), unit + ": " + row);
    }
  }

  @Test
  void aMeasureIsCitedWithItsPlaceInThePlan() throws Exception {
    JsonNode plan = Json.MAPPER.readTree(client.get("/api/plans/" + planId).body());
    JsonNode m = plan.get("measures").get(4);
    String text = client.get("/api/measures/" + m.get("id").asText() + "/cite").body().strip();
    assertTrue(text.contains(URL), text);
    String last = m.get("path").get(m.get("path").size() - 1).asText();
    assertTrue(text.endsWith(last + " › " + m.get("label").asText()), text);
  }

  @Test
  void aSearchsPlansAreCitedAtOnceAndBadInputIsSaidPlainly() throws Exception {
    String ris = client.get("/api/cite?format=ris&year=2023").body();
    assertEquals(2, ris.split("ER  - ", -1).length - 1, ris);
    HttpResponse<String> bad = client.get("/api/plans/" + planId + "/cite?format=bibtex");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("use text, ris or csl-json"), bad.body());
    assertEquals(400, client.get("/api/cite").statusCode());
    assertEquals(404, client.get("/api/plans/p000000000000/cite").statusCode());
    long before = workspace.store().plans().count();
    HttpResponse<String> ftp = client.send(client.request("/api/documents?filename=x.html&source=ftp%3A%2F%2Fx")
        .header("Content-Type", "text/html").POST(HttpRequest.BodyPublishers.ofString("<p>一、工作目标</p>")).build());
    assertEquals(400, ftp.statusCode(), ftp.body());
    assertTrue(ftp.body().contains("not an http(s) address"), ftp.body());
    assertEquals(before, workspace.store().plans().count(), "a refused upload stores nothing");
  }
}
