package io.planscope.crawl;

import io.planscope.crawl.PageOutcome.Result;
import io.planscope.crawl.Validators.Validator;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import io.planscope.ingest.SourceFormat;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Visits one URL of the frontier: robots.txt, a (conditional) fetch, unchanged detection, reading the page for
 * links, and the import of plan pages and attachments.
 */
final class PageVisit {
  /** The outcome, the links to queue, and whether an HTTP fetch was made (for the page budget). */
  record Visit(PageOutcome outcome, List<Link> follow, boolean fetched) {}

  private final CrawlConfig config;
  private final Fetcher fetcher;
  private final RobotsCache robots;
  private final TargetGuard guard;
  private final CrawlSink sink;
  private final Validators validators;

  PageVisit(CrawlConfig config, Fetcher fetcher, RobotsCache robots, TargetGuard guard, CrawlSink sink,
      Validators validators) {
    this.config = config;
    this.fetcher = fetcher;
    this.robots = robots;
    this.guard = guard;
    this.sink = sink;
    this.validators = validators;
  }

  Visit visit(URI url, int depth) throws InterruptedException {
    String key = url.toString();
    Validator before = validators.get(key).orElse(null);
    Fetched f;
    try {
      hopCheck(url);
      f = fetcher.fetch(url, conditional(before), this::hopCheck);
    } catch (FetchFailure e) {
      Result r = e.kind() == FetchFailure.Kind.ROBOTS ? Result.SKIPPED : Result.FAILED;
      return new Visit(PageOutcome.of(key, depth, r, e.getMessage()), List.of(), e.kind() != FetchFailure.Kind.ROBOTS
          && e.kind() != FetchFailure.Kind.REFUSED);
    }
    PageReader.Page page = readable(f) ? PageReader.read(f.body(), f.charset(), f.finalUrl()) : null;
    return new Visit(answer(f, page, depth, before), followed(page), true);
  }

  private static boolean readable(Fetched f) {
    return f.ok() && !f.truncated() && DocumentType.of(f).orElse(null) == SourceFormat.HTML;
  }

  private void hopCheck(URI uri) throws FetchFailure, InterruptedException {
    try {
      guard.check(uri);
    } catch (CrawlException e) {
      throw new FetchFailure(FetchFailure.Kind.REFUSED, e.getMessage(), e);
    }
    robots.check(uri);
  }

  // List pages are always read in full: a 304 would hide the links to newly posted plans.
  private static Fetcher.Conditional conditional(Validator v) {
    if (v == null || !(v.kind().equals("plan") || v.kind().equals("attachment"))) return Fetcher.Conditional.NONE;
    return new Fetcher.Conditional(v.etag(), v.lastModified());
  }

  private PageOutcome answer(Fetched f, PageReader.Page page, int depth, Validator before) {
    String key = f.url().toString();
    if (f.notModified()) return PageOutcome.of(key, depth, Result.UNCHANGED, "not modified (HTTP 304)");
    if (!f.ok()) {
      String via = f.finalUrl().equals(f.url()) ? "" : " from '" + f.finalUrl() + "'";
      return PageOutcome.of(key, depth, Result.FAILED, "HTTP " + f.status() + via);
    }
    if (f.truncated()) {
      return PageOutcome.of(key, depth, Result.SKIPPED, "larger than " + config.maxBytes() + " bytes; stopped reading");
    }
    Optional<SourceFormat> type = DocumentType.of(f);
    String kind = kindOf(type, page);
    String hash = CrawlState.sha256(f.body());
    validators.put(key, new Validator(f.etag(), f.lastModified(), hash, kind, Instant.now().toString()));
    if (type.isEmpty()) {
      String t = f.mediaType().isEmpty() ? "no content type" : f.mediaType();
      return PageOutcome.of(key, depth, Result.SKIPPED,
          "not a page or a " + DocumentType.attachmentExtensions() + " attachment (" + t + ")");
    }
    if (!kind.equals("plan") && !kind.equals("attachment")) {
      return PageOutcome.of(key, depth, Result.FOLLOWED, kind + " page");
    }
    if (before != null && hash.equals(before.sha256())) {
      return PageOutcome.of(key, depth, Result.UNCHANGED, "same content as last time");
    }
    return importDocument(f, type.get(), depth);
  }

  private static String kindOf(Optional<SourceFormat> type, PageReader.Page page) {
    if (type.isEmpty()) return "other";
    return type.get() == SourceFormat.HTML ? page.kind().name().toLowerCase(java.util.Locale.ROOT) : "attachment";
  }

  private PageOutcome importDocument(Fetched f, SourceFormat type, int depth) {
    String key = f.url().toString();
    SourceDocument doc = new SourceDocument(f.body(), DocumentType.filename(f, type), f.finalUrl().toString(),
        f.contentType(), Instant.now());
    try {
      ImportResult r = sink.accept(doc);
      return switch (r.status()) {
        case IMPORTED -> new PageOutcome(key, depth, Result.IMPORTED, plans(r), r.planIds());
        case DUPLICATE -> new PageOutcome(key, depth, Result.DUPLICATE, "already stored as " + r.documentId(),
            r.planIds());
        case SKIPPED -> PageOutcome.of(key, depth, Result.SKIPPED, r.message());
        case FAILED -> PageOutcome.of(key, depth, Result.FAILED, r.message());
      };
    } catch (IngestException e) {
      boolean skip = e.reason() == IngestException.Reason.NO_PLAN || e.reason() == IngestException.Reason.NOT_TEXT
          || e.reason() == IngestException.Reason.UNSUPPORTED_TYPE;
      return PageOutcome.of(key, depth, skip ? Result.SKIPPED : Result.FAILED, e.getMessage());
    } catch (CrawlException e) {
      throw e; // the sink cannot go on (e.g. the store is full): stop the crawl, resumable from this page
    } catch (RuntimeException e) {
      return PageOutcome.of(key, depth, Result.FAILED, "import failed: " + e);
    }
  }

  private static String plans(ImportResult r) {
    int n = r.planIds().size();
    return n + (n == 1 ? " plan" : " plans") + (r.message().isEmpty() ? "" : "; " + r.message());
  }

  /** The links worth queuing from an HTML answer; none from anything else. */
  private static List<Link> followed(PageReader.Page page) {
    if (page == null) return List.of();
    return page.links().stream().filter(l -> follows(page.kind(), l)).toList();
  }

  // Plan pages: only their attachments (the plan itself as .docx/.pdf/.txt). List and other pages: plan-like links,
  // pagination, and attachments that mention a plan ("附件：2024年工作要点.docx").
  private static boolean follows(PageKind kind, Link l) {
    return switch (kind) {
      case PLAN -> l.kind() == Link.Kind.ATTACHMENT;
      case LIST -> l.kind() != Link.Kind.ATTACHMENT || PageReader.mentionsPlan(l.text(), l.url());
      case OTHER -> true;
    };
  }
}
