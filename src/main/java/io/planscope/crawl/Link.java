package io.planscope.crawl;

import java.net.URI;

/**
 * A link worth following, with why.
 *
 * @param url the normalized absolute URL
 * @param text the anchor text
 * @param kind plan-like, pagination or attachment
 */
public record Link(URI url, String text, Kind kind) {
  /** Why a link is followed. */
  public enum Kind {
    /** Anchor text or URL mentions 工作计划/工作要点/工作方案/计划/要点. */
    PLAN_LIKE,
    /** 下一页 and the like: the next page of the same list (not counted as a level of depth). */
    PAGINATION,
    /** A document that is not a page (.docx, .pdf, .txt: see {@link io.planscope.ingest.SourceFormat}). */
    ATTACHMENT
  }
}
