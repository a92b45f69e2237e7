package io.planscope.web;

import io.planscope.ingest.HostileDocs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The hostile inputs of issue 19 for the load benchmark, in turn: two that must be refused without harm (the heavy
 * PDF, the 20 MB one-line text) and three that must be imported and searchable (UTF-8 with a bad byte, an unclosed
 * svg before the plan's marker phrase, a name disguised by an RTL override).
 */
final class Hostile {
  private static final byte[] HEAVY_PDF = HostileDocs.heavyPdf();
  private static final byte[] HUGE_TEXT = HostileDocs.hugeLineText();

  private Hostile() {}

  /** One upload: whether a 201 is expected (and then its plan must be searchable). */
  record Input(String kind, String filename, String contentType, byte[] bytes, boolean valid) {}

  static Input pick(int turn, int n, String planText) {
    return switch (turn % 5) {
      case 0 -> new Input("heavy.pdf", "heavy-" + n + ".pdf", "application/pdf", HEAVY_PDF, false);
      case 1 -> new Input("huge one-line .txt", "huge-" + n + ".txt", "text/plain", HUGE_TEXT, false);
      case 2 -> new Input("UTF-8 with a bad byte", "bad-" + n + ".txt", "text/plain", withBadByte(planText), true);
      case 3 -> new Input("unclosed svg", "svg-" + n + ".html", "text/html", svgPage(planText), true);
      default -> new Input("RTL-override name", "bench-" + n + "\u202Egpj.txt", "text/plain; charset=utf-8",
          planText.getBytes(StandardCharsets.UTF_8), true);
    };
  }

  private static byte[] withBadByte(String text) {
    int line = text.indexOf('\n');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.substring(0, line + 1).getBytes(StandardCharsets.UTF_8));
    out.write(0xFF);
    out.writeBytes(text.substring(line + 1).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] svgPage(String text) {
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
    for (String line : text.split("\n")) {
      if (!line.isBlank()) html.append("<p>").append(line.replace("工作专班", "<svg><use href=\"#i\"/>工作专班")).append("</p>");
    }
    return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }
}
