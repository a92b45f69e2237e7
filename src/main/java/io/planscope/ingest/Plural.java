package io.planscope.ingest;

/** "1 plan", "3 plans": counts in messages a person reads. */
final class Plural {
  private Plural() {}

  static String of(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
