package io.planscope.web;

import io.planscope.plan.NotFoundException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.planscope.app.ImportOutcome;
import io.planscope.app.Workspace;
import io.planscope.corpus.ContentTypes;
import io.planscope.corpus.DocumentStore;
import io.planscope.corpus.StoredDocument;
import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import io.planscope.source.PublishedOn;
import io.planscope.source.SourceUrl;
import io.planscope.ingest.SourceFormat;
import io.planscope.plan.Plan;
import io.planscope.plan.Region;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/documents} (upload, admin), {@code DELETE /api/documents/{id}} (admin) and
 * {@code GET /api/documents/{id}/original}. An upload is answered only after its original is fsynced in the store.
 */
final class DocumentRoutes {
  private final Workspace workspace;
  private final long maxBytes;
  /** Refused bodies up to this size are read and dropped; larger ones end with the connection closed. */
  private static final long DRAIN_LIMIT = 32L << 20;

  DocumentRoutes(Workspace workspace, long maxBytes) {
    this.workspace = workspace;
    this.maxBytes = maxBytes;
  }

  record PlanRef(String id, String title, Integer year, Region region, String published) {}

  record DocumentResult(
      String id, String filename, String status, List<PlanRef> plans, List<String> warnings, String reason) {}

  record UploadResponse(List<DocumentResult> documents) {}

  void upload(Context ctx) {
    checkLength(ctx);
    String source = checked(ctx, "source", SourceUrl::check);
    String published = checked(ctx, "published", PublishedOn::check);
    List<SourceDocument> files = isMultipart(ctx) ? multipart(ctx) : raw(ctx);
    if (source != null || published != null) {
      if (files.size() != 1) {
        throw HttpProblem.badRequest("?" + (source != null ? "source" : "published") + "= describes the page of one"
            + " file, and " + files.size() + " were sent; upload them one at a time");
      }
      SourceDocument file = source == null ? files.get(0) : SourceUrl.at(files.get(0), source);
      files = List.of(published == null ? file : file.publishedOn(published));
    }
    List<ImportOutcome> outcomes = new ArrayList<>();
    for (SourceDocument f : files) outcomes.addAll(workspace.importer().importFile(f));
    respond(ctx, outcomes);
  }

  private void checkLength(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    if (length > maxBytes) {
      drain(ctx);
      throw tooLarge(length);
    }
  }

  /**
   * Reads and drops a refused request body (up to {@link #DRAIN_LIMIT}), so the client reads the 413 and its message.
   * A server that answers and closes while the body is still arriving leaves unread bytes in its socket, and TCP then
   * resets the connection: the client saw "connection reset" instead of the answer, at random. A client that asked
   * {@code Expect: 100-continue} (curl does for large bodies) has not sent the body, and is answered at once.
   */
  private static void drain(Context ctx) {
    if ("100-continue".equalsIgnoreCase(ctx.header("Expect"))) return;
    byte[] buffer = new byte[64 << 10];
    long left = DRAIN_LIMIT;
    try {
      InputStream in = ctx.req().getInputStream();
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) left -= n;
    } catch (IOException | RuntimeException e) {
      // the client went away or the container refused to read more: the 413 is all it can still get
    }
  }

  private HttpProblem tooLarge(long length) {
    return new HttpProblem(413, "too_large", "the upload is " + (length < 0 ? "over" : length + " bytes, over")
        + " the limit of " + maxBytes + " bytes; split it or raise --max-upload-mb");
  }

  /**
   * {@code ?source=URL} (the page the uploaded file was published on) or {@code ?published=YYYY-MM-DD} (the day it
   * was published), checked before the body is read; null when not given.
   */
  private static String checked(Context ctx, String param, java.util.function.UnaryOperator<String> check) {
    String raw = ctx.queryParam(param);
    if (raw == null) return null;
    try {
      return check.apply(raw);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }

  private static boolean isMultipart(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  private List<SourceDocument> multipart(Context ctx) {
    List<UploadedFile> parts;
    try {
      parts = ctx.uploadedFiles("file");
    } catch (RuntimeException e) {
      if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("size")) {
        drain(ctx);
        throw tooLarge(-1);
      }
      throw HttpProblem.badRequest("malformed multipart body (" + e.getMessage() + "); send each file in a part named 'file'");
    }
    if (parts.isEmpty()) {
      throw HttpProblem.badRequest("no file in the request: send multipart parts named 'file', or a raw body with ?filename=NAME");
    }
    List<SourceDocument> docs = new ArrayList<>();
    for (UploadedFile part : parts) {
      String name = ContentTypes.cleanFilename(part.filename());
      try (InputStream in = part.content()) {
        docs.add(document(readBounded(in), name, part.contentType()));
      } catch (IOException e) {
        throw HttpProblem.badRequest("cannot read the part '" + name + "': " + e.getMessage());
      }
    }
    return docs;
  }

  private List<SourceDocument> raw(Context ctx) {
    String filename = ctx.queryParam("filename");
    if (filename == null || filename.isBlank()) {
      throw HttpProblem.badRequest(
          "a raw upload needs ?filename=NAME (e.g. ?filename=plan.html) and a Content-Type; or send multipart 'file' parts");
    }
    try {
      byte[] bytes = readBounded(ctx.req().getInputStream());
      if (bytes.length == 0) throw HttpProblem.badRequest("the request body is empty; send the file's bytes");
      return List.of(document(bytes, ContentTypes.cleanFilename(filename), ctx.contentType()));
    } catch (IOException e) {
      throw HttpProblem.badRequest("cannot read the request body: " + e.getMessage());
    }
  }

  private static SourceDocument document(byte[] bytes, String filename, String contentType) {
    // A page's declared charset helps decoding; generic or form types say nothing about the file.
    String type = contentType == null || contentType.startsWith("application/octet-stream")
        || contentType.startsWith("multipart/") ? null : contentType;
    String name = supportedName(filename, type);
    return new SourceDocument(bytes, name, "upload:" + name, type, Instant.now());
  }

  private byte[] readBounded(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) throw tooLarge(-1);
    return bytes;
  }

  /**
   * The name when its extension names a {@link SourceFormat}; else, when the declared type names one ("?filename=plan"
   * sent as application/pdf), the name with that format's extension; else 415 listing every format.
   */
  private static String supportedName(String filename, String declaredType) {
    if (SourceFormat.forFilename(filename).isPresent()) return filename;
    return SourceFormat.forContentType(declaredType).map(f -> f.withExtension(filename)).orElseThrow(() ->
        new HttpProblem(415, "unsupported_type", "'" + filename + "' is not a format PlanScope reads; upload "
            + SourceFormat.supported()));
  }

  private void respond(Context ctx, List<ImportOutcome> outcomes) {
    List<DocumentResult> results = outcomes.stream().map(this::result).toList();
    if (outcomes.stream().anyMatch(o -> o.status() == ImportOutcome.Status.IMPORTED)) {
      ctx.status(201);
    } else if (outcomes.stream().anyMatch(o -> o.status() == ImportOutcome.Status.DUPLICATE)) {
      ctx.status(200);
    } else {
      ImportOutcome first = outcomes.get(0);
      throw new HttpProblem(status(first.failure()), code(first.failure()), first.reason());
    }
    WebServer.json(ctx, new UploadResponse(results));
  }

  private DocumentResult result(ImportOutcome o) {
    List<PlanRef> plans = o.plans().stream().map(DocumentRoutes::ref).toList(); // as stored: nothing read back
    return new DocumentResult(o.documentId(), o.filename(), o.status().id(), plans, o.warnings(), o.reason());
  }

  private static PlanRef ref(Plan p) {
    return new PlanRef(p.id(), p.title(), p.year(), p.region(), p.published());
  }

  /** The HTTP status for an ingest failure: 415 unsupported, 413 too large, 422 otherwise. */
  static int status(IngestException.Reason reason) {
    if (reason == null) return 422;
    return switch (reason) {
      case UNSUPPORTED_TYPE -> 415;
      case TOO_LARGE -> 413;
      case NOT_TEXT, NO_PLAN, TIMEOUT -> 422;
      case BUSY -> 503;
    };
  }

  static String code(IngestException.Reason reason) {
    return reason == null ? "not_imported" : reason.name().toLowerCase(Locale.ROOT);
  }

  void delete(Context ctx) {
    String id = ctx.pathParam("id");
    DocumentStore.Deleted deleted = workspace.deleteDocument(id);
    WebServer.json(ctx, new Deleted(id, deleted.removedPlans(), deleted.changedPlans()));
  }

  record Deleted(String deleted, List<String> removedPlans, List<String> changedPlans) {}

  /**
   * The original, while a plan cites it: a document that holds no plan any more (a re-parse found none in it) keeps
   * its original in the store, unserved, as one whose last plan was deleted would not be served.
   */
  void original(Context ctx) {
    StoredDocument doc = workspace.store().expectDocument(ctx.pathParam("id"));
    if (doc.planIds().isEmpty() && workspace.store().isParsed(doc.id())) {
      throw new NotFoundException("served original (the document holds no plan)", doc.id());
    }
    Originals.send(ctx, doc, workspace.store().original(doc.id()));
  }
}
