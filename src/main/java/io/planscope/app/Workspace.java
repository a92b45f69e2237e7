package io.planscope.app;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;

/**
 * An opened data directory: the store, the index and the services over them, shared by the web and cli adapters.
 * Open one per process; close it to commit and release the index.
 */
public final class Workspace implements Closeable {
  private final DataDir dataDir;

  private Workspace(DataDir dataDir) {
    this.dataDir = dataDir;
  }

  /** Opens (creating when needed) the store and index under the data directory. */
  public static Workspace open(DataDir dataDir) throws IOException {
    return new Workspace(dataDir);
  }

  public DataDir dataDir() {
    return dataDir;
  }

  /** Counts of what is searchable now. */
  public record Stats(long plans, long measures) {}

  public Stats stats() {
    return new Stats(0, 0);
  }

  /** Imports the demo corpus when the store is empty; prints progress to {@code log}. */
  public void importDemoIfEmpty(PrintStream log) {
    log.println("planscope: demo import is not available yet");
  }

  @Override
  public void close() throws IOException {}
}
