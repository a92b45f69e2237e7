package io.planscope.text;

/** "1 plan", "3 plans": counts in messages a person reads. */
public final class Plural {
  private Plural() {}

  public static String of(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
