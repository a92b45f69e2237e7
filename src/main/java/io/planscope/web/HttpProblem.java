package io.planscope.web;

/** A request the web layer itself rejects (bad parameter, missing body) with a status and a message. */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  public HttpProblem(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public static HttpProblem badRequest(String message) {
    return new HttpProblem(400, "bad_request", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
