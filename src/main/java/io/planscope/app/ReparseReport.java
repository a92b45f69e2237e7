package io.planscope.app;

import java.util.List;

/**
 * What a re-parse changed (or, in a dry run, would change): every plan of the re-parsed documents with how it
 * changed, and the documents that no longer parse (they keep their old plans).
 *
 * @param documents documents re-parsed (failed ones included)
 * @param changes one entry per plan, in the order the documents were re-parsed
 * @param failures documents the current rules cannot parse, with the reason
 * @param dryRun nothing was written
 * @param millis how long it took
 */
public record ReparseReport(int documents, List<Change> changes, List<Failure> failures, boolean dryRun, long millis) {
  public ReparseReport {
    changes = List.copyOf(changes);
    failures = List.copyOf(failures);
  }

  /** How a plan fared. */
  public enum Kind {
    UNCHANGED,
    CHANGED,
    ADDED,
    REMOVED
  }

  /**
   * One plan: its id (kept, new, or the one removed), title and measure count before (null/0 when added) and after
   * (null/0 when removed). A changed plan is retitled, has another measure count, or only other wording or metadata.
   */
  public record Change(Kind kind, String planId, String oldTitle, String title, int oldMeasures, int measures) {
    public boolean retitled() {
      return kind == Kind.CHANGED && !java.util.Objects.equals(oldTitle, title);
    }

    public boolean measureCountChanged() {
      return kind == Kind.CHANGED && oldMeasures != measures;
    }
  }

  /** A document the current rules cannot parse: its old plans stay. */
  public record Failure(String documentId, String filename, String reason) {}

  public long count(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  public long retitled() {
    return changes.stream().filter(Change::retitled).count();
  }

  public long measureCountsChanged() {
    return changes.stream().filter(Change::measureCountChanged).count();
  }

  /** One line: "12 documents: 30 plans unchanged, 2 changed (1 retitled, 1 measure counts), 1 added, ...". */
  public String summary() {
    return documents + " document(s): " + count(Kind.UNCHANGED) + " plans unchanged, " + count(Kind.CHANGED)
        + " changed (" + retitled() + " retitled, " + measureCountsChanged() + " measure counts), "
        + count(Kind.ADDED) + " added, " + count(Kind.REMOVED) + " removed, " + failures.size()
        + " failed to parse (old plans kept)" + (dryRun ? "; dry run, nothing written" : "");
  }
}
