package io.planscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.planscope.text.Fold;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that corpus/demo and its MANIFEST.tsv agree, without the ingest pipeline: every page is listed, the
 * counts the issue asks for add up, and every file's bytes are in the encoding and script the manifest says.
 */
class DemoCorpusTest {
  private static final Set<String> NOT_PAGES = Set.of("README.md", "MANIFEST.tsv", "CHAINS.md");
  private static final Set<String> LEVELS = Set.of("national", "province", "city", "county");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*charset=[\"']?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_IN_TITLE = Pattern.compile("(20\\d\\d)年");

  private static Path demo;
  private static List<Map<String, String>> rows;

  @BeforeAll
  static void readManifest() throws IOException {
    demo = Path.of(System.getProperty("planscope.home", ".")).resolve("corpus/demo");
    List<String> lines = Files.readAllLines(demo.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) continue;
      String[] cells = line.split("\t", -1);
      assertEquals(header.length, cells.length, "column count in manifest line: " + line);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) row.put(header[i], cells[i]);
      rows.add(row);
    }
  }

  @Test
  void everyPageIsListedAndEveryListedFileExists() throws IOException {
    Set<String> onDisk;
    try (Stream<Path> files = Files.list(demo)) {
      onDisk = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> !NOT_PAGES.contains(n)).collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed = rows.stream().map(r -> r.get("file")).collect(Collectors.toCollection(TreeSet::new));
    Set<String> unlisted = new TreeSet<>(onDisk);
    unlisted.removeAll(listed);
    Set<String> missing = new TreeSet<>(listed);
    missing.removeAll(onDisk);
    assertEquals(Set.of(), unlisted, "pages in corpus/demo missing from MANIFEST.tsv");
    assertEquals(Set.of(), missing, "MANIFEST.tsv rows whose file does not exist");
  }

  @Test
  void indexesAreContiguousPerFile() {
    Map<String, List<Integer>> byFile = new TreeMap<>();
    for (var r : rows) byFile.computeIfAbsent(r.get("file"), f -> new ArrayList<>()).add(Integer.parseInt(r.get("index")));
    byFile.forEach((file, indexes) -> {
      for (int i = 0; i < indexes.size(); i++) assertEquals(i + 1, indexes.get(i), "index order in " + file);
    });
  }

  @Test
  void rowsAreWellFormed() {
    for (var r : rows) {
      String where = r.get("file") + "#" + r.get("index");
      assertFalse(r.get("title").isBlank(), "title of " + where);
      assertTrue(LEVELS.contains(r.get("level")), "level of " + where);
      assertTrue(Integer.parseInt(r.get("measures")) > 0, "measures of " + where);
      assertTrue(r.get("year").isEmpty() || r.get("year").matches("20\\d\\d"), "year of " + where);
      Matcher m = YEAR_IN_TITLE.matcher(r.get("title"));
      if (m.find()) assertEquals(m.group(1), r.get("year"), "title year vs year column of " + where);
      if (r.get("level").equals("national")) assertTrue(r.get("province").isEmpty(), where);
      if (r.get("level").equals("province")) assertTrue(r.get("city").isEmpty(), where);
      if (!r.get("county").isEmpty()) assertEquals("county", r.get("level"), where);
    }
  }

  @Test
  void coverageAddsUp() {
    List<Map<String, String>> distinct = rows.stream().filter(r -> !isCopy(r)).toList();
    assertTrue(distinct.size() >= 60, "distinct plans: " + distinct.size());
    assertTrue(count(distinct, "bureau") >= 16, "bureaus: " + count(distinct, "bureau"));
    assertTrue(count(distinct, "province") >= 8, "provinces: " + count(distinct, "province"));
    assertEquals(LEVELS, distinct.stream().map(r -> r.get("level")).collect(Collectors.toSet()));
    assertTrue(rows.stream().anyMatch(r -> r.get("year").isEmpty()), "a plan with no year (20xx)");
    assertTrue(rows.stream().anyMatch(r -> r.get("period").equals("second-half")), "a 下半年 plan");
    for (String kind : List.of("工作计划", "工作要点", "工作方案")) {
      assertTrue(rows.stream().anyMatch(r -> r.get("kind").equals(kind)), "kind " + kind);
    }
    // special plans: the kind is the closed vocabulary's, the subject is in the title
    for (String subject : List.of("安全工作计划", "德育工作计划", "教师队伍建设", "教育数字化")) {
      assertTrue(rows.stream().anyMatch(r -> r.get("title").contains(subject)), "a " + subject + " plan");
    }
  }

  @Test
  void fiveBureausHaveThreeConsecutiveYears() {
    Map<String, Set<Integer>> years = new TreeMap<>();
    for (var r : rows) {
      if (r.get("bureau").isEmpty() || r.get("year").isEmpty() || isCopy(r)) continue;
      years.computeIfAbsent(r.get("bureau") + "/" + r.get("kind"), b -> new TreeSet<>()).add(Integer.parseInt(r.get("year")));
    }
    long chains = years.values().stream().filter(DemoCorpusTest::hasThreeInARow).count();
    assertTrue(chains >= 5, "bureaus with 3+ consecutive years: " + chains + " in " + years);
  }

  @Test
  void copiesPointAtListedPlans() {
    Set<String> keys = rows.stream().map(r -> r.get("file") + "#" + r.get("index")).collect(Collectors.toSet());
    long mirrors = 0;
    for (var r : rows) {
      for (String note : r.get("notes").split(" ")) {
        if (note.startsWith("mirror-of:") || note.startsWith("duplicate-of:")) {
          String target = note.substring(note.indexOf(':') + 1);
          assertTrue(keys.contains(target), "note target " + target);
          Map<String, String> t = rows.stream().filter(x -> (x.get("file") + "#" + x.get("index")).equals(target)).findFirst().orElseThrow();
          assertEquals(t.get("measures"), r.get("measures"), "a copy has its original's measures: " + note);
          assertEquals(t.get("year"), r.get("year"));
          if (note.startsWith("mirror-of:")) mirrors++;
        }
      }
    }
    assertTrue(mirrors >= 1, "a traditional mirror of a simplified plan");
    assertTrue(rows.stream().anyMatch(r -> r.get("notes").contains("duplicate-of:")), "a plan on two sites");
  }

  @Test
  void encodingsAreAsListed() throws IOException {
    int gb = 0;
    int gbDeclared = 0;
    for (String file : files()) {
      byte[] bytes = Files.readAllBytes(demo.resolve(file));
      String encoding = only(file, "encoding");
      Optional<String> declared = declaredCharset(bytes);
      switch (encoding) {
        case "UTF-8" -> {
          decode(bytes, StandardCharsets.UTF_8, file);
          declared.ifPresent(d -> assertEquals("utf-8", d, "declared charset of " + file));
        }
        case "GB18030", "GBK" -> {
          assertFalse(isUtf8(bytes), file + " must not be valid UTF-8");
          decode(bytes, Charset.forName("GB18030"), file);
          gb++;
          if (declared.isPresent()) {
            gbDeclared++;
            assertTrue(Set.of("gbk", "gb2312", "gb18030").contains(declared.get()), "declared charset of " + file);
          }
        }
        case "Big5" -> {
          assertFalse(isUtf8(bytes), file + " must not be valid UTF-8");
          decode(bytes, Charset.forName("Big5"), file);
          assertEquals("big5", declared.orElse(""), "declared charset of " + file);
        }
        default -> fail("unknown encoding " + encoding + " for " + file);
      }
    }
    assertTrue(gb >= 4, "GB18030/GBK files: " + gb);
    assertTrue(gbDeclared >= 1 && gbDeclared < gb, "some GB files declare their charset, some do not");
  }

  @Test
  void scriptsAndTitlesAreInTheText() throws IOException {
    int traditional = 0;
    for (String file : files()) {
      String text = read(file);
      if (only(file, "script").equals("traditional")) {
        traditional++;
        assertTrue(Fold.hasTraditional(text), file + " should be in traditional script");
      }
      for (var r : rows) {
        if (r.get("file").equals(file)) assertTrue(text.contains(r.get("title")), "title '" + r.get("title") + "' in " + file);
      }
    }
    assertTrue(traditional >= 4, "traditional pages: " + traditional);
  }

  @Test
  void mirrorsFoldToTheirOriginal() throws IOException {
    for (var r : rows) {
      for (String note : r.get("notes").split(" ")) {
        if (!note.startsWith("mirror-of:")) continue;
        String original = note.substring("mirror-of:".length(), note.indexOf('#'));
        String mirror = Fold.toSimplified(read(r.get("file")));
        assertNotEquals(read(r.get("file")), mirror, "mirror is traditional");
        assertEquals(read(original), mirror, r.get("file") + " folds to " + original);
      }
    }
  }

  @Test
  void wordArtifactsAndMaskedYearsArePresent() throws IOException {
    long word = rows.stream().filter(r -> r.get("notes").contains("word-artifacts")).count();
    assertTrue(word >= 2, "pages with Word artifacts: " + word);
    for (var r : rows) {
      if (!r.get("notes").contains("word-artifacts")) continue;
      String text = read(r.get("file"));
      assertTrue(text.contains("〔") || text.contains("〞") || text.matches("(?s).*\\?[^?\\s]{2,40}\\?.*"), r.get("file"));
    }
    assertTrue(rows.stream().filter(r -> r.get("year").isEmpty()).allMatch(r -> uncheckedRead(r.get("file")).contains("20xx")));
  }

  private static boolean isCopy(Map<String, String> r) {
    return r.get("notes").contains("mirror-of:") || r.get("notes").contains("duplicate-of:");
  }

  private static long count(List<Map<String, String>> rs, String column) {
    return rs.stream().map(r -> r.get(column)).filter(v -> !v.isEmpty()).distinct().count();
  }

  private static boolean hasThreeInARow(Set<Integer> years) {
    return years.stream().anyMatch(y -> years.contains(y + 1) && years.contains(y + 2));
  }

  private static Set<String> files() {
    return rows.stream().map(r -> r.get("file")).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The one value a column has for all rows of a file. */
  private static String only(String file, String column) {
    Set<String> values = rows.stream().filter(r -> r.get("file").equals(file)).map(r -> r.get(column)).collect(Collectors.toSet());
    assertEquals(1, values.size(), column + " of " + file + " must be one value: " + values);
    return values.iterator().next();
  }

  private static String read(String file) throws IOException {
    String enc = only(file, "encoding");
    Charset cs = switch (enc) {
      case "GB18030", "GBK" -> Charset.forName("GB18030");
      case "Big5" -> Charset.forName("Big5");
      default -> StandardCharsets.UTF_8;
    };
    return new String(Files.readAllBytes(demo.resolve(file)), cs);
  }

  private static String uncheckedRead(String file) {
    try {
      return read(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  private static Optional<String> declaredCharset(byte[] bytes) {
    Matcher m = META_CHARSET.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
    return m.find() ? Optional.of(m.group(1).toLowerCase()) : Optional.empty();
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void decode(byte[] bytes, Charset cs, String file) {
    try {
      cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      fail(file + " does not decode as " + cs + ": " + e);
    }
  }
}
