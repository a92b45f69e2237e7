package io.planscope.plan;

/** A lookup by id found nothing. The web layer maps it to 404; the CLI prints its message. */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, String id) {
    super("no " + what + " with id '" + id + "'; search first and use an id from the results");
  }
}
