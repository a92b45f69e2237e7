package io.planscope.bench;

import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.index.ExactText;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PostgreSQL as a team without PlanScope would use it, on loopback: one row per measure with the normalized text
 * ({@code ExactText.normalize}: folded, punctuation and spaces dropped, as our exact field sees it), a pg_trgm GIN index on it, {@code ILIKE '%…%'} for words and
 * phrases, {@code GROUP BY} for facet counts, trigram {@code similarity()} for similar measures. It runs a throwaway
 * cluster from Debian's packages (initdb/pg_ctl as the postgres user) in the benchmark's work directory and drives
 * psql as a subprocess, timing each statement with psql's {@code \timing}.
 */
final class PostgresPeer implements AutoCloseable {
  static final int PORT = 54329;
  private final Path bin;
  private final Path dir;
  private final PrintStream log;

  private PostgresPeer(Path bin, Path dir, PrintStream log) {
    this.bin = bin;
    this.dir = dir;
    this.log = log;
  }

  /** The newest /usr/lib/postgresql/N/bin, or empty with the install hint printed. */
  static java.util.Optional<Path> findBin() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) return java.util.Optional.empty();
    try (Stream<Path> s = Files.list(root)) {
      return s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb")))
          .max(Comparator.comparing(Path::toString));
    }
  }

  static final String HOW =
      "PostgreSQL is not installed; install it with: apt-get install -y postgresql postgresql-contrib (then rerun)";

  static PostgresPeer start(Path bin, Path work, PrintStream log) throws IOException, InterruptedException {
    Path dir = work.resolve("pg");
    Files.createDirectories(dir);
    exec(List.of("chown", "-R", "postgres:postgres", dir.toString()));
    PostgresPeer pg = new PostgresPeer(bin, dir, log);
    Path data = dir.resolve("data");
    if (Files.exists(data)) { // the throwaway cluster of an earlier run (maybe interrupted): stop it, start afresh
      try {
        pg.asPostgres(bin.resolve("pg_ctl") + " -D " + data + " -m immediate stop");
      } catch (IOException notRunning) {
        // nothing to stop
      }
      try (Stream<Path> old = Files.walk(data)) {
        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    pg.asPostgres(bin.resolve("initdb") + " -D " + dir.resolve("data") + " -U postgres -E UTF8 --no-locale -A trust");
    pg.asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -l " + dir.resolve("log") + " -w -o \"-p "
        + PORT + " -k " + dir + " -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c work_mem=64MB\" start");
    return pg;
  }

  private void asPostgres(String cmd) throws IOException, InterruptedException {
    boolean root = "root".equals(System.getProperty("user.name"));
    exec(root ? List.of("runuser", "-u", "postgres", "--", "sh", "-c", cmd) : List.of("sh", "-c", cmd));
  }

  private static String exec(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IOException("'" + String.join(" ", cmd) + "' failed: " + out.strip());
    return out;
  }

  /** psql on loopback as postgres; returns stdout. */
  String psql(Path script) throws IOException, InterruptedException {
    return exec(List.of("psql", "-h", "127.0.0.1", "-p", String.valueOf(PORT), "-U", "postgres", "-X", "-q", "-A",
        "-t", "-v", "ON_ERROR_STOP=1", "-f", script.toString()));
  }

  /** Writes every measure out, loads it and builds the indexes; returns the seconds of all three. */
  double load(Stream<Plan> plans, Path work) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Path tsv = work.resolve("measures.tsv");
    try (Writer w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
      for (Plan p : (Iterable<Plan>) plans::iterator) {
        List<ExactText.Opened> opened = ExactText.opened(p);
        List<Measure> passages = p.passages(); // what the index holds: preamble paragraphs and measures
        for (int i = 0; i < passages.size(); i++) {
          Measure m = passages.get(i);
          String province = p.region() == null || p.region().province() == null ? "" : p.region().province();
          w.write(String.join("\t", m.id(), p.id(), esc(ExactText.normalize(m.text())), esc(province),
              p.year() == null ? "\\N" : p.year().toString(), m.sectionType().id(), p.level().id(),
              esc(head(opened.get(i)))));
          w.write('\n');
        }
      }
    }
    Path sql = work.resolve("load.sql");
    Files.writeString(sql, """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        DROP TABLE IF EXISTS m;
        CREATE TABLE m (id text PRIMARY KEY, plan_id text, norm text, province text, year int, section text, level text,
          head text);
        \\copy m FROM '%s'
        CREATE INDEX m_trgm ON m USING gin (norm gin_trgm_ops);
        CREATE INDEX m_head_trgm ON m USING gin (head gin_trgm_ops);
        CREATE INDEX m_facets ON m (province, year);
        VACUUM ANALYZE m;
        """.formatted(tsv));
    psql(sql);
    return (System.nanoTime() - t0) / 1e9;
  }

  /**
   * The headings and title a measure carries as exact wording, normalized like its text and joined by '|' (which no
   * normalized phrase holds, so no match runs across two of them): PlanScope's exact search matches them too.
   */
  private static String head(ExactText.Opened opened) {
    List<String> parts = new ArrayList<>();
    opened.headings().forEach(h -> parts.add(ExactText.normalize(h)));
    if (opened.title() != null) parts.add(ExactText.normalize(opened.title()));
    return String.join("|", parts);
  }

  /** An exact phrase as PlanScope matches it: in the measure's text, or in a heading or title it carries. */
  static String exact(String phrase) {
    String p = lit("%" + phrase + "%");
    return "(norm LIKE " + p + " OR head LIKE " + p + ")";
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  /**
   * SQL for one workload query (none when the class has no peer equivalent). Facet and browse queries return the top
   * 20 and the same counts PlanScope's faceted search returns: for each dimension (province, year, section), the
   * counts over the matches of every <em>other</em> filter (drill-sideways), so a user can widen any one filter.
   */
  static List<String> sql(Workload.Query q) {
    Map<String, String> clauses = new LinkedHashMap<>();
    switch (q.kind()) {
      case "words" -> clauses.put("text", like(q.q().split(" ")));
      case "phrase" -> clauses.put("text", exact(ExactText.normalize(q.q())));
      case "facets" -> {
        clauses.put("text", exact(ExactText.normalize(q.q())));
        clauses.put("province", "province = " + lit(q.filters().get("region").get(0)));
        clauses.put("year", "year BETWEEN " + q.filters().get("year").get(0).replace("..", " AND "));
        clauses.put("section", "section = " + lit(q.filters().get("section").get(0)));
      }
      case "browse" -> {
        clauses.put("province", "province = " + lit(q.filters().get("region").get(0)));
        clauses.put("year", "year = " + q.filters().get("year").get(0));
      }
      default -> {
        return List.of();
      }
    }
    List<String> out = new ArrayList<>(List.of("SELECT id FROM m WHERE " + and(clauses, null) + " LIMIT 20;"));
    if (q.kind().equals("facets") || q.kind().equals("browse")) {
      for (String dim : List.of("province", "year", "section")) {
        String where = and(clauses, dim);
        out.add("SELECT " + dim + ", count(*) FROM m" + (where.isEmpty() ? "" : " WHERE " + where) + " GROUP BY 1;");
      }
    }
    return out;
  }

  /** The clauses joined with AND, leaving out one dimension's own filter (null: none left out). */
  private static String and(Map<String, String> clauses, String except) {
    return String.join(" AND ", clauses.entrySet().stream().filter(e -> !e.getKey().equals(except))
        .map(Map.Entry::getValue).toList());
  }

  static String similarSql(String text) {
    return "SELECT id, similarity(norm, " + lit(text) + ") AS s FROM m WHERE norm % " + lit(text)
        + " ORDER BY s DESC LIMIT 10;";
  }

  private static String like(String... terms) {
    return String.join(" AND ", java.util.Arrays.stream(terms).map(t -> "norm ILIKE " + lit("%" + t + "%")).toList());
  }

  static String lit(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /**
   * Runs labelled statement groups twice (the first pass warms the cache) and returns, per label, the summed
   * \timing of the second pass and the rows it printed.
   */
  Map<String, Timed> time(Map<String, List<String>> groups, Path work) throws IOException, InterruptedException {
    StringBuilder sb = new StringBuilder("\\timing on\n");
    for (int pass = 0; pass < 2; pass++) {
      for (var e : groups.entrySet()) {
        sb.append("\\echo @@").append(pass).append(' ').append(e.getKey()).append('\n');
        e.getValue().forEach(s -> sb.append(s).append('\n'));
      }
    }
    Path script = work.resolve("queries.sql");
    Files.writeString(script, sb.toString());
    return parse(psql(script));
  }

  /** One label's summed time (ms) and printed rows. */
  record Timed(double ms, List<String> rows) {}

  private static Map<String, Timed> parse(String out) {
    Map<String, Timed> timed = new LinkedHashMap<>();
    String label = null;
    double ms = 0;
    List<String> rows = new ArrayList<>();
    for (String line : (out + "\n@@1 end\n").split("\n")) {
      if (line.startsWith("@@")) {
        if (label != null) timed.put(label, new Timed(ms, List.copyOf(rows)));
        label = line.startsWith("@@1 ") ? line.substring(4) : null;
        ms = 0;
        rows.clear();
      } else if (line.startsWith("Time: ")) {
        ms += Double.parseDouble(line.substring(6, line.indexOf(" ms")));
      } else if (!line.isBlank()) {
        rows.add(line);
      }
    }
    timed.remove("end");
    return timed;
  }

  @Override
  public void close() throws IOException {
    try {
      asPostgres(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -m fast -w stop");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      log.println("bench: could not stop PostgreSQL in " + dir + ": " + e.getMessage());
    }
  }
}
