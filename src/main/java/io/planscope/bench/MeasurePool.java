package io.planscope.bench;

import io.planscope.source.IngestException;
import io.planscope.ingest.Ingestor;
import io.planscope.ingest.ParseResult;
import io.planscope.source.SourceDocument;
import io.planscope.ingest.SourceFormat;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.plan.SectionType;
import io.planscope.text.Fold;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The raw material of generated plans: the demo corpus parsed by our own {@link Ingestor}, as plan skeletons (section
 * headings with their measures) and a pool of measure texts per section type. Labels and outline markers are
 * stripped ("（一）加强组织领导。…" → "加强组织领导。…") so the generator can renumber; text is folded to simplified.
 */
record MeasurePool(List<Skeleton> skeletons, Map<SectionType, List<String>> bySection) {
  /** "一、", "（一）", "(1)", "1.", "1、", "①", "一是" … at the start of a heading or measure. */
  private static final Pattern MARKER = Pattern.compile(
      "^\\s*(第[一二三四五六七八九十]+[章部分]+|[一二三四五六七八九十]+[、是要抓]|[（(〔][一二三四五六七八九十0-9]+[）)〕]"
          + "|[0-9]+[.、．]|[①-⑳]|[一二三四五六七八九十]+月份?[:：])\\s*");

  /** One section of a demo plan: its heading without marker (empty for the preamble), type and measure texts. */
  record Section(String heading, SectionType type, List<String> measures) {}

  /** One demo plan reduced to its outline. */
  record Skeleton(String title, Integer year, List<Section> sections) {}

  static MeasurePool fromDemo(Path demoDir) {
    List<Skeleton> skeletons = new ArrayList<>();
    Map<SectionType, List<String>> pool = new EnumMap<>(SectionType.class);
    Ingestor ingestor = new Ingestor();
    for (Path file : files(demoDir)) {
      for (Plan plan : parse(ingestor, file)) {
        Skeleton s = skeleton(plan);
        skeletons.add(s);
        for (Section sec : s.sections()) pool.computeIfAbsent(sec.type(), t -> new ArrayList<>()).addAll(sec.measures());
      }
    }
    if (skeletons.isEmpty()) throw new IllegalStateException("no plans parsed from the demo corpus at '" + demoDir + "'");
    pool.replaceAll((t, l) -> List.copyOf(l));
    return new MeasurePool(List.copyOf(skeletons), Map.copyOf(pool));
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> SourceFormat.forFilename(p.getFileName().toString()).filter(SourceFormat::text).isPresent())
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the demo corpus '" + dir + "'", e);
    }
  }

  private static List<Plan> parse(Ingestor ingestor, Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      ParseResult r = ingestor.parseHere(new SourceDocument(bytes, file.getFileName().toString(), file.toString(), null,
          Instant.EPOCH));
      return r.plans();
    } catch (IngestException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read '" + file + "'", e);
    }
  }

  private static Skeleton skeleton(Plan plan) {
    Map<String, Section> sections = new LinkedHashMap<>();
    for (Measure m : plan.passages()) {
      String heading = m.path().isEmpty() ? "" : strip(m.path().get(0));
      Section sec = sections.computeIfAbsent(heading, h -> new Section(h, m.sectionType(), new ArrayList<>()));
      String text = strip(Fold.toSimplified(m.text()));
      if (text.length() >= 8) sec.measures().add(text);
    }
    List<Section> kept = sections.values().stream().filter(s -> !s.measures().isEmpty())
        .map(s -> new Section(Fold.toSimplified(s.heading()), s.type(), List.copyOf(s.measures()))).toList();
    return new Skeleton(Fold.toSimplified(plan.title() == null ? "" : plan.title()), plan.year(), kept);
  }

  static String strip(String s) {
    return MARKER.matcher(s).replaceFirst("").strip();
  }
}
