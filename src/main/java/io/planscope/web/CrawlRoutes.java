package io.planscope.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.planscope.crawl.CrawlConfig;
import io.planscope.crawl.CrawlException;
import io.planscope.crawl.CrawlJobs;
import io.planscope.crawl.CrawlProgress;
import io.planscope.crawl.CrawlUrl;
import io.planscope.crawl.PageOutcome;
import io.planscope.crawl.TargetGuard;
import io.planscope.json.Json;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code POST /api/crawl} (admin; registered behind {@link AdminGuard#admin}) starts a crawl and answers 202 with its
 * job id; {@code GET /api/crawl/{job}} reports its progress. API crawls can never reach private networks, and their
 * budgets are clamped.
 */
final class CrawlRoutes {
  static final int MAX_SEEDS = 20;
  static final int MAX_PAGES = 2000;
  static final int MAX_DEPTH = 6;
  static final int MIN_DELAY_MS = 500;

  private final CrawlJobs jobs;
  private final Path stateDir;
  private final TargetGuard guard;

  CrawlRoutes(CrawlJobs jobs, Path stateDir, TargetGuard guard) {
    this.jobs = jobs;
    this.stateDir = stateDir;
    this.guard = guard;
  }

  /** The request body; unknown fields (allowPrivate among them) are refused. */
  record CrawlRequest(
      @JsonProperty("urls") List<String> urls,
      @JsonProperty("maxPages") Integer maxPages,
      @JsonProperty("maxDepth") Integer maxDepth,
      @JsonProperty("delayMs") Integer delayMs,
      @JsonProperty("sameHost") Boolean sameHost,
      @JsonProperty("include") String include,
      @JsonProperty("exclude") String exclude) {}

  record Started(String job, String state, String url) {}

  /** A job's progress as JSON: the counts flat, times as ISO-8601 strings. */
  record Status(String job, String state, List<String> seeds, int pagesFetched, int plansImported,
      int documentsImported, int duplicates, int unchanged, int skipped, int failed, int queued, String currentUrl,
      String startedAt, String finishedAt, String message, List<PageOutcome> recent) {

    static Status of(String job, CrawlProgress p) {
      return new Status(job, p.state(), p.seeds(), p.pagesFetched(), p.plansImported(), p.documentsImported(),
          p.duplicates(), p.unchanged(), p.skipped(), p.failed(), p.queued(), p.currentUrl(), iso(p.startedAt()),
          iso(p.finishedAt()), p.message(), p.recent());
    }

    private static String iso(Instant t) {
      return t == null ? null : t.toString();
    }
  }

  void start(Context ctx) {
    CrawlConfig config = config(parse(ctx.body()));
    String id = jobs.submit(config);
    ctx.status(202).header("Location", "/api/crawl/" + id);
    WebServer.json(ctx, new Started(id, "queued", "/api/crawl/" + id));
  }

  void status(Context ctx) {
    String id = ctx.pathParam("job");
    CrawlJobs.JobStatus s = jobs.job(id).orElseThrow(() -> new HttpProblem(404, "not_found",
        "no crawl job '" + id + "'; start one with POST /api/crawl (the last 50 jobs are kept)"));
    WebServer.json(ctx, Status.of(s.job(), s.progress()));
  }

  private static CrawlRequest parse(String body) {
    if (body == null || body.isBlank()) {
      throw HttpProblem.badRequest("send a JSON body like {\"urls\":[\"https://jyj.example.gov.cn/zwgk/\"]}");
    }
    try {
      return Json.MAPPER.readerFor(CrawlRequest.class)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(body);
    } catch (JsonProcessingException e) {
      String m = e.getOriginalMessage();
      if (m != null && m.contains("\"allowPrivate\"")) {
        throw HttpProblem.badRequest("allowPrivate cannot be set through the API; private networks can only be"
            + " crawled from the command line (./planscope crawl --allow-private)");
      }
      throw HttpProblem.badRequest("the body is not a crawl request: " + explain(e)
          + "; fields are urls, maxPages, maxDepth, delayMs, sameHost, include, exclude");
    }
  }

  /** Jackson's messages name Java types; say instead which field needs what, or where the JSON broke. */
  private static String explain(JsonProcessingException e) {
    if (e instanceof JsonParseException p) {
      return "it is not valid JSON (line " + p.getLocation().getLineNr() + ", column "
          + p.getLocation().getColumnNr() + ")";
    }
    if (e instanceof MismatchedInputException mi && !mi.getPath().isEmpty()
        && !(e instanceof UnrecognizedPropertyException)) {
      String field = mi.getPath().get(0).getFieldName();
      String want = switch (field == null ? "" : field) {
        case "urls" -> "a list of URL strings";
        case "maxPages", "maxDepth", "delayMs" -> "a whole number";
        case "sameHost" -> "true or false";
        default -> "a string or null";
      };
      return "'" + field + "' must be " + want;
    }
    return e.getOriginalMessage();
  }

  private CrawlConfig config(CrawlRequest r) {
    if (r.urls() == null || r.urls().isEmpty()) throw HttpProblem.badRequest("'urls' must list at least one URL");
    if (r.urls().size() > MAX_SEEDS) {
      throw HttpProblem.badRequest("'urls' lists " + r.urls().size() + " URLs; at most " + MAX_SEEDS + " per crawl");
    }
    return CrawlConfig.builder(seeds(r.urls()))
        .maxPages(bounded("maxPages", r.maxPages(), 200, 1, MAX_PAGES))
        .maxDepth(bounded("maxDepth", r.maxDepth(), 3, 0, MAX_DEPTH))
        .delay(Duration.ofMillis(bounded("delayMs", r.delayMs(), 1000, MIN_DELAY_MS, 60_000)))
        .sameHost(r.sameHost() == null || r.sameHost())
        .include(regex("include", r.include()))
        .exclude(regex("exclude", r.exclude()))
        .allowPrivate(false)
        .stateDir(stateDir)
        .build();
  }

  // Seeds are checked here so a private or unknown target is a 400 now, not a failed job later.
  private List<URI> seeds(List<String> urls) {
    try {
      List<URI> seeds = urls.stream().map(CrawlUrl::seed).toList();
      seeds.forEach(guard::check);
      return seeds;
    } catch (CrawlException e) {
      throw HttpProblem.badRequest(e.getMessage().replace(" on the command line (never possible through the API)",
          " on the command line; the API never crawls private networks"));
    }
  }

  private static int bounded(String name, Integer value, int fallback, int min, int max) {
    if (value == null) return fallback;
    if (value < min || value > max) {
      throw HttpProblem.badRequest("'" + name + "' must be from " + min + " to " + max + ", not " + value);
    }
    return value;
  }

  private static Pattern regex(String name, String value) {
    if (value == null || value.isEmpty()) return null;
    try {
      return Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      throw HttpProblem.badRequest("'" + name + "' is not a regular expression: '" + value + "' ("
          + e.getDescription() + ")");
    }
  }
}
