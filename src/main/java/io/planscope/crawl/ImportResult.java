package io.planscope.crawl;

import java.util.List;

/**
 * What the sink did with one document.
 *
 * @param status imported (new plans), duplicate (the exact bytes were stored before), skipped (read, but not a
 *     plan: no outline, not text, an unsupported type) or failed
 * @param documentId the stored document's id, or null when it failed
 * @param planIds the plans found in it
 * @param message why it failed, or warnings worth showing; may be empty
 */
public record ImportResult(Status status, String documentId, List<String> planIds, String message) {
  public ImportResult {
    planIds = List.copyOf(planIds);
    message = message == null ? "" : message;
  }

  /** The three outcomes of an import. */
  public enum Status {
    IMPORTED,
    DUPLICATE,
    SKIPPED,
    FAILED
  }

  public static ImportResult imported(String documentId, List<String> planIds) {
    return new ImportResult(Status.IMPORTED, documentId, planIds, "");
  }

  public static ImportResult duplicate(String documentId, List<String> planIds) {
    return new ImportResult(Status.DUPLICATE, documentId, planIds, "");
  }

  public static ImportResult skipped(String documentId, String message) {
    return new ImportResult(Status.SKIPPED, documentId, List.of(), message);
  }

  public static ImportResult failed(String message) {
    return new ImportResult(Status.FAILED, null, List.of(), message);
  }
}
