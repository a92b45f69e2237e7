package io.planscope.app;

import java.nio.file.Path;

/**
 * Where one PlanScope installation keeps its data. Layout under a root R: {@code R/corpus/store} (the originals and
 * parsed plans: back this up), {@code R/index} (the Lucene index: generated, rebuilt by reindex) and
 * {@code R/admin.token}. The default root is the repository itself, so the demo store sits beside corpus/demo.
 */
public record DataDir(Path root, Path store, Path index, Path tokenFile) {

  /** The layout under a root directory. */
  public static DataDir at(Path root) {
    Path r = root.toAbsolutePath().normalize();
    return new DataDir(r, r.resolve("corpus").resolve("store"), r.resolve("index"), r.resolve("admin.token"));
  }

  /** The layout under --data when given, else under the PlanScope home. */
  public static DataDir fromOption(String dataOption) {
    return at(dataOption == null ? home() : Path.of(dataOption));
  }

  /**
   * The PlanScope home: the repository root holding web/ and corpus/demo/. The launcher passes it as
   * {@code -Dplanscope.home}; without it, the working directory.
   */
  public static Path home() {
    String prop = System.getProperty("planscope.home");
    return Path.of(prop == null || prop.isBlank() ? "." : prop).toAbsolutePath().normalize();
  }

  /** The demo corpus shipped with the repository. */
  public static Path demoCorpus() {
    return home().resolve("corpus").resolve("demo");
  }

  /** The static front end. */
  public static Path webRoot() {
    return home().resolve("web");
  }

  /**
   * Throws, naming the directory, when there is no store to {@code purpose} (e.g. "rebuild the index from"), so a
   * mistyped --data does not create an empty data directory.
   */
  public void requireStore(String purpose) {
    if (!java.nio.file.Files.isDirectory(store)) {
      throw new IllegalArgumentException("no store at " + store + " to " + purpose + "; check --data DIR"
          + " (run import or serve first)");
    }
  }
}
