package io.planscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderPoolTest {
  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void resultsComeInItemOrderThoughTasksFinishOutOfOrder() {
    List<Integer> items = IntStream.range(0, 40).boxed().toList();
    List<String> seen = new ArrayList<>();
    new InOrderPool(3, 6).run(items, i -> {
      sleep((7 - i % 7) * 2L); // later items often finish first
      return "r" + i;
    }, (index, r) -> seen.add(index + ":" + r));
    assertEquals(IntStream.range(0, 40).mapToObj(i -> i + ":r" + i).toList(), seen);
  }

  @Test
  void neverRunsMoreThanTheWindowAheadOfASlowConsumer() {
    // The import's consumer writes the report while workers parse; unbounded, the workers would finish every file
    // (and hold its plans) long before the consumer reached it.
    AtomicInteger started = new AtomicInteger();
    AtomicInteger handedOver = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    new InOrderPool(2, 5).run(IntStream.range(0, 60).boxed().toList(), i -> {
      int ahead = started.incrementAndGet() - handedOver.get();
      maxAhead.accumulateAndGet(ahead, Math::max);
      return i;
    }, (index, r) -> {
      handedOver.incrementAndGet();
      sleep(3);
    });
    assertEquals(60, started.get());
    assertEquals(60, handedOver.get());
    assertTrue(maxAhead.get() <= 5, "tasks ran " + maxAhead.get() + " ahead of the consumer, the window is 5");
  }

  @Test
  void aFailingTaskStopsTheRunWithItsOwnException() {
    List<Integer> handed = new ArrayList<>();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new InOrderPool(2, 4).run(IntStream.range(0, 30).boxed().toList(), i -> {
          if (i == 10) throw new IllegalStateException("store is full at item 10");
          return i;
        }, (index, r) -> handed.add(r)));
    assertEquals("store is full at item 10", e.getMessage());
    assertEquals(IntStream.range(0, 10).boxed().toList(), handed);
  }

  @Test
  void aWindowSmallerThanTheThreadsStillUsesEveryThread() {
    AtomicInteger total = new AtomicInteger();
    new InOrderPool(4, 1).run(List.of(1, 2, 3, 4, 5), i -> i, (index, r) -> total.addAndGet(r));
    assertEquals(15, total.get());
  }
}
