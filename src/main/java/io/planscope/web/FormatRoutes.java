package io.planscope.web;

import io.javalin.http.Context;
import io.planscope.ingest.SourceFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/formats}: the file formats PlanScope takes, straight from {@link SourceFormat}, so a client (the
 * upload page's file picker and its messages) never keeps a list of its own.
 */
final class FormatRoutes {
  private FormatRoutes() {}

  /**
   * One format: {@code archive} is true for a zip of the others (opened on upload and import, never crawled).
   *
   * @param name the format's id ("html", "docx")
   */
  record Format(String name, String label, List<String> extensions, List<String> contentTypes, boolean archive) {
    static Format of(SourceFormat f) {
      return new Format(f.name().toLowerCase(Locale.ROOT), f.label(), f.extensions(), f.contentTypes(), f.archive());
    }
  }

  record Formats(List<Format> formats) {}

  static final Formats ALL = new Formats(Arrays.stream(SourceFormat.values()).map(Format::of).toList());

  static void formats(Context ctx) {
    WebServer.json(ctx, ALL);
  }
}
