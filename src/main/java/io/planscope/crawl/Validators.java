package io.planscope.crawl;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What we knew about each fetched URL last time, for skipping unchanged pages on a recrawl: ETag and
 * Last-Modified for conditional requests, and a SHA-256 of the body for servers that send neither. Kept in
 * {@code DATA/crawl/validators.json}, shared by every crawl of that data directory.
 */
final class Validators {
  /**
   * One URL's validators.
   *
   * @param kind plan, attachment, list, other: only plans and attachments are fetched conditionally, since list
   *     pages must be read to find new links
   */
  record Validator(String etag, String lastModified, String sha256, String kind, String fetchedAt) {}

  private final Path file;
  private final Map<String, Validator> byUrl;

  private Validators(Path file, Map<String, Validator> byUrl) {
    this.file = file;
    this.byUrl = byUrl;
  }

  static Validators open(Path stateDir) {
    if (stateDir == null) return new Validators(null, new LinkedHashMap<>());
    Path f = stateDir.resolve("validators.json");
    if (!Files.exists(f)) return new Validators(f, new LinkedHashMap<>());
    try {
      return new Validators(f, CrawlState.JSON.readValue(f.toFile(), new TypeReference<LinkedHashMap<String, Validator>>() {}));
    } catch (IOException e) {
      throw new CrawlException("Cannot read '" + f + "': " + e.getMessage()
          + "; delete it to forget what earlier crawls saw", e);
    }
  }

  synchronized Optional<Validator> get(String url) {
    return Optional.ofNullable(byUrl.get(url));
  }

  synchronized void put(String url, Validator v) {
    byUrl.put(url, v);
  }

  synchronized void save() throws IOException {
    if (file != null) CrawlState.write(file, byUrl);
  }
}
