package io.planscope.bench;

import com.ibm.icu.text.Transliterator;
import io.planscope.ingest.meta.Place;
import io.planscope.ingest.meta.RegionGazetteer;
import io.planscope.plan.SectionType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes N realistic plan pages, deterministically for a seed, by recombining and mutating the demo corpus's
 * measures (see {@link MeasurePool}, {@link Mutator}). What it produces, in shares of pages:
 *
 * <ul>
 *   <li>single-plan pages (html with site boilerplate, 10% plain text, 5% of the html in GBK);
 *   <li>{@value #CHAIN_SHARE} of plans continue an earlier plan of the same bureau one year on (year-over-year chains);
 *   <li>measures drawn from the whole pool with a skew, so popular measures spread across regions and years
 *       (diffusion), each mutated (years, numbers, clauses);
 *   <li>{@value #MIRROR_SHARE} traditional-script mirrors of earlier pages (ICU Simplified-Traditional);
 *   <li>{@value #FARM_SHARE} content-farm compilation pages with 2–4 plans marked 【篇一】【篇二】….
 * </ul>
 *
 * A MANIFEST.tsv lists every page with the number of plans it holds, so a reader can check the parse.
 */
public final class CorpusGenerator {
  /**
   * Raised whenever the same seed would write different pages (version 3: real-length plans by default, see
   * {@link PlanShape}; version 2: bureaus drawn in the gazetteer file's order; version 1 drew them in an order that
   * changed between runs). It is in the manifest's header line.
   */
  public static final int VERSION = 3;
  static final double CHAIN_SHARE = 0.4;
  static final double MIRROR_SHARE = 0.05;
  static final double FARM_SHARE = 0.04;
  private static final String[] KINDS = {"工作要点", "工作计划", "工作要点", "工作计划", "工作方案"};
  private static final String DIGITS = "一二三四五六七八九";

  private final MeasurePool pool;
  private final PlanShape shape;
  private final RegionGazetteer gazetteer = RegionGazetteer.load();
  private final List<Place> places;

  /** A generator of real-length plans ({@link PlanShape#REAL}). */
  public CorpusGenerator(Path demoDir) {
    this(demoDir, PlanShape.REAL);
  }

  public CorpusGenerator(Path demoDir, PlanShape shape) {
    this.pool = MeasurePool.fromDemo(demoDir);
    this.shape = shape;
    this.places = gazetteer.places();
  }

  /** One written page. */
  public record Page(String file, int plans, String script, String encoding, String kind, String titles) {}

  /** A generated plan before rendering. */
  record GenPlan(Bureau bureau, int year, String kind, String title, String date, MeasurePool.Skeleton body) {}

  /** Writes pages until {@code plans} plans are written; returns the pages (also listed in MANIFEST.tsv). */
  public List<Page> generate(int plans, long seed, Path out) throws IOException {
    clear(out);
    SplittableRandom rng = new SplittableRandom(seed);
    Mutator mutator = new Mutator(rng);
    List<GenPlan> written = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    List<String> singles = new ArrayList<>();
    Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
    int count = 0;
    while (count < plans) {
      String file = String.format("%03d/g%06d", pages.size() / 1000, pages.size() + 1);
      double u = rng.nextDouble();
      Page page;
      if (u < MIRROR_SHARE && !singles.isEmpty()) {
        String src = singles.get(rng.nextInt(singles.size()));
        String text = Files.readString(out.resolve(src), StandardCharsets.UTF_8);
        page = write(out, file + "-fanti.html", s2t.transliterate(text), StandardCharsets.UTF_8,
            new Page(null, 1, "traditional", "UTF-8", "mirror", src));
      } else if (u < MIRROR_SHARE + FARM_SHARE && plans - count >= 2) {
        int n = Math.min(2 + rng.nextInt(3), plans - count);
        List<GenPlan> farm = new ArrayList<>();
        for (int i = 0; i < n; i++) farm.add(plan(rng, mutator, written));
        page = write(out, file + ".html", Pages.farm(farm), StandardCharsets.UTF_8,
            new Page(null, n, "simplified", "UTF-8", "farm", titles(farm)));
      } else {
        GenPlan p = plan(rng, mutator, written);
        double v = rng.nextDouble();
        if (v < 0.10) {
          page = write(out, file + ".txt", Pages.text(p), StandardCharsets.UTF_8,
              new Page(null, 1, "simplified", "UTF-8", "single", p.title()));
        } else if (v < 0.15) {
          page = write(out, file + ".html", Pages.html(p, "gbk"), Charset.forName("GB18030"),
              new Page(null, 1, "simplified", "GBK", "single", p.title()));
        } else {
          page = write(out, file + ".html", Pages.html(p, "utf-8"), StandardCharsets.UTF_8,
              new Page(null, 1, "simplified", "UTF-8", "single", p.title()));
          singles.add(page.file());
        }
      }
      pages.add(page);
      count += page.plans();
    }
    Manifest.write(out.resolve("MANIFEST.tsv"), pages, plans, seed, shape.small());
    return List.copyOf(pages);
  }

  /**
   * Makes {@code out} ready for a new corpus: creates it, or removes an earlier generated corpus's pages (those its
   * MANIFEST.tsv lists), so no page of another seed or size is left to be imported with the new ones. A directory
   * holding any other file is refused before anything is removed.
   */
  static void clear(Path out) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException(out + " is a file; give a directory for the generated pages");
    }
    Files.createDirectories(out);
    Set<Path> ours = new HashSet<>();
    if (Manifest.header(out).startsWith(Manifest.PREFIX)) {
      ours.add(out.resolve("MANIFEST.tsv"));
      for (Page p : Manifest.read(out)) ours.add(out.resolve(p.file()));
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(out)) {
      files = s.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      if (!ours.contains(f)) {
        throw new IllegalArgumentException(out + " holds files that gen did not write (" + out.relativize(f)
            + "); give an empty directory or one that gen wrote before");
      }
    }
    for (Path f : files) Files.delete(f);
  }

  private static String titles(List<GenPlan> plans) {
    return String.join("|", plans.stream().map(GenPlan::title).toList());
  }

  private static Page write(Path out, String file, String text, Charset cs, Page p) throws IOException {
    Path path = out.resolve(file);
    Files.createDirectories(path.getParent());
    Files.write(path, text.getBytes(cs));
    return new Page(file, p.plans(), p.script(), p.encoding(), p.kind(), p.titles());
  }

  /** A new plan: a bureau's next year (a chain) or a fresh bureau on a demo skeleton, sized by the shape. */
  private GenPlan plan(SplittableRandom rng, Mutator mutator, List<GenPlan> written) {
    GenPlan prev = !written.isEmpty() && rng.nextDouble() < CHAIN_SHARE ? written.get(rng.nextInt(written.size())) : null;
    Bureau bureau = prev != null ? prev.bureau() : Bureau.draw(gazetteer, places, rng);
    int year = prev != null ? Math.min(2025, prev.year() + 1) : 2005 + rng.nextInt(21);
    MeasurePool.Skeleton base = prev != null ? prev.body() : pool.skeletons().get(rng.nextInt(pool.skeletons().size()));
    String kind = prev != null ? prev.kind() : KINDS[rng.nextInt(KINDS.length)];
    Draft d = new Draft(rng, mutator, year, bureau, prev != null);
    int[] wants = wants(base, prev != null, rng);
    List<MeasurePool.Section> sections = new ArrayList<>();
    for (int i = 0; i < wants.length; i++) sections.add(section(base.sections().get(i), d, wants[i]));
    String title = bureau.name() + year + "年" + kind;
    String date = String.format("%d-%02d-%02d", year, 1 + rng.nextInt(3), 1 + rng.nextInt(28));
    GenPlan plan = new GenPlan(bureau, year, kind, title, date, new MeasurePool.Skeleton(title, year, sections));
    written.add(plan);
    return plan;
  }

  /**
   * How many measures each section of a plan on {@code base} should have (0: as the base has them, no filling). A
   * chain keeps its predecessor's size; a fresh plan's numbered sections are filled in proportion to a drawn number
   * of measures, while the preamble stays a paragraph or two, as in real plans.
   */
  private int[] wants(MeasurePool.Skeleton base, boolean chain, SplittableRandom rng) {
    List<MeasurePool.Section> secs = base.sections();
    boolean headless = Pages.headless(base);
    int preamble = headless ? 0
        : secs.stream().filter(s -> s.heading().isEmpty()).mapToInt(s -> s.measures().size()).sum();
    int total = secs.stream().mapToInt(s -> s.measures().size()).sum();
    double scale = chain || shape.small() ? 0
        : (double) (shape.measures(rng, total) - preamble) / Math.max(1, total - preamble);
    int[] wants = new int[secs.size()];
    for (int i = 0; i < wants.length; i++) {
      boolean fill = scale > 0 && (!secs.get(i).heading().isEmpty() || headless);
      wants[i] = fill ? (int) Math.max(1, Math.round(secs.get(i).measures().size() * scale)) : 0;
    }
    return wants;
  }

  /** What one plan's measures are drawn with; {@code chain}: it continues last year's plan of its bureau. */
  private record Draft(SplittableRandom rng, Mutator mutator, int year, Bureau bureau, boolean chain) {}

  /**
   * One section of a plan: each base measure kept (80% in a chain, 55% otherwise) or replaced by a popular one, some
   * dropped and some added; then filled with popular measures up to {@code want} (0: no filling). Fresh measures, not
   * those a chain keeps from last year, are brought to a real length by the shape.
   */
  private MeasurePool.Section section(MeasurePool.Section s, Draft d, int want) {
    SplittableRandom rng = d.rng();
    double keep = d.chain() ? 0.8 : 0.55;
    List<String> out = new ArrayList<>();
    for (String m : s.measures()) {
      if (rng.nextDouble() < 0.08 && s.measures().size() > 1) continue; // dropped this year
      boolean kept = rng.nextDouble() < keep;
      String text = kept ? m : popular(s.type(), rng);
      if (!kept || !d.chain()) text = lengthen(text, s.type(), rng);
      out.add(d.mutator().mutate(text, d.year(), d.bureau().level(), popular(s.type(), rng), d.chain() ? 0.5 : 1.0));
      if (rng.nextDouble() < 0.06) out.add(fresh(s.type(), d, new HashSet<>()));
    }
    if (out.isEmpty()) out.add(d.mutator().mutate(s.measures().get(0), d.year(), d.bureau().level(), null, 1.0));
    Set<String> used = new HashSet<>(s.measures());
    while (out.size() < want) out.add(fresh(s.type(), d, used));
    return new MeasurePool.Section(s.heading(), s.type(), List.copyOf(out));
  }

  /** A popular measure of the type, lengthened and mutated; a few draws avoid one already in the section. */
  private String fresh(SectionType type, Draft d, Set<String> used) {
    String m = popular(type, d.rng());
    for (int i = 0; i < 4 && used.contains(m); i++) m = popular(type, d.rng());
    used.add(m);
    return d.mutator().mutate(lengthen(m, type, d.rng()), d.year(), d.bureau().level(), null, 1.0);
  }

  private String lengthen(String text, SectionType type, SplittableRandom rng) {
    return shape.lengthen(text, pool.bySection().getOrDefault(type, pool.bySection().get(SectionType.TASKS)), rng);
  }

  /** A measure of this section type, skewed to the front of the pool so some measures spread widely (diffusion). */
  private String popular(SectionType type, SplittableRandom rng) {
    List<String> list = pool.bySection().getOrDefault(type, pool.bySection().get(SectionType.TASKS));
    double u = rng.nextDouble();
    return list.get((int) (list.size() * u * u * u));
  }

  /** The Chinese numeral of {@code i + 1} (一 … 十九, 二十, 二十一 … 九十九); larger ones in digits. */
  static String numeral(int i) {
    int n = i + 1;
    if (n >= 100) return String.valueOf(n);
    String ones = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10 - 1));
    if (n < 10) return ones;
    return (n < 20 ? "" : String.valueOf(DIGITS.charAt(n / 10 - 1))) + "十" + ones;
  }
}
