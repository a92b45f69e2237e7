package io.planscope.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planscope.app.DataDir;
import io.planscope.ingest.Ingestor;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import io.planscope.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic for a seed, and our own pipeline parses back every plan it wrote. */
class CorpusGeneratorTest {
  private static CorpusGenerator generator;
  @TempDir Path a;
  @TempDir Path b;

  @BeforeAll
  static void pool() {
    generator = new CorpusGenerator(DataDir.demoCorpus());
  }

  @Test
  void sameSeedWritesSameBytes() throws Exception {
    List<CorpusGenerator.Page> first = generator.generate(40, 7, a);
    List<CorpusGenerator.Page> second = generator.generate(40, 7, b);
    assertEquals(first, second);
    for (CorpusGenerator.Page p : first) {
      assertArrayEquals(Files.readAllBytes(a.resolve(p.file())), Files.readAllBytes(b.resolve(p.file())), p.file());
    }
    assertEquals(40, first.stream().mapToInt(CorpusGenerator.Page::plans).sum());
  }

  @Test
  void everyGeneratedPlanParsesBack() throws Exception {
    generator.generate(60, 11, a);
    ParseCheck.Result r = ParseCheck.check(a, 1);
    assertEquals(List.of(), r.mismatches());
    assertEquals(60, r.parsed());
  }

  @Test
  void realLengthPlansAreAboutThreeTimesTheSmallOnes() throws Exception {
    generator.generate(150, 5, a);
    new CorpusGenerator(DataDir.demoCorpus(), PlanShape.SMALL).generate(150, 5, b);
    double[] real = shape(a);
    double[] small = shape(b);
    assertTrue(real[0] > 34 && real[0] < 60, "measures per real-length plan: " + real[0]);
    assertTrue(real[1] > 10_000 && real[1] < 19_000, "text bytes per real-length plan: " + real[1]);
    assertTrue(small[0] < 22 && small[1] < 5_000, "small plans: " + small[0] + " measures, " + small[1] + " bytes");
    assertTrue(real[2] >= 90, "the long tail: the longest plan has " + real[2] + " measures");
  }

  /** Parsed back: mean measures per plan, mean measure-text bytes per plan, most measures in one plan. */
  private static double[] shape(Path dir) throws Exception {
    Ingestor ingestor = new Ingestor();
    long plans = 0, measures = 0, bytes = 0, most = 0;
    for (SourceDocument d : IngestBench.read(dir)) {
      for (Plan p : ingestor.parseHere(d).plans()) {
        plans++;
        measures += p.measures().size();
        most = Math.max(most, p.measures().size());
        for (Measure m : p.measures()) bytes += m.text().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return new double[] {(double) measures / plans, (double) bytes / plans, most};
  }

  @Test
  void writesMirrorsAndFarmPagesAtSomeSeed() throws Exception {
    List<CorpusGenerator.Page> pages = generator.generate(300, 3, a);
    assertTrue(pages.stream().anyMatch(p -> p.kind().equals("mirror")), "a traditional mirror");
    assertTrue(pages.stream().anyMatch(p -> p.kind().equals("farm") && p.plans() >= 2), "a compilation page");
  }

  @Test
  void regeneratingReplacesTheEarlierCorpusEntirely() throws Exception {
    generator.generate(300, 3, a); // more pages, another seed: mirrors, farm pages, text files
    List<CorpusGenerator.Page> now = generator.generate(40, 7, a);
    generator.generate(40, 7, b);
    assertEquals(files(b), files(a), "only the new corpus's pages remain");
    assertEquals(Manifest.header(40, 7, false), Manifest.header(a));
    assertEquals(now.size() + 1, files(a).size());
  }

  @Test
  void refusesADirectoryHoldingOtherFilesAndKeepsThem() throws Exception {
    Path mine = a.resolve("notes.txt");
    Files.writeString(mine, "我的笔记");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.generate(10, 1, a));
    assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    assertEquals("我的笔记", Files.readString(mine));
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }
}
