package io.planscope.demo;

import io.planscope.app.DataDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * corpus/demo/MANIFEST.tsv, the demo corpus' own record of each plan (title, year, region, level, kind, bureau,
 * encoding, publish date …): expectations for tests that must not come from the code under test. DemoCorpusTest
 * checks the file's shape itself.
 */
public final class DemoManifest {
  private DemoManifest() {}

  /** Every row, column name → value (a missing trailing cell is ""), in file order. */
  public static List<Map<String, String>> rows() {
    try {
      List<String> lines = Files.readAllLines(DataDir.demoCorpus().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
      String[] header = lines.get(0).split("\t", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) continue;
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) row.put(header[i], i < cells.length ? cells[i] : "");
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo manifest", e);
    }
  }

  /** The first row of a file (its first plan). */
  public static Map<String, String> row(String file) {
    return rows().stream().filter(r -> r.get("file").equals(file)).findFirst()
        .orElseThrow(() -> new AssertionError(file + " is not in the demo manifest"));
  }
}
