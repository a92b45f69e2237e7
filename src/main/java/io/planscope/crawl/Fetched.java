package io.planscope.crawl;

import java.net.URI;
import java.util.Locale;

/**
 * One HTTP answer after redirects.
 *
 * @param url the URL asked for
 * @param finalUrl where the answer came from after redirects
 * @param status the HTTP status (304 when a conditional request found the page unchanged)
 * @param contentType the Content-Type header as sent (may carry a charset), or null
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param contentDisposition the Content-Disposition header (attachment file names), or null
 * @param location the Location header of a redirect, or null
 * @param body the body, at most maxBytes long
 * @param truncated whether the body was longer than maxBytes and reading stopped
 * @param attempts how many tries the last hop took (1 without retries)
 */
public record Fetched(
    URI url,
    URI finalUrl,
    int status,
    String contentType,
    String etag,
    String lastModified,
    String contentDisposition,
    String location,
    byte[] body,
    boolean truncated,
    int attempts) {

  public Fetched {
    body = body == null ? new byte[0] : body;
  }

  public boolean notModified() {
    return status == 304;
  }

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The media type without parameters, lower case ("text/html"), or "" when none was sent. */
  public String mediaType() {
    if (contentType == null) return "";
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of Content-Type ("GBK"), or null. */
  public String charset() {
    if (contentType == null) return null;
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return p.substring(8).replace("\"", "").replace("'", "").strip();
      }
    }
    return null;
  }
}
