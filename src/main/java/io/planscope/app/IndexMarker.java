package io.planscope.app;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.planscope.corpus.DataStrings;
import io.planscope.corpus.SnapshotFile;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the last index commit holds ({@value #FILE} in the index directory): the index layout version, the store
 * catalogue's stamp when written at a clean shutdown (else null), and every plan id with its source fingerprint.
 * Binary, like the store's catalogue, because it is read on every start while the JVM is cold: at 100k plans the JSON
 * form it replaces ({@value #LEGACY_FILE}, still read when no binary one exists) took about 0.4 s to parse.
 * Layout ({@link SnapshotFile}): magic, version, stamp, count, (plan id, fingerprint) pairs, the count again.
 *
 * @param version the index layout ({@link IndexSync#SCHEMA}) the commit was written with
 */
record IndexMarker(int version, String catalogue, Map<String, String> plans) {
  static final String FILE = "planscope-indexed.bin";
  static final String LEGACY_FILE = "planscope-indexed.json";
  private static final SnapshotFile FORMAT = new SnapshotFile(0x50534958, "index marker"); // "PSIX"

  /** Reads the marker in an index directory: empty when there is none or it cannot be read. */
  static Optional<IndexMarker> read(Path indexDir) throws IOException {
    Path file = indexDir.resolve(FILE);
    if (Files.isRegularFile(file)) return Optional.of(readBinary(file));
    Path legacy = indexDir.resolve(LEGACY_FILE);
    if (Files.isRegularFile(legacy)) return Optional.of(JsonMapper.builder().build().readValue(legacy.toFile(),
        IndexMarker.class));
    return Optional.empty();
  }

  /** Writes it atomically (temp file, fsync, rename); a legacy JSON marker beside it is removed afterwards. */
  void write(Path indexDir) throws IOException {
    FORMAT.write(indexDir.resolve(FILE), version, catalogue, plans.entrySet(), IndexMarker::writePlan, null, null);
    Files.deleteIfExists(indexDir.resolve(LEGACY_FILE));
  }

  private static void writePlan(DataOutputStream out, Map.Entry<String, String> plan) throws IOException {
    DataStrings.write(out, plan.getKey());
    DataStrings.write(out, plan.getValue());
  }

  private static IndexMarker readBinary(Path file) throws IOException {
    SnapshotFile.Contents<Map.Entry<String, String>, Void> c = FORMAT.read(file, v -> true,
        (in, v) -> Map.entry(DataStrings.read(in), DataStrings.read(in)), null);
    Map<String, String> plans = HashMap.newHashMap(c.entries().size());
    for (Map.Entry<String, String> e : c.entries()) plans.put(e.getKey(), e.getValue());
    return new IndexMarker(c.version(), c.stamp(), plans);
  }
}
