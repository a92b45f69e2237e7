package io.planscope.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.planscope.app.AdminToken;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks {@code Authorization: Bearer TOKEN} on admin routes (and on every API read with {@code --private}).
 *
 * <p>Only a wrong token counts as a failed attempt: a request without one (a page load, a curious crawler) is
 * answered 401 and not counted, and a request with the right token always passes, even from an address that is
 * locked out. Behind a reverse proxy every client shares one address, so one guesser must not lock everyone out, and
 * page loads must not use up the attempts. A wrong token from an address with {@link #MAX_FAILURES} recent failures
 * gets 429 until they age out. Guessing is bounded by the token's strength: a generated token has 256 random bits.
 * Messages never name where the token lives on the server (the operator sees that when {@code serve} starts).
 */
final class AdminGuard {
  private static final Logger LOG = LoggerFactory.getLogger(AdminGuard.class);
  static final int MAX_FAILURES = 10;
  static final long WINDOW_MS = 60_000;
  /** Reads open even with --private. */
  private static final java.util.Set<String> OPEN = java.util.Set.of("/api/health", "/api/schema");

  private final AdminToken token;
  private final boolean privateReads;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  AdminGuard(AdminToken token, boolean privateReads) {
    this.token = token;
    this.privateReads = privateReads;
  }

  /** Wraps an admin-only handler (writes: upload, delete, crawl, reindex). */
  Handler admin(Handler handler) {
    return ctx -> {
      require(ctx);
      handler.handle(ctx);
    };
  }

  /**
   * A before-handler for /api/*: with --private every API call needs the token but the health check and the schema
   * (which says only what this build can filter on, nothing of the data).
   */
  void reads(Context ctx) {
    if (privateReads && !OPEN.contains(ctx.path())) require(ctx);
  }

  /** Throws 401/403/429 unless the request carries the admin token. */
  void require(Context ctx) {
    if (!token.configured()) {
      throw new HttpProblem(403, "writes_disabled", "no admin token is configured on this server, so writes are"
          + " refused; the operator sets PLANSCOPE_TOKEN or makes the data directory writable and restarts");
    }
    String presented = bearer(ctx.header("Authorization"));
    if (token.matches(presented)) return;
    if (presented == null) {
      throw new HttpProblem(401, "unauthorized",
          "this needs the admin token: send 'Authorization: Bearer TOKEN' (ask the server's operator for it)");
    }
    String client = ctx.ip();
    if (lockedOut(client)) {
      ctx.header("Retry-After", String.valueOf(WINDOW_MS / 1000));
      throw new HttpProblem(429, "too_many_attempts",
          "too many wrong tokens from " + client + "; wait a minute and retry with the right token");
    }
    recordFailure(client);
    LOG.warn("wrong admin token for {} {} from {}", ctx.method(), ctx.path(), client);
    throw new HttpProblem(401, "unauthorized", "wrong admin token; check it with the server's operator");
  }

  private static String bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
    String t = header.substring(7).strip();
    return t.isEmpty() ? null : t;
  }

  private boolean lockedOut(String client) {
    Deque<Long> times = failures.get(client);
    if (times == null) return false;
    synchronized (times) {
      prune(times);
      return times.size() >= MAX_FAILURES;
    }
  }

  private void recordFailure(String client) {
    Deque<Long> times = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times);
      times.addLast(System.currentTimeMillis());
    }
  }

  private static void prune(Deque<Long> times) {
    long cutoff = System.currentTimeMillis() - WINDOW_MS;
    while (!times.isEmpty() && times.peekFirst() < cutoff) times.removeFirst();
  }
}
