package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A parse that runs out of time stops working, not just stops being waited for (issue 19, point 1). */
class RunawayParseTest {
  private static final Duration LIMIT = Duration.ofSeconds(2);
  private static final Ingestor INGESTOR = new Ingestor(IngestLimits.DEFAULTS.withTimeout(LIMIT));

  @Test
  void heavyPdfIsRefusedAndItsParseStops() {
    byte[] pdf = HostileDocs.heavyPdf();
    assertTrue(pdf.length < 120_000, "the generator should make a small file: " + pdf.length);
    IngestException e = refused(INGESTOR, Seeds.doc("heavy.pdf", pdf));
    assertEquals(IngestException.Reason.TOO_LARGE, e.reason(), e.getMessage());
    assertTrue(e.getMessage().contains("'heavy.pdf'") && e.getMessage().contains("page 1 has more than"),
        e.getMessage());
    assertParsersIdleWithin(Duration.ofSeconds(3));
  }

  @Test
  void heavyPdfUnderRaisedTextLimitsStopsAtTheDeadline() {
    Ingestor lax = new Ingestor(IngestLimits.DEFAULTS.withTimeout(LIMIT).withMaxChars(1 << 30, 1 << 30));
    IngestException e = refused(lax, Seeds.doc("heavy.pdf", HostileDocs.heavyPdf()));
    assertEquals(IngestException.Reason.TIMEOUT, e.reason(), e.getMessage());
    assertParsersIdleWithin(Duration.ofSeconds(3));
  }

  @Test
  void hugeSingleLineTextIsRefusedOrParsedInTimeAndItsParseStops() {
    SourceDocument doc = Seeds.doc("huge.txt", HostileDocs.hugeLineText());
    long t0 = System.nanoTime();
    try {
      INGESTOR.parse(doc);
    } catch (IngestException e) {
      assertTrue(e.getMessage().contains("huge.txt"), e.getMessage());
    }
    assertTrue(System.nanoTime() - t0 < LIMIT.plusSeconds(1).toNanos(), "the caller waited past the limit");
    assertParsersIdleWithin(Duration.ofSeconds(3));
  }

  /**
   * 300,000 letterless lines: glued in about a second when the work is linear; quadratic work would be some 10^10
   * steps, minutes, past a deadline of 60 s that no load on a test machine reaches otherwise (speed itself is the
   * parse benchmark's to measure, not a unit test's).
   */
  @Test
  void gluesManyLetterlessLinesInLinearTime() {
    Ingestor patient = new Ingestor(IngestLimits.DEFAULTS.withTimeout(Duration.ofSeconds(60)));
    ParseResult r = patient.parse(Seeds.doc("dots.txt", HostileDocs.letterlessLines(300_000)));
    assertEquals(1, r.plans().size());
  }

  @Test
  void refusesADocumentWithMoreMeasuresThanTheLimit() {
    Ingestor strict = new Ingestor(IngestLimits.DEFAULTS.withMaxMeasures(1_000));
    IngestException e = refused(strict, Seeds.doc("many.txt", HostileDocs.hugeLineText(200_000)));
    assertEquals(IngestException.Reason.TOO_LARGE, e.reason(), e.getMessage());
    assertTrue(e.getMessage().contains("'many.txt' has more than 1000 measures"), e.getMessage());
  }

  @Test
  void aFullParsePoolRefusesWithBusyAtOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Future<Object>> held = new ArrayList<>();
    try {
      long quiet = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); // earlier tests' parses end first
      while (ParsePool.load() > 0 && System.nanoTime() < quiet) Thread.sleep(50);
      // fill it: every thread held, the queue full (twice: an idle worker may take a queued one just after a refusal)
      fill(held, release);
      Thread.sleep(200);
      fill(held, release);
      assertTrue(held.size() >= ParsePool.THREADS + ParsePool.QUEUE, "refused after " + held.size());
      IngestException e = assertThrows(IngestException.class, () -> INGESTOR.parse(Seeds.doc("late.txt", "一、任务")));
      assertEquals(IngestException.Reason.BUSY, e.reason(), e.getMessage());
      assertTrue(e.getMessage().startsWith("'late.txt' was not parsed"), e.getMessage());
    } finally {
      release.countDown();
    }
    for (Future<Object> f : held) f.get(5, TimeUnit.SECONDS);
  }

  private static void fill(List<Future<Object>> held, CountDownLatch release) {
    assertThrows(IngestException.class, () -> {
      for (int i = 0; i <= ParsePool.THREADS + ParsePool.QUEUE; i++) {
        held.add(ParsePool.submit(() -> await(release), "held-" + i));
      }
    });
  }

  private static Object await(CountDownLatch latch) {
    try {
      return latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static IngestException refused(Ingestor ingestor, SourceDocument doc) {
    long t0 = System.nanoTime();
    IngestException e = assertThrows(IngestException.class, () -> ingestor.parse(doc));
    assertTrue(System.nanoTime() - t0 < LIMIT.plusSeconds(1).toNanos(), "the caller waited past the limit");
    return e;
  }

  /** Fails unless no parse thread uses CPU within the grace period: a cancelled parse must really stop. */
  static void assertParsersIdleWithin(Duration grace) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + grace.toNanos();
    Map<Long, Long> busy = Map.of();
    while (System.nanoTime() < end) {
      Map<Long, Long> before = parserCpu(mx);
      sleep(200);
      busy = new HashMap<>();
      for (Map.Entry<Long, Long> t : parserCpu(mx).entrySet()) {
        Long was = before.get(t.getKey());
        if (was != null && t.getValue() - was > 20_000_000L) busy.put(t.getKey(), t.getValue() - was);
      }
      if (busy.isEmpty()) return;
    }
    assertEquals(Map.of(), busy, "parse threads still burning CPU (thread id -> ns in 200 ms) after the deadline");
  }

  private static Map<Long, Long> parserCpu(ThreadMXBean mx) {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (info == null || !info.getThreadName().startsWith("planscope-parse")) continue;
      long ns = mx.getThreadCpuTime(info.getThreadId());
      if (ns >= 0) cpu.put(info.getThreadId(), ns);
    }
    return cpu;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
