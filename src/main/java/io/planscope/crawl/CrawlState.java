package io.planscope.crawl;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.planscope.corpus.AtomicFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a crawl must remember to resume after an interruption: the frontier (URLs still to fetch, with depth), the
 * seen set and the counts so far. Saved as {@code DATA/crawl/frontier-KEY.json} after every page, atomically; KEY
 * hashes the seeds and the options that shape the frontier, so the same command resumes the same crawl.
 */
final class CrawlState {
  static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** A URL waiting in the frontier. */
  record Entry(String url, int depth) {}

  /** The file format. */
  record Saved(int version, String key, List<String> seeds, boolean finished, List<Entry> frontier,
      List<String> seen, Counts counts, String updatedAt) {}

  /** The counts a crawl reports. */
  record Counts(int pagesFetched, int plansImported, int documentsImported, int duplicates, int unchanged,
      int skipped, int failed) {
    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);
  }

  final String key;
  final Deque<Entry> frontier = new ArrayDeque<>();
  final Set<String> seen = new LinkedHashSet<>();
  final Counts resumedCounts;
  final boolean resumed;

  private CrawlState(String key, Counts resumedCounts, boolean resumed) {
    this.key = key;
    this.resumedCounts = resumedCounts;
    this.resumed = resumed;
  }

  /** The frontier file for a config under the state directory. */
  static Path file(CrawlConfig config) {
    return config.stateDir().resolve("frontier-" + key(config) + ".json");
  }

  /** Loads an unfinished crawl for this config, or starts a fresh one from the seeds. */
  static CrawlState open(CrawlConfig config) {
    String key = key(config);
    if (config.stateDir() != null && !config.fresh()) {
      Path f = file(config);
      if (Files.exists(f)) {
        Saved saved = read(f);
        if (!saved.finished() && !saved.frontier().isEmpty()) return resume(key, saved);
      }
    }
    CrawlState s = new CrawlState(key, Counts.ZERO, false);
    for (URI seed : config.seeds()) s.offer(seed.toString(), 0);
    return s;
  }

  private static CrawlState resume(String key, Saved saved) {
    CrawlState s = new CrawlState(key, saved.counts() == null ? Counts.ZERO : saved.counts(), true);
    s.seen.addAll(saved.seen());
    s.frontier.addAll(saved.frontier());
    return s;
  }

  private static Saved read(Path f) {
    try {
      return JSON.readValue(f.toFile(), Saved.class);
    } catch (IOException e) {
      throw new CrawlException("Cannot read the crawl state '" + f + "': " + e.getMessage()
          + "; delete it or pass --fresh to start over", e);
    }
  }

  /** Queues a URL unless it was seen; returns whether it was queued. */
  boolean offer(String url, int depth) {
    if (!seen.add(url)) return false;
    frontier.add(new Entry(url, depth));
    return true;
  }

  void save(CrawlConfig config, boolean finished, Counts counts) throws IOException {
    if (config.stateDir() == null) return;
    List<String> seeds = config.seeds().stream().map(URI::toString).toList();
    Saved saved = new Saved(1, key, seeds, finished, List.copyOf(frontier), List.copyOf(seen), counts,
        Instant.now().toString());
    write(file(config), saved);
  }

  /**
   * Saves a state file as indented JSON so a crash leaves the old content or the new ({@link AtomicFiles#write}),
   * creating the state directory when it is missing.
   */
  static void write(Path file, Object value) throws IOException {
    AtomicFiles.createDirectory(file.toAbsolutePath().getParent());
    AtomicFiles.write(file.toAbsolutePath(), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
  }

  static String key(CrawlConfig c) {
    String shape = c.seeds().stream().map(URI::toString).sorted().toList() + "|" + c.sameHost() + "|"
        + c.maxDepth() + "|" + (c.include() == null ? "" : c.include().pattern()) + "|"
        + (c.exclude() == null ? "" : c.exclude().pattern());
    return sha256(shape.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
