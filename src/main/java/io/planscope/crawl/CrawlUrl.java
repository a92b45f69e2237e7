package io.planscope.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** URL handling for the crawler: parsing seeds, resolving links, and one normal form for the seen set. */
public final class CrawlUrl {
  private CrawlUrl() {}

  /** Parses a seed; throws {@link CrawlException} quoting it when it is not an absolute http(s) URL. */
  public static URI seed(String raw) {
    return resolve(null, raw)
        .orElseThrow(() -> new CrawlException(
            "'" + raw + "' is not an http(s) URL; give a start URL like https://jyj.example.gov.cn/zwgk/"));
  }

  /**
   * Resolves a link against the page it was found on and normalizes it (fragment dropped, scheme and host
   * lowercased, default port dropped, empty path as "/", non-ASCII percent-encoded); empty when it is not http(s)
   * (mailto:, javascript:, ftp:) or not a URL at all.
   */
  public static Optional<URI> resolve(URI base, String href) {
    if (href == null) return Optional.empty();
    String h = href.strip().replace(" ", "%20").replace("\\", "/");
    if (h.isEmpty() || h.startsWith("#")) return Optional.empty();
    try {
      URI u = base == null ? new URI(h) : base.resolve(new URI(h));
      return normalize(u);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The normal form of an absolute URL, or empty when it is not http(s) with a host. */
  public static Optional<URI> normalize(URI u) {
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
    if (u.getHost() == null || u.getRawUserInfo() != null) return Optional.empty();
    int port = u.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) port = -1;
    String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
    String host = u.getHost().toLowerCase(Locale.ROOT);
    String text = scheme + "://" + host + (port == -1 ? "" : ":" + port) + path + query;
    try {
      // toASCIIString percent-encodes Chinese path segments ("/计划/") so the HTTP client can send them.
      return Optional.of(URI.create(new URI(text).toASCIIString()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** "host:port" as a politeness and robots.txt key. */
  public static String hostKey(URI u) {
    return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
  }

  /** The URL with percent-escapes decoded, for matching Chinese keywords such as 工作计划 in paths. */
  public static String decoded(URI u) {
    try {
      return java.net.URLDecoder.decode(u.toString().replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return u.toString();
    }
  }
}
