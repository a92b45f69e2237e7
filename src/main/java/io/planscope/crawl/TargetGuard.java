package io.planscope.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses requests to places a crawler launched from a server must never reach (SSRF): loopback, private
 * (10/8, 172.16/12, 192.168/16, 100.64/10 shared, fc00::/7, fec0::/10), link-local (169.254/16 with cloud metadata,
 * fe80::/10), multicast, broadcast and any-local (0.0.0.0, ::) addresses. Every resolved address of the host is
 * checked, on every request and every redirect hop.
 *
 * <p>An IPv6 address that carries an IPv4 address is judged by that address: IPv4-mapped ({@code ::ffff:10.0.0.1}),
 * IPv4-translated ({@code ::ffff:0:10.0.0.1}), NAT64 ({@code 64:ff9b::10.0.0.1}), 6to4 ({@code 2002:0a00:0001::})
 * and Teredo (the client address, inverted, in the last 32 bits; the server address too). IPv4-compatible addresses
 * ({@code ::127.0.0.1}, deprecated since 2006) and NAT64's local-use prefix (64:ff9b:1::/48) are refused outright:
 * some stacks still route the former to the IPv4 address, and the latter leads into the local network.
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
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) return "site-local (fec0::/10)";
    if (zeros(b, 0, 12)) return "IPv4-compatible IPv6 (::a.b.c.d)";
    if (zeros(b, 0, 10) && (b[10] & b[11] & 0xff) == 0xff) return embedded(b, 12, 0, "IPv4-mapped");
    if (zeros(b, 0, 8) && (b[8] & b[9] & 0xff) == 0xff && zeros(b, 10, 12)) {
      return embedded(b, 12, 0, "IPv4-translated");
    }
    if (startsWith(b, 0x00, 0x64, 0xff, 0x9b) && zeros(b, 4, 12)) return embedded(b, 12, 0, "NAT64");
    if (startsWith(b, 0x00, 0x64, 0xff, 0x9b) && b[4] == 0 && b[5] == 1) return "NAT64 local-use (64:ff9b:1::/48)";
    if (startsWith(b, 0x20, 0x02)) return embedded(b, 2, 0, "6to4");
    if (startsWith(b, 0x20, 0x01, 0x00, 0x00)) {
      String server = embedded(b, 4, 0, "Teredo server");
      return server != null ? server : embedded(b, 12, 0xff, "Teredo client");
    }
    return null;
  }

  /** Why the IPv4 address in b[from..from+4) (each byte XOR {@code mask}) is off limits, named as carried; or null. */
  private static String embedded(byte[] b, int from, int mask, String form) {
    byte[] v4 = new byte[4];
    for (int i = 0; i < 4; i++) v4[i] = (byte) (b[from + i] ^ mask);
    try {
      String why = forbidden(InetAddress.getByAddress(v4));
      return why == null ? null : why + " (" + form + " " + InetAddress.getByAddress(v4).getHostAddress() + ")";
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }

  private static boolean zeros(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != 0) return false;
    return true;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
    return true;
  }
}
