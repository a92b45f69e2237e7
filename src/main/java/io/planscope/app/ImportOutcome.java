package io.planscope.app;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import io.planscope.corpus.StoredPlans;
import io.planscope.plan.Plan;
import io.planscope.source.IngestException;
import java.util.List;
import java.util.Locale;

/**
 * What importing one document did. Every document gets one, so a run can count and report them.
 *
 * @param status imported (new plans stored and indexed), duplicate (these bytes were already stored) or failed
 * @param documentId the document's content address (also for failures, though a failed document is not kept)
 * @param planIds the plans it holds, in page order
 * @param warnings what ingestion noticed but did not reject
 * @param reason why it failed, quoting the file; null unless failed
 * @param filename the file name it arrived with
 * @param failure the ingest reason for a failure (picks the HTTP status), null unless failed
 * @param plans the plans it holds as the store holds them, for a caller that shows them without reading them back
 *     (empty when failed; not written as JSON, and not kept in a bulk run's report)
 */
public record ImportOutcome(
    Status status,
    String documentId,
    List<String> planIds,
    List<String> warnings,
    String reason,
    String filename,
    IngestException.Reason failure,
    @JsonIgnore List<Plan> plans) {
  public ImportOutcome {
    planIds = List.copyOf(planIds);
    warnings = List.copyOf(warnings);
    plans = List.copyOf(plans);
  }

  /** The same outcome without its plans (what a report of many keeps). */
  public ImportOutcome withoutPlans() {
    return new ImportOutcome(status, documentId, planIds, warnings, reason, filename, failure, List.of());
  }

  /** The three outcomes. */
  public enum Status {
    IMPORTED,
    DUPLICATE,
    FAILED;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static ImportOutcome imported(
      String docId, String filename, List<String> planIds, StoredPlans plans, List<String> warnings) {
    return new ImportOutcome(Status.IMPORTED, docId, planIds, warnings, null, filename, null, plans.plans());
  }

  static ImportOutcome duplicate(String docId, String filename, List<String> planIds, StoredPlans plans) {
    return new ImportOutcome(Status.DUPLICATE, docId, planIds, List.of(), null, filename, null, plans.plans());
  }

  static ImportOutcome failed(String docId, String filename, IngestException e) {
    return new ImportOutcome(Status.FAILED, docId, List.of(), List.of(), e.getMessage(), filename, e.reason(),
        List.of());
  }
}
