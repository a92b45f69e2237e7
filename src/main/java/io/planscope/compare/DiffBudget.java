package io.planscope.compare;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How much work one diff may do: alignment steps per attempt and a wall-clock deadline for the whole diff. An
 * alignment that would pass either gives up, and {@link TextDiff} retries at a coarser {@link Granularity}; past the
 * deadline it goes straight to the whole text, which costs one comparison. {@code cancelled} stops it early too
 * (e.g. the server is stopping).
 *
 * @param maxSteps the most Myers steps (diagonal moves and snake steps) one alignment may take
 * @param deadlineNanos {@link System#nanoTime()} after which no alignment starts or continues
 */
public record DiffBudget(long maxSteps, long deadlineNanos, BooleanSupplier cancelled) {
  /** About 50 ms of alignment on a laptop: room for two measure-sized texts or two whole plans a few edits apart. */
  public static final long DEFAULT_STEPS = 20_000_000;

  /** The longest a diff may run, whatever its texts. */
  public static final Duration DEFAULT_TIME = Duration.ofSeconds(2);

  /** Never gives up: the exact diff of the texts whatever it costs (only for trusted callers like the CLI). */
  public static final DiffBudget UNLIMITED = new DiffBudget(Long.MAX_VALUE, Long.MAX_VALUE, () -> false);

  /** The default budget, its deadline counted from now. */
  public static DiffBudget standard() {
    return of(DEFAULT_STEPS, DEFAULT_TIME);
  }

  /** A budget of {@code maxSteps} per alignment and {@code time} from now in all. */
  public static DiffBudget of(long maxSteps, Duration time) {
    return new DiffBudget(maxSteps, System.nanoTime() + time.toNanos(), () -> false);
  }

  /** This budget, also stopping when {@code stop} says so. */
  public DiffBudget stoppingWhen(BooleanSupplier stop) {
    return new DiffBudget(maxSteps, deadlineNanos, () -> cancelled.getAsBoolean() || stop.getAsBoolean());
  }

  /** Whether the deadline has passed or the caller cancelled. */
  boolean expired() {
    return (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) || cancelled.getAsBoolean();
  }
}
