package io.planscope.app;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.planscope.corpus.AtomicFiles;
import io.planscope.corpus.DataStrings;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * Layout: magic, version, stamp, count, (plan id, fingerprint) pairs, the count again ({@link DataStrings}).
 *
 * @param version the index layout ({@link IndexSync#SCHEMA}) the commit was written with
 */
record IndexMarker(int version, String catalogue, Map<String, String> plans) {
  static final String FILE = "planscope-indexed.bin";
  static final String LEGACY_FILE = "planscope-indexed.json";
  private static final int MAGIC = 0x50534958; // "PSIX"

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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(plans.size() * 40 + 64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(version);
      DataStrings.write(out, catalogue);
      out.writeInt(plans.size());
      for (Map.Entry<String, String> e : plans.entrySet()) {
        DataStrings.write(out, e.getKey());
        DataStrings.write(out, e.getValue());
      }
      out.writeInt(plans.size());
    }
    AtomicFiles.write(indexDir.resolve(FILE), bytes.toByteArray());
    Files.deleteIfExists(indexDir.resolve(LEGACY_FILE));
  }

  private static IndexMarker readBinary(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != MAGIC) throw new IOException("not a PlanScope index marker");
      int version = in.readInt();
      String catalogue = DataStrings.read(in);
      int count = in.readInt();
      if (count < 0) throw new IOException("implausible count " + count);
      Map<String, String> plans = HashMap.newHashMap(count);
      for (int i = 0; i < count; i++) plans.put(DataStrings.read(in), DataStrings.read(in));
      if (in.readInt() != count) throw new IOException("the trailing count does not match");
      return new IndexMarker(version, catalogue, plans);
    }
  }
}
