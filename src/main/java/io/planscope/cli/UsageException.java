package io.planscope.cli;

/** The command line was wrong: an unknown command or option, or a bad value. Main exits 2 with its message. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
