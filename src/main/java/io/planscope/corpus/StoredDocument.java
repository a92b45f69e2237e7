package io.planscope.corpus;

import io.planscope.source.ParserVersion;
import java.util.List;

/**
 * One original document in the store.
 *
 * @param id first 16 hex chars of the SHA-256 of the original bytes
 * @param filename the file name it arrived with (no directories)
 * @param contentType the content type it arrived with, or one guessed from the file name
 * @param size the original's size in bytes
 * @param sources every place these exact bytes came from, oldest first
 * @param planIds the plans parsed from it, in page order (empty until parsed, or when all were deleted)
 * @param parserVersion the {@link ParserVersion} its plans were parsed with (1 when stored before versions were kept)
 * @param published the publish date given by hand with its upload or import (YYYY-MM-DD), or null
 */
public record StoredDocument(
    String id,
    String filename,
    String contentType,
    long size,
    List<PlanSource> sources,
    List<String> planIds,
    int parserVersion,
    String published) {
  public StoredDocument {
    sources = List.copyOf(sources);
    planIds = List.copyOf(planIds);
  }

  /** A document whose parser version was not recorded. */
  public StoredDocument(
      String id, String filename, String contentType, long size, List<PlanSource> sources, List<String> planIds) {
    this(id, filename, contentType, size, sources, planIds, ParserVersion.UNRECORDED, null);
  }

  /** Whether its plans come from older rules than this build's ({@link ParserVersion#CURRENT}). */
  public boolean outdated() {
    return parserVersion < ParserVersion.CURRENT;
  }
}
