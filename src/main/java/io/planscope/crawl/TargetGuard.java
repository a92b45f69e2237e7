package io.planscope.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses requests to places a crawler launched from a server must never reach (SSRF): loopback, private
 * (10/8, 172.16/12, 192.168/16, 100.64/10 shared, fc00::/7), link-local (169.254/16 with cloud metadata, fe80::/10),
 * multicast, broadcast and any-local (0.0.0.0, ::) addresses. Every resolved address of the host is checked, on
 * every request and every redirect hop.
 *
 * <p>Limit: the HTTP client resolves the host again when it connects, so a DNS server answering differently within
 * milliseconds (rebinding) is not caught here.
 */
public final class TargetGuard {
  /** Looks up a host's addresses; replaceable in tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final Resolver resolver;

  public TargetGuard(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  public TargetGuard(boolean allowPrivate) {
    this(allowPrivate, InetAddress::getAllByName);
  }

  /** Throws {@link CrawlException} quoting the URL unless it is http(s) to a host we may reach. */
  public void check(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new CrawlException("Refusing '" + uri + "': only http and https URLs are crawled");
    }
    if (uri.getHost() == null) throw new CrawlException("Refusing '" + uri + "': the URL has no host");
    if (allowPrivate) return;
    for (InetAddress a : addresses(uri)) {
      String why = forbidden(a);
      if (why != null) {
        throw new CrawlException("Refusing '" + uri + "': it resolves to the " + why + " address "
            + a.getHostAddress() + "; crawling internal networks needs --allow-private on the command line"
            + " (never possible through the API)");
      }
    }
  }

  private InetAddress[] addresses(URI uri) {
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
    try {
      return resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new CrawlException("Cannot fetch '" + uri + "': unknown host '" + host + "'; check the spelling", e);
    }
  }

  /** Why an address is off limits ("loopback", "private", ...), or null when it is a public unicast address. */
  public static String forbidden(InetAddress a) {
    if (a.isLoopbackAddress()) return "loopback";
    if (a.isAnyLocalAddress()) return "any-local";
    if (a.isLinkLocalAddress()) return "link-local";
    if (a.isMulticastAddress()) return "multicast";
    if (a.isSiteLocalAddress()) return "private";
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) return forbiddenV4(b);
    if (a instanceof Inet6Address) return forbiddenV6(b);
    return null;
  }

  private static String forbiddenV4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 100 && (second & 0xc0) == 64) return "shared (100.64/10)";
    if (first == 0) return "any-local";
    if (first == 255 && (b[1] & b[2] & b[3] & 0xff) == 0xff) return "broadcast";
    return null;
  }

  private static String forbiddenV6(byte[] b) {
    if ((b[0] & 0xfe) == 0xfc) return "private (fc00::/7)";
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) return "link-local";
    // ::ffff:10.0.0.1 style mapped addresses: Java returns most as Inet4Address, but be sure.
    boolean mapped = true;
    for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
    mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    if (mapped) {
      try {
        return forbidden(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
      } catch (UnknownHostException e) {
        return "unparseable";
      }
    }
    return null;
  }
}
