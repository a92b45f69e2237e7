package io.planscope.source;

/**
 * The version of the ingestion rules, recorded with every stored document's parse so that plans stored under older
 * rules are parsed again ({@code ./planscope reparse}, or in the background by {@code serve}).
 *
 * <p>Bump {@link #CURRENT} whenever a rule change can change what a page parses into: a boilerplate pattern, a
 * heading or split marker, title cleaning, metadata extraction, measure building. A change that cannot alter any
 * parse (speed, messages) needs no bump. Documents stored without a version were parsed by version 1.
 */
public final class ParserVersion {
  /** The rules of this build. */
  public static final int CURRENT = 3;

  /** The version of documents stored before versions were recorded. */
  public static final int UNRECORDED = 1;

  private ParserVersion() {}
}
