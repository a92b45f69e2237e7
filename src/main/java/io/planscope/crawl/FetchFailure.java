package io.planscope.crawl;

/**
 * A fetch that gave no usable answer: timed out after its retries, too many redirects, a redirect loop, a refused
 * target, a network error. A per-page outcome (counted as failed), so it is checked; its message quotes the URL.
 */
public final class FetchFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for counting. */
  public enum Kind {
    TIMEOUT,
    TOO_MANY_REDIRECTS,
    REDIRECT_LOOP,
    REFUSED,
    ROBOTS,
    NETWORK,
    SERVER_ERROR
  }

  private final Kind kind;

  public FetchFailure(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public FetchFailure(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
