package io.planscope.web;

import io.javalin.http.Context;
import io.planscope.corpus.ContentTypes;
import io.planscope.corpus.StoredDocument;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a stored original as a download that cannot run on our origin: attachment, a safe type (HTML goes out as
 * text/plain), no sniffing, and a sandboxing CSP in case a browser renders it anyway.
 */
final class Originals {
  private Originals() {}

  static void send(Context ctx, StoredDocument doc, byte[] bytes) {
    ctx.header("Content-Disposition", disposition(doc.filename()));
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
    ctx.header("Cache-Control", "private, max-age=3600");
    ctx.contentType(withUtf8IfValid(safeType(doc), bytes));
    ctx.result(bytes);
  }

  /** text/plain for pages (keeping a declared charset so GBK pages read right), the real type for pdf/docx/zip. */
  static String safeType(StoredDocument doc) {
    String type = ContentTypes.safeForServing(doc.filename());
    if (!type.equals("text/plain")) return type;
    String declared = doc.contentType() == null ? "" : doc.contentType().toLowerCase(Locale.ROOT);
    int at = declared.indexOf("charset=");
    if (at < 0) return type;
    String charset = declared.substring(at + 8).replaceAll("[^a-z0-9_\\-].*$", "");
    return charset.isEmpty() ? type : type + "; charset=" + charset;
  }

  /** Names UTF-8 when nothing was declared and the bytes are valid UTF-8 (so a saved page opens readable). */
  static String withUtf8IfValid(String type, byte[] bytes) {
    if (!type.equals("text/plain")) return type;
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return type + "; charset=utf-8";
    } catch (java.nio.charset.CharacterCodingException e) {
      return type; // GBK or Big5 without a declaration: let the reader's tool detect it
    }
  }

  /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266). */
  static String disposition(String filename) {
    String ascii = filename.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
