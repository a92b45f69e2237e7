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
 * Checks {@code Authorization: Bearer TOKEN} on admin routes (and on every API read with {@code --private}). Failed
 * attempts are logged without the token, and a client with too many recent failures gets 429 until they age out.
 */
final class AdminGuard {
  private static final Logger LOG = LoggerFactory.getLogger(AdminGuard.class);
  static final int MAX_FAILURES = 10;
  static final long WINDOW_MS = 60_000;

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

  /** A before-handler for /api/*: with --private every API call but the health check needs the token. */
  void reads(Context ctx) {
    if (privateReads && !ctx.path().equals("/api/health")) require(ctx);
  }

  /** Throws 401/403/429 unless the request carries the admin token. */
  void require(Context ctx) {
    if (!token.configured()) {
      throw new HttpProblem(403, "writes_disabled", "no admin token is configured (" + token.where()
          + "), so writes are refused; set PLANSCOPE_TOKEN or make the data directory writable and restart");
    }
    String client = ctx.ip();
    if (lockedOut(client)) {
      ctx.header("Retry-After", String.valueOf(WINDOW_MS / 1000));
      throw new HttpProblem(429, "too_many_attempts",
          "too many failed token attempts from " + client + "; wait a minute and retry with the right token");
    }
    String presented = bearer(ctx.header("Authorization"));
    if (!token.matches(presented)) {
      recordFailure(client);
      LOG.warn("admin token {} for {} {} from {}", presented == null ? "missing" : "rejected", ctx.method(),
          ctx.path(), client);
      throw new HttpProblem(401, "unauthorized", presented == null
          ? "this needs the admin token: send 'Authorization: Bearer TOKEN' (the token is in " + token.where() + ")"
          : "wrong admin token; the token is in " + token.where());
    }
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
