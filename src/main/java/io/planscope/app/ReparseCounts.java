package io.planscope.app;

import io.planscope.app.ReparseReport.Change;
import io.planscope.app.ReparseReport.Kind;

/** The running counts behind {@link Reparser.Progress}: written by the re-parse thread, read by health checks. */
final class ReparseCounts {
  private volatile Reparser.Progress progress = new Reparser.Progress("running", 0, 0, 0, 0, 0, 0);

  void start(int documents) {
    progress = new Reparser.Progress("running", documents, 0, 0, 0, 0, 0);
  }

  synchronized void add(Reparser.GroupResult group, int done) {
    Reparser.Progress p = progress;
    progress = new Reparser.Progress(p.state(), p.documents(), done, p.changed() + count(group, Kind.CHANGED),
        p.added() + count(group, Kind.ADDED), p.removed() + count(group, Kind.REMOVED),
        p.failed() + group.failures().size());
  }

  private static int count(Reparser.GroupResult group, Kind kind) {
    return (int) group.changes().stream().map(Change::kind).filter(k -> k == kind).count();
  }

  synchronized void finish(String state) {
    Reparser.Progress p = progress;
    progress = new Reparser.Progress(state, p.documents(), p.done(), p.changed(), p.added(), p.removed(), p.failed());
  }

  Reparser.Progress progress() {
    return progress;
  }
}
