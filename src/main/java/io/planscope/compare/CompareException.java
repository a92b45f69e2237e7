package io.planscope.compare;

/**
 * A comparison request that cannot be answered as asked: a text too long, a bureau matching no or several
 * issuers. The message quotes the input and says what to do; the web layer maps it to 400, the CLI prints it.
 */
public final class CompareException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CompareException(String message) {
    super(message);
  }
}
