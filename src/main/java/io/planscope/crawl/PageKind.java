package io.planscope.crawl;

/** What an HTML page looks like to the crawler. */
public enum PageKind {
  /** A long text body with outline markers (一、 （一）): handed to the import pipeline. */
  PLAN,
  /** Many short links (a column index, search results): its plan-like links are followed. */
  LIST,
  /** Neither, e.g. a short notice that only links an attachment: its attachments and plan-like links are followed. */
  OTHER
}
