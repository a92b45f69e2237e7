package io.planscope.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A web address given by hand for a file that came without one (an upload, an import of a saved page): the page the
 * plan was published on, which citations then name instead of a file path.
 */
public final class SourceUrl {
  /** Longer addresses are not pages a person cites. */
  public static final int MAX_LENGTH = 2000;

  private SourceUrl() {}

  /** The address, checked: an absolute http(s) URL with a host; {@link IllegalArgumentException} saying what to give. */
  public static String check(String url) {
    String u = url == null ? "" : url.strip();
    String how = "; give the page's address, like https://jyj.example.gov.cn/art/2024/2/14/art_1.html";
    if (u.isEmpty()) throw new IllegalArgumentException("the source URL is empty" + how);
    if (u.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("the source URL is over " + MAX_LENGTH + " characters" + how);
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("'" + u + "' is not an http(s) address" + how);
      }
      return u;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + u + "' is not a valid address (" + e.getReason() + ")" + how);
    }
  }

  /** The same document, found at the given address. */
  public static SourceDocument at(SourceDocument doc, String url) {
    return new SourceDocument(doc.bytes(), doc.filename(), url, doc.httpContentType(), doc.fetchedAt(), doc.published());
  }
}
