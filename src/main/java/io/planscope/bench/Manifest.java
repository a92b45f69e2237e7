package io.planscope.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** MANIFEST.tsv of a generated corpus: a header comment with the parameters, then one row per page. */
public final class Manifest {
  /** How every header line that {@code gen} writes begins. */
  static final String PREFIX = "# planscope gen ";

  private Manifest() {}

  /**
   * The header line of a corpus generated with these parameters by this generator. It names the generator's version,
   * so {@code bench} does not reuse a corpus that an older generator wrote for the same seed.
   */
  public static String header(int plans, long seed, boolean small) {
    return PREFIX + "--plans " + plans + " --seed " + seed + (small ? " --small" : "") + " (generator "
        + CorpusGenerator.VERSION + ")";
  }

  static void write(Path file, List<CorpusGenerator.Page> pages, int plans, long seed, boolean small)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(header(plans, seed, small));
    lines.add("file\tplans\tkind\tscript\tencoding\ttitles");
    for (CorpusGenerator.Page p : pages) {
      lines.add(String.join("\t", p.file(), String.valueOf(p.plans()), p.kind(), p.script(), p.encoding(), p.titles()));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /**
   * The first line of an existing manifest, e.g. "# planscope gen --plans 1000 --seed 42 (generator 3)"; empty when
   * none.
   */
  public static String header(Path dir) throws IOException {
    Path f = dir.resolve("MANIFEST.tsv");
    if (!Files.isRegularFile(f)) return "";
    try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      return line == null ? "" : line;
    }
  }

  /** The pages listed in a manifest. */
  public static List<CorpusGenerator.Page> read(Path dir) throws IOException {
    List<CorpusGenerator.Page> pages = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("file\t")) continue;
      String[] f = line.split("\t", -1);
      pages.add(new CorpusGenerator.Page(f[0], Integer.parseInt(f[1]), f[3], f[4], f[2], f[5]));
    }
    return List.copyOf(pages);
  }
}
