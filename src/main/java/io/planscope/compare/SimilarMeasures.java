package io.planscope.compare;

import io.planscope.index.PlanIndex;
import io.planscope.search.SearchThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.search.Query;

/**
 * Similar measures across plans, regions and years, and a measure's lineage.
 *
 * <p>Candidates come from the index: the query measure's MinHash signature (3-char shingles, the index's own
 * analyzer) as an OR query, the {@link #CANDIDATES} measures sharing the most buckets. Each is then re-scored
 * exactly with {@link Similarity} (script and width do not count, so a traditional mirror scores like its
 * simplified twin); candidates whose cheap bounds cannot reach minScore are skipped unaligned.
 */
public final class SimilarMeasures {
  /**
   * The longest pasted text (a writer's draft) accepted: a few paragraphs. Longer drafts are better searched a
   * paragraph at a time, and the exact alignment of each candidate grows with the length.
   */
  public static final int MAX_DRAFT_CHARS = 2_000;
  /** How many index candidates are re-scored exactly. */
  public static final int CANDIDATES = 200;
  /** The score from which a measure counts as a near-duplicate in a lineage. */
  public static final double LINEAGE_MIN_SCORE = 0.6;

  private final PlanIndex index;

  public SimilarMeasures(PlanIndex index) {
    this.index = index;
  }

  /** The query measure and its similar measures, best first. */
  public record Result(MeasureRef measure, List<SimilarMeasure> similar) {
    public Result {
      similar = List.copyOf(similar);
    }
  }

  /**
   * The query measure and its near-duplicates in other plans, itself included (score 1), earliest first (see
   * {@link #EARLIEST_FIRST}), then by score: who wrote it first and where it spread.
   */
  public record Lineage(MeasureRef measure, List<SimilarMeasure> lineage) {
    public Lineage {
      lineage = List.copyOf(lineage);
    }
  }

  /** Measures similar to the one with that id; NotFoundException when there is none. */
  public Result similar(String measureId, Scope scope, double minScore, int limit) {
    checkArguments(minScore, limit);
    return read(searcher -> {
      MeasureRef query = IndexedMeasures.expect(searcher, measureId);
      return new Result(query, rescore(query, IndexedMeasures.candidates(searcher, query, scope, CANDIDATES),
          minScore, limit));
    });
  }

  /** A pasted text (a draft) and the measures closest to it, best first; shared spans are [draft, measure]. */
  public record DraftResult(String text, List<SimilarMeasure> similar) {
    public DraftResult {
      similar = List.copyOf(similar);
    }
  }

  /**
   * Precedents for a draft: the measures closest to a pasted text among those the filter admits (see
   * {@code io.planscope.search.ScopeFilter}), scored exactly as {@link #similar} scores measures.
   */
  public DraftResult similarToText(String text, Query filter, double minScore, int limit) {
    checkArguments(minScore, limit);
    String draft = checkDraft(text);
    return read(searcher -> new DraftResult(draft, rescore(NormalizedText.of(draft),
        normalized(IndexedMeasures.candidates(searcher, draft, filter, CANDIDATES)), minScore, limit)));
  }

  private static String checkDraft(String text) {
    String draft = text == null ? "" : text.strip();
    if (draft.isEmpty()) throw new CompareException("the text is empty; paste a paragraph of your draft");
    if (draft.length() > MAX_DRAFT_CHARS) {
      throw new CompareException("the text has " + draft.length() + " characters, over the limit of "
          + MAX_DRAFT_CHARS + "; paste one paragraph or a few measures at a time");
    }
    if (NormalizedText.of(draft).length() < Similarity.MIN_RUN) {
      throw new CompareException("the text '" + draft + "' has no words to compare; paste a sentence of your draft");
    }
    return draft;
  }

  /** The measure's lineage (near-duplicates scoring at least {@link #LINEAGE_MIN_SCORE}, at most limit). */
  public Lineage lineage(String measureId, int limit) {
    checkArguments(LINEAGE_MIN_SCORE, limit);
    return read(searcher -> {
      MeasureRef query = IndexedMeasures.expect(searcher, measureId);
      List<MeasureRef> candidates = IndexedMeasures.candidates(searcher, query, Scope.OTHER_PLANS, CANDIDATES);
      List<SimilarMeasure> items = new ArrayList<>(rescore(query, candidates, LINEAGE_MIN_SCORE, limit));
      items.add(SimilarMeasure.of(query, Similarity.of(query.text(), query.text())));
      items.sort(EARLIEST_FIRST.thenComparing(Comparator.comparingDouble(SimilarMeasure::score).reversed()));
      return new Lineage(query, items);
    });
  }

  /**
   * The exact top scores among the candidates, at least minScore, best first, at most limit. Candidates are
   * aligned in order of a cheap upper bound ({@link Similarity#upperBound}), and the scan stops once the bound
   * falls below both minScore and the limit-th best score found: the result is the same as aligning them all.
   */
  static List<SimilarMeasure> rescore(MeasureRef query, List<MeasureRef> candidates, double minScore, int limit) {
    return rescore(NormalizedText.of(query.text()), normalized(candidates), minScore, limit);
  }

  private static List<Normalized> normalized(List<MeasureRef> candidates) {
    List<Normalized> normalized = new ArrayList<>(candidates.size());
    for (MeasureRef c : candidates) normalized.add(new Normalized(c, NormalizedText.of(c.text())));
    return normalized;
  }

  /** A candidate with its normalized text (a brute-force scan normalizes each measure once). */
  record Normalized(MeasureRef measure, NormalizedText text) {}

  static List<SimilarMeasure> rescore(NormalizedText q, List<Normalized> candidates, double minScore, int limit) {
    List<Bounded> bounded = new ArrayList<>(candidates.size());
    for (Normalized c : candidates) {
      bounded.add(new Bounded(c.measure(), c.text(), Similarity.upperBound(q, c.text())));
    }
    bounded.sort(Comparator.comparingDouble(Bounded::bound).reversed());
    PriorityQueue<SimilarMeasure> best = new PriorityQueue<>(BEST_FIRST.reversed());
    for (Bounded b : bounded) {
      double floor = best.size() < limit ? minScore : Math.max(minScore, best.peek().score());
      if (b.bound() + 1e-4 < floor) break;
      if (!Similarity.mayReach(q, b.text(), floor)) continue;
      Similarity.Score s = Similarity.of(q, b.text());
      if (s.score() < minScore) continue;
      best.add(SimilarMeasure.of(b.measure(), s));
      if (best.size() > limit) best.poll();
    }
    List<SimilarMeasure> out = new ArrayList<>(best);
    out.sort(BEST_FIRST);
    return out;
  }

  /**
   * By publish date where known, else by year: a county plan published 2022-02-28 comes after the province's of
   * 2022-02-04, though both are 2022 plans. A plan known only by its year counts as published by the end of that
   * year at the latest, so it never claims priority over a dated one of the same year; unknown years come last.
   */
  static final Comparator<SimilarMeasure> EARLIEST_FIRST = Comparator.comparing(SimilarMeasures::writtenBy);

  private static String writtenBy(SimilarMeasure s) {
    if (s.published() != null) return s.published();
    return s.year() == null ? "9999-99-99" : s.year() + "-12-31";
  }

  private static final Comparator<SimilarMeasure> BEST_FIRST =
      Comparator.comparingDouble(SimilarMeasure::score).reversed().thenComparing(SimilarMeasure::measureId);

  private record Bounded(MeasureRef measure, NormalizedText text, double bound) {}

  /** The measure with that id as the index holds it. */
  public MeasureRef measure(String measureId) {
    return read(searcher -> IndexedMeasures.expect(searcher, measureId));
  }

  private <T> T read(PlanIndex.SearcherWork<T> work) {
    try {
      return index.withSearcher(s -> work.apply(SearchThreads.of(s)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read similar measures from the index", e);
    }
  }

  private static void checkArguments(double minScore, int limit) {
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new CompareException("minScore must be between 0 and 1, not " + minScore);
    }
    if (limit < 1 || limit > 1000) throw new CompareException("limit must be from 1 to 1000, not " + limit);
  }
}
