package io.planscope.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A publish date given by hand with an upload or import ({@code ?published=}, {@code --published}), for a saved page
 * whose date the text does not carry (or carries wrongly). It is kept with the stored document and replaces the date
 * the parser read, in every plan the document yields, on every re-parse.
 */
public final class PublishedOn {
  /** The earliest date accepted: no bureau plan in scope was published before the People's Republic. */
  static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

  private PublishedOn() {}

  /**
   * The date as {@code YYYY-MM-DD}, checked: a real calendar day from 1949-10-01 to tomorrow (UTC, so a page
   * published today in China is accepted); {@link IllegalArgumentException} saying what to give.
   */
  public static String check(String date) {
    String d = date == null ? "" : date.strip();
    String how = "; give the day the page was published as YYYY-MM-DD, like 2024-02-14";
    if (d.isEmpty()) throw new IllegalArgumentException("the publish date is empty" + how);
    if (!d.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException("'" + shorten(d) + "' is not a date" + how);
    }
    LocalDate day;
    try {
      day = LocalDate.parse(d);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + d + "' is not a day of the calendar" + how);
    }
    LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    if (day.isBefore(EARLIEST) || day.isAfter(latest)) {
      throw new IllegalArgumentException("the publish date " + d + " is outside " + EARLIEST + " to " + latest + how);
    }
    return d;
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
