package io.planscope.search;

/**
 * A search request that cannot be run: malformed query syntax, an unknown field or a bad value. The message quotes
 * the input and says where (1-based column) and what to do; the web layer maps it to 400.
 */
public final class QueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int column;

  public QueryException(String message, int column) {
    super(column > 0 ? message + " (at column " + column + ")" : message);
    this.column = column;
  }

  /** A bad parameter outside the query string (column 0). */
  public static QueryException parameter(String message) {
    return new QueryException(message, 0);
  }

  /** 1-based column in the query where the problem is, or 0 for a URL parameter. */
  public int column() {
    return column;
  }
}
