package io.planscope.ingest;

import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/** The shared seed pages: ../shared/seeds beside the repository (CI has them there). */
final class Seeds {
  private Seeds() {}

  static Path dir() {
    return Path.of(System.getProperty("planscope.home", ".")).resolve("../shared/seeds").normalize();
  }

  /** The seed whose file name starts with the prefix ("001"). */
  static SourceDocument seed(String prefix) {
    try (Stream<Path> files = Files.list(dir())) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
      return new SourceDocument(Files.readAllBytes(p), p.getFileName().toString(), "seeds/" + p.getFileName(), null,
          Instant.EPOCH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceDocument doc(String filename, byte[] bytes) {
    return new SourceDocument(bytes, filename, "test/" + filename, null, Instant.EPOCH);
  }

  static SourceDocument doc(String filename, String text) {
    return doc(filename, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
