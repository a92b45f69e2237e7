package io.planscope.source;

/**
 * A document could not be turned into plans. The message quotes the file and says what to do, e.g.
 * {@code No plan found in 'x.html': no headings like 一、 or （一） and no title; is this a list page?}
 */
public final class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why, for counting outcomes and choosing an HTTP status. */
  public enum Reason {
    /** The extension or content type is not one we read (HTTP 415). */
    UNSUPPORTED_TYPE,
    /** Binary or undecodable content (HTTP 422). */
    NOT_TEXT,
    /** Text, but no plan in it (HTTP 422). */
    NO_PLAN,
    /** Over a size, depth, page or ratio limit (HTTP 413). */
    TOO_LARGE,
    /** Parsing took longer than its time limit (HTTP 422). */
    TIMEOUT,
    /** Every parse thread is busy and the queue is full; nothing was wrong with the document (HTTP 503). */
    BUSY
  }

  private final Reason reason;

  public IngestException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public IngestException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
