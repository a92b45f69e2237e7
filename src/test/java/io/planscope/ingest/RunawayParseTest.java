package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
    Ingestor lax = new Ingestor(IngestLimits.DEFAULTS.withTimeout(LIMIT).withMaxPdfChars(1 << 30, 1 << 30));
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
