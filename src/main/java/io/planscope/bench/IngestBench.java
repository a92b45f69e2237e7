package io.planscope.bench;

import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.corpus.AtomicFiles;
import io.planscope.index.Analyzers;
import io.planscope.ingest.Ingestor;
import io.planscope.source.SourceDocument;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The ingest half of the benchmark. Each stage runs alone over the same pages on the same threads, so the split is
 * measured rather than guessed: parse only (Ingestor), our analysis chains only (the indexed fields through
 * {@link Analyzers}), raw SmartChineseAnalyzer only (the limit), then the real import (store, parse, index) into a
 * fresh data directory. Indexing = import − parse − analysis (Lucene's writing, the store's fsyncs, bookkeeping).
 */
final class IngestBench {
  /** What the ingest stages measured; times are wall seconds on {@code threads} threads. */
  record Result(int threads, int pages, long plans, long measures, double pageMb, double textMb, double parseS,
      double analysisS, double smartcnS, double importS, double indexBytes, int importsInFlight, long storeFsyncs,
      double segmentationCacheHitRate, Cpu cpu) {
    double indexingS() {
      return Math.max(0, importS - parseS - analysisS);
    }

    double plansPerS() {
      return plans / importS;
    }

    double ratio() {
      return smartcnS / importS;
    }
  }

  /**
   * CPU seconds of the whole process during each stage (all threads: merges, JIT and GC included). Wall time is the
   * figure the targets speak of; CPU time is the one to trust when the machine is shared, since other processes'
   * load stretches wall time but not our CPU time.
   */
  record Cpu(double parseS, double analysisS, double smartcnS, double importS) {
    double ratio() {
      return smartcnS / importS;
    }
  }

  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  static Result run(Path corpus, DataDir data, int threads) throws IOException {
    List<SourceDocument> docs = read(corpus);
    double pageMb = docs.stream().mapToLong(d -> d.bytes().length).sum() / 1e6;
    Stages stages = analysisStages(docs, threads);
    double importCpu;
    long imp;
    int inFlight = importsInFlight(threads);
    long fsyncs0 = AtomicFiles.fsyncCount();
    try (Workspace ws = Workspace.open(data)) {
      long start = System.nanoTime();
      double c3 = cpuSeconds();
      try (Workspace.Bulk bulk = ws.bulkImport()) { // as ./planscope import does; closing forces and commits
        Parallel.run(docs, inFlight, d -> ws.importer().importDocument(d));
      }
      imp = System.nanoTime() - start;
      importCpu = cpuSeconds() - c3;
    }
    return new Result(threads, docs.size(), stages.plans(), stages.measures(), pageMb, stages.textMb(),
        stages.parseS(), stages.analysisS(), stages.smartcnS(), imp / 1e9, size(data.index()), inFlight,
        AtomicFiles.fsyncCount() - fsyncs0, hitRate(Analyzers.segmentationCacheStats()),
        new Cpu(stages.cpu().parseS(), stages.cpu().analysisS(), stages.cpu().smartcnS(), importCpu));
  }

  /** What the stages before the import measured; the parsed plans are not kept (at 100k+ plans, gigabytes). */
  private record Stages(long plans, long measures, double textMb, double parseS, double analysisS, double smartcnS,
      Cpu cpu) {}

  /**
   * Parse only, then our analysis chains only, then raw smartcn only, over the same pages. The parsed plans are let
   * go when this returns, so the import stage after it runs in the heap a real import has.
   */
  private static Stages analysisStages(List<SourceDocument> docs, int threads) {
    List<Plan> plans = Collections.synchronizedList(new ArrayList<>());
    Ingestor ingestor = new Ingestor();
    double c0 = cpuSeconds();
    long parse = Parallel.run(docs, threads, d -> plans.addAll(ingestor.parseHere(d).plans()));
    double parseCpu = cpuSeconds() - c0;
    List<Measure> measures = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Plan p : plans) for (Measure m : p.passages()) {
      measures.add(m);
      titles.add(p.title() == null ? "" : p.title());
    }
    double textMb = measures.stream().mapToLong(m -> m.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
    List<Integer> idx = java.util.stream.IntStream.range(0, measures.size()).boxed().toList();
    Analyzers.clearCaches(); // each stage starts cold: the import must not reuse the analysis stage's sentences
    double c1 = cpuSeconds();
    long analysis = Parallel.run(idx, threads, i -> analyze(measures.get(i), titles.get(i)));
    double analysisCpu = cpuSeconds() - c1;
    Analyzers.clearCaches();
    Analyzer smartcn = new SmartChineseAnalyzer();
    double c2 = cpuSeconds();
    long raw = Parallel.run(measures, threads, m -> consume(smartcn, "text", m.text()));
    double rawCpu = cpuSeconds() - c2;
    return new Stages(plans.size(), measures.size(), textMb, parse / 1e9, analysis / 1e9, raw / 1e9,
        new Cpu(parseCpu, analysisCpu, rawCpu, 0));
  }

  /** The share of sentences the import's smartcn segmentation found in its memo (see CachedSmartTokenizer). */
  private static double hitRate(long[] hitsMisses) {
    long all = hitsMisses[0] + hitsMisses[1];
    return all == 0 ? 0 : (double) hitsMisses[0] / all;
  }

  /**
   * Documents imported at once, as {@code ./planscope import} does: twice the threads (at least 4), so that while
   * some wait for their fsyncs the others use the cores, and concurrent fsyncs share journal commits. The CPU is
   * still the same T cores' worth as for the other stages.
   */
  static int importsInFlight(int threads) {
    return Math.max(4, 2 * threads);
  }

  /** The analyzed fields of one measure document, as {@code MeasureDocuments} builds them. */
  private static void analyze(Measure m, String title) {
    consume(Analyzers.ranked(), "text", m.text());
    consume(Analyzers.ranked(), "heading", m.heading() == null ? "" : m.heading());
    consume(Analyzers.ranked(), "title", title);
    consume(Analyzers.exactIndex(), "exact", m.text());
    consume(Analyzers.minHash(), "minhash", m.text());
  }

  static int consume(Analyzer a, String field, String text) {
    int n = 0;
    try (TokenStream ts = a.tokenStream(field, text)) {
      ts.reset();
      while (ts.incrementToken()) n++;
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  static List<SourceDocument> read(Path corpus) throws IOException {
    List<SourceDocument> docs = new ArrayList<>();
    for (CorpusGenerator.Page p : Manifest.read(corpus)) {
      Path f = corpus.resolve(p.file());
      docs.add(new SourceDocument(Files.readAllBytes(f), f.getFileName().toString(), f.toString(), null, Instant.EPOCH));
    }
    return docs;
  }

  static long size(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
