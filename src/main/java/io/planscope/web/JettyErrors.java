package io.planscope.web;

import io.planscope.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before any route runs (a URL or headers too long, a malformed request line): JSON like
 * every other API error, instead of Jetty's HTML page. A URL too long says how to send the query instead.
 */
final class JettyErrors extends ErrorHandler {
  /** The longest request line and headers accepted: a query of about 7,000 Chinese characters, URL-encoded. */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    ApiError error = new ApiError(code(code), message(code, message));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, WebServer.JSON_TYPE);
    response.write(true, ByteBuffer.wrap(Json.write(error).getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static String code(int status) {
    return switch (status) {
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      default -> status >= 500 ? "internal" : "bad_request";
    };
  }

  private static String message(int status, String jetty) {
    return switch (status) {
      case 414 -> "the URL is longer than the " + MAX_HEADER_BYTES / 1024 + " KB the server accepts; send the same"
          + " parameters as a JSON body instead, e.g. POST /api/search {\"q\":\"…\"} with"
          + " 'Content-Type: application/json'";
      case 431 -> "the request headers are larger than the " + MAX_HEADER_BYTES / 1024 + " KB the server accepts";
      default -> "the server could not read the request (" + status + (jetty == null ? "" : ": " + jetty) + ")";
    };
  }
}
