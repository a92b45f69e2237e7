package io.planscope.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How long generated plans are. {@link #REAL} draws each new plan's number of measures and each fresh measure's
 * length from log-normal distributions fitted to real bureau plans (BENCHMARKS.md, "The corpus generator", names the
 * figures): about 46 measures and 14 KB of measure text per plan on average, a few plans of 100 measures and more.
 * {@link #SMALL} keeps the demo skeletons' own outlines (about 17 measures and 3.2 KB), for quick runs.
 *
 * @param small whether plans keep their demo skeleton's size
 * @param countMu log-normal location of the number of measures in a new plan
 * @param countSigma log-normal scale of that number (the tail: share of plans of 100+ measures)
 * @param lengthMu log-normal location of a fresh measure's length in characters
 * @param lengthSigma log-normal scale of that length
 */
public record PlanShape(boolean small, double countMu, double countSigma, double lengthMu, double lengthSigma) {
  /** Mean exp(μ + σ²/2) = 46 measures, median 41; about 3.6% of new plans have 100 measures or more. */
  public static final PlanShape REAL = new PlanShape(false, Math.log(46) - 0.125, 0.5, Math.log(73), 0.5);
  /** The demo skeletons' own outlines and measure lengths (generator version 2's plans). */
  public static final PlanShape SMALL = new PlanShape(true, 0, 0, 0, 0);
  private static final int MIN_MEASURES = 6;
  private static final int MAX_MEASURES = 240;
  private static final int MAX_APPENDED = 6;

  /** The number of measures a new plan gets; its skeleton's own count when small. */
  int measures(SplittableRandom rng, int skeletonCount) {
    if (small) return skeletonCount;
    long n = Math.round(Math.exp(countMu + countSigma * gaussian(rng)));
    return (int) Math.max(MIN_MEASURES, Math.min(MAX_MEASURES, n));
  }

  /**
   * A fresh measure brought to a length drawn for it: sentences of other measures of its section type are appended
   * (bureaus do compose measures from borrowed sentences) until it reaches the drawn length. Real plans' measures
   * run to a median of about 89 characters, the demo pool's to 73, so most grow by one or two sentences.
   */
  String lengthen(String text, List<String> donors, SplittableRandom rng) {
    if (small) return text;
    double target = Math.exp(lengthMu + lengthSigma * gaussian(rng));
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0; i < MAX_APPENDED && sb.length() < target; i++) {
      String donor = donors.get(rng.nextInt(donors.size()));
      String[] sentences = donor.split("(?<=[。；])");
      String s = sentences[rng.nextInt(sentences.length)].strip();
      if (s.length() < 6 || sb.indexOf(s) >= 0) continue;
      if (!endsSentence(sb)) sb.append('。');
      sb.append(s);
    }
    return sb.toString();
  }

  private static boolean endsSentence(CharSequence s) {
    char c = s.charAt(s.length() - 1);
    return c == '。' || c == '；' || c == '！' || c == '？';
  }

  /** A standard normal draw (Box–Muller) from the generator's own random source, so the seed fixes it. */
  static double gaussian(SplittableRandom rng) {
    double u = 1.0 - rng.nextDouble(); // (0, 1]: the log below is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
  }
}
