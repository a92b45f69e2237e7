package io.planscope.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's seed pages: real scraped pages kept outside the repository, in {@code shared/seeds} beside the
 * checkout (the folder CI lays there). The one place tests look them up.
 *
 * <p>Without them a fresh clone still passes: the tests that read nothing else are skipped, the ones that only add
 * them to the demo corpus run on the demo alone, and one line says where to put them. Where {@code CI} is set they
 * are required, and a missing folder fails every test that would read it.
 */
public final class Seeds {
  private static boolean told;

  private Seeds() {}

  /** The seed folder, for a test that reads nothing else: skipped when it is missing (failed when CI is set). */
  public static Path dir() {
    Optional<Path> dir = present();
    Assumptions.assumeTrue(dir.isPresent(), () -> "no seed pages in " + location());
    return dir.orElseThrow();
  }

  /** The seed folder, for a test that adds the seeds to the demo corpus: empty when missing (failed when CI is set). */
  public static Optional<Path> ifPresent() {
    return present();
  }

  /** The seed whose file name starts with the prefix ("001"). */
  static SourceDocument seed(String prefix) {
    Path p = file(prefix);
    try {
      return new SourceDocument(Files.readAllBytes(p), p.getFileName().toString(), "seeds/" + p.getFileName(), null,
          Instant.EPOCH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed page whose file name starts with the prefix and "_" ("001" finds 001_….txt). */
  public static Path file(String prefix) {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst()
          .orElseThrow(() -> new AssertionError("no seed page " + prefix + "_* in " + location()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceDocument doc(String filename, byte[] bytes) {
    return new SourceDocument(bytes, filename, "test/" + filename, null, Instant.EPOCH);
  }

  static SourceDocument doc(String filename, String text) {
    return doc(filename, text.getBytes(StandardCharsets.UTF_8));
  }

  private static synchronized Optional<Path> present() {
    Path dir = location();
    if (hasPages(dir)) return Optional.of(dir);
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank()) {
      fail("CI is set and the seed pages are missing: put them in " + dir + " (shared/seeds beside the checkout)");
    }
    if (!told) { // once per test run, not once per test
      told = true;
      System.out.println("planscope tests: no seed pages in " + dir + " (shared/seeds beside the checkout): the tests"
          + " that read only them are skipped and the rest use the demo corpus alone; put the seed pages there to"
          + " run them (with CI set they are required)");
    }
    return Optional.empty();
  }

  private static Path location() {
    return Path.of(System.getProperty("planscope.home", ".")).toAbsolutePath().resolve("../shared/seeds").normalize();
  }

  private static boolean hasPages(Path dir) {
    if (!Files.isDirectory(dir)) return false;
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(Files::isRegularFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
