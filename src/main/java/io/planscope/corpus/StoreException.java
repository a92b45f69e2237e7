package io.planscope.corpus;

/**
 * The store could not write or read its files. The web layer maps {@link Reason#DISK_FULL} to 507 and the others to
 * 503; nothing half-written remains when it is thrown (every file is written to a temporary name and renamed).
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for choosing a status and a fix. */
  public enum Reason {
    /** No space left on the device (HTTP 507). */
    DISK_FULL,
    /** The data directory is read-only or not writable by us (HTTP 503). */
    READ_ONLY,
    /** Any other I/O failure (HTTP 503). */
    IO
  }

  private final Reason reason;

  public StoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
