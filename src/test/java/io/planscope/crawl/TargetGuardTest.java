package io.planscope.crawl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetGuardTest {
  /** Address literals resolve to themselves; two names are made up, so no DNS is needed. */
  private static final TargetGuard.Resolver FAKE = host -> {
    if (host.equals("nowhere.test")) throw new UnknownHostException(host);
    if (host.equals("mixed.test")) {
      return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")};
    }
    return new InetAddress[] {InetAddress.getByName(host)};
  };

  private static URI url(String address) {
    return URI.create("http://" + (address.contains(":") ? "[" + address + "]" : address) + "/zwgk/");
  }

  private static final TargetGuard STRICT = new TargetGuard(false, FAKE);

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.0.0.5", "172.16.3.4", "172.31.255.1", "192.168.1.1",
      "100.64.0.1", "100.127.255.254", "169.254.169.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::",
      "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
  void refusesInternalAddresses(String address) {
    URI u = url(address);
    CrawlException e = assertThrows(CrawlException.class, () -> STRICT.check(u));
    assertTrue(e.getMessage().startsWith("Refusing '" + u + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("--allow-private"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "172.32.0.1", "100.128.0.1", "8.8.8.8", "2606:2800:220:1::1"})
  void allowsPublicAddresses(String address) {
    assertDoesNotThrow(() -> STRICT.check(url(address)));
  }

  @Test
  void refusesWhenAnyResolvedAddressIsInternal() {
    CrawlException e = assertThrows(CrawlException.class, () -> STRICT.check(URI.create("http://mixed.test/")));
    assertTrue(e.getMessage().contains("10.1.2.3"), e.getMessage());
  }

  @Test
  void refusesOtherSchemesEvenWithAllowPrivate() {
    TargetGuard lenient = new TargetGuard(true, FAKE);
    for (String u : new String[] {"ftp://a.test/x", "file:///etc/passwd", "gopher://a.test/"}) {
      CrawlException e = assertThrows(CrawlException.class, () -> lenient.check(URI.create(u)));
      assertTrue(e.getMessage().contains("'" + u + "'") && e.getMessage().contains("http and https"), e.getMessage());
    }
  }

  @Test
  void allowPrivateLetsLoopbackThrough() {
    assertDoesNotThrow(() -> new TargetGuard(true, FAKE).check(URI.create("http://127.0.0.1:8080/")));
  }

  @Test
  void unknownHostIsAClearError() {
    CrawlException e = assertThrows(CrawlException.class, () -> STRICT.check(URI.create("http://nowhere.test/")));
    assertTrue(e.getMessage().contains("unknown host 'nowhere.test'"), e.getMessage());
  }

  @Test
  void seedsMustBeHttpUrls() {
    for (String bad : new String[] {"jyj.example.cn", "ftp://x.cn/", "javascript:alert(1)", "http://"}) {
      CrawlException e = assertThrows(CrawlException.class, () -> CrawlUrl.seed(bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  /** One address in each IPv4 range the guard refuses. */
  private static final String[] PRIVATE_V4 = {"127.0.0.1", "10.0.0.1", "172.16.0.1", "192.168.0.1", "100.64.0.1",
      "169.254.169.254", "0.0.0.0", "255.255.255.255", "224.0.0.1"};

  /** The IPv6 forms that carry an IPv4 address: compatible, mapped, translated, NAT64, 6to4 and Teredo. */
  static java.util.List<String> v6Forms(String v4) throws UnknownHostException {
    byte[] b = InetAddress.getByName(v4).getAddress();
    int hi = (b[0] & 0xff) << 8 | (b[1] & 0xff);
    int lo = (b[2] & 0xff) << 8 | (b[3] & 0xff);
    return java.util.List.of("::" + v4, "::ffff:" + v4, "::ffff:0:" + v4, "64:ff9b::" + v4,
        String.format("2002:%x:%x::1", hi, lo),
        String.format("2001:0:4136:e378:8000:63bf:%x:%x", hi ^ 0xffff, lo ^ 0xffff));
  }

  static java.util.stream.Stream<String> privateV6() throws UnknownHostException {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("::1", "::", "fe80::1", "febf::1",
        "fc00::1", "fdff:ffff::1", "fec0::1", "ff02::1", "64:ff9b:1::a00:1"));
    for (String v4 : PRIVATE_V4) all.addAll(v6Forms(v4));
    return all.stream();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("privateV6")
  void refusesTheIpv6FormsOfEveryPrivateRange(String address) {
    URI u = URI.create("http://[" + address + "]/zwgk/");
    CrawlException e = assertThrows(CrawlException.class, () -> STRICT.check(u));
    assertTrue(e.getMessage().contains("--allow-private"), e.getMessage());
  }

  static java.util.stream.Stream<String> publicV6() throws UnknownHostException {
    return v6Forms("93.184.216.34").stream().filter(a -> !a.startsWith("::9")); // ::a.b.c.d is refused outright
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("publicV6")
  void allowsTheIpv6FormsOfAPublicAddress(String address) {
    assertDoesNotThrow(() -> STRICT.check(URI.create("http://[" + address + "]/")));
  }
}
