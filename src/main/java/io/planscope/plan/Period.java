package io.planscope.plan;

/**
 * The span a plan covers. {@code kind} is one of {@code annual}, {@code first-half}, {@code second-half} or
 * {@code multi-year}; {@code start} and {@code end} are years (equal for the first three, null when unknown).
 */
public record Period(String kind, Integer start, Integer end) {
  public static final String ANNUAL = "annual";
  public static final String FIRST_HALF = "first-half";
  public static final String SECOND_HALF = "second-half";
  public static final String MULTI_YEAR = "multi-year";

  /** A one-year period of the given kind. */
  public static Period of(String kind, Integer year) {
    return new Period(kind, year, year);
  }
}
