package io.planscope.crawl;

/**
 * A crawl could not start or a URL was refused: a bad seed, a forbidden target, an unreadable state file. The
 * message quotes the URL and says what to do, e.g. {@code Refusing 'http://10.0.0.5/': it resolves to the private
 * address 10.0.0.5; crawling internal networks needs --allow-private on the command line}.
 */
public final class CrawlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CrawlException(String message) {
    super(message);
  }

  public CrawlException(String message, Throwable cause) {
    super(message, cause);
  }
}
