package io.planscope.search;

import io.planscope.index.Analyzers;
import io.planscope.index.Dimension;
import io.planscope.index.ExactText;
import io.planscope.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Turns a parsed query plus URL filters into a {@link CompiledQuery}. */
public final class QueryCompiler {
  /** Field boosts for ranked words: a word in a heading says more than one in the body; the title a bit more. */
  static final float HEADING_BOOST = 2.0f;

  static final float TITLE_BOOST = 1.5f;
  /** The exact-wording clause of a plain word only backs up segmentation; it should not dominate the BM25 score. */
  static final float EXACT_BACKUP_BOOST = 0.3f;

  private final Set<CompiledQuery.Highlight.Term> terms = new LinkedHashSet<>();
  private final Map<Dimension, List<Query>> drillDowns = new LinkedHashMap<>();

  private QueryCompiler() {}

  /**
   * Compiles a query string and URL filters ({@code region=浙江&region=江苏}: repeated values of one filter are
   * OR-ed). Throws {@link QueryException} on any problem.
   */
  public static CompiledQuery compile(String q, Map<String, List<String>> filters) {
    QueryCompiler c = new QueryCompiler();
    Query base = c.top(QueryParser.parse(q));
    filters.forEach((field, values) -> c.urlFilter(field, values));
    Map<String, Query> dims = new LinkedHashMap<>();
    c.drillDowns.forEach((dim, qs) -> dims.put(dim.facet(), or(qs)));
    return new CompiledQuery(
        base, dims, new CompiledQuery.Highlight(List.copyOf(c.terms)));
  }

  private Query top(QueryNode node) {
    if (node instanceof QueryNode.Filter f) {
      drillDown(Dimension.expect(f.field()), f.value(), f.column());
      return new MatchAllDocsQuery();
    }
    if (node instanceof QueryNode.And and) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      boolean positive = false;
      for (QueryNode n : and.nodes()) {
        if (n instanceof QueryNode.Filter f) {
          drillDown(Dimension.expect(f.field()), f.value(), f.column());
        } else if (n instanceof QueryNode.Not not) {
          b.add(compile(not.node(), false), Occur.MUST_NOT);
        } else {
          b.add(compile(n, true), Occur.MUST);
          positive = true;
        }
      }
      if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
      return b.build();
    }
    return compile(node, true);
  }

  private Query compile(QueryNode node, boolean highlight) {
    return switch (node) {
      case QueryNode.All a -> new MatchAllDocsQuery();
      case QueryNode.Word w -> word(w, highlight);
      case QueryNode.Phrase p -> phrase(p, highlight);
      case QueryNode.Filter f -> filter(Dimension.expect(f.field()), f.value(), f.column());
      case QueryNode.Not not -> new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), Occur.MUST)
          .add(compile(not.node(), false), Occur.MUST_NOT)
          .build();
      case QueryNode.And and -> and(and, highlight);
      case QueryNode.Or or -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QueryNode n : or.nodes()) b.add(compile(n, highlight), Occur.SHOULD);
        yield b.build();
      }
    };
  }

  private Query and(QueryNode.And and, boolean highlight) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    for (QueryNode n : and.nodes()) {
      if (n instanceof QueryNode.Not not) {
        b.add(compile(not.node(), false), Occur.MUST_NOT);
      } else {
        b.add(compile(n, highlight), n instanceof QueryNode.Filter ? Occur.FILTER : Occur.MUST);
        positive = true;
      }
    }
    if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
    return b.build();
  }

  /**
   * A plain word matches when all its smartcn tokens occur (BM25 over text, heading and title, boosted) or when its
   * exact wording occurs: "域产业" is cut 区域|产业 in the text but still found by its characters.
   */
  private Query word(QueryNode.Word w, boolean highlight) {
    List<String> ranked = rankedTokens(w.text());
    String folded = ExactText.normalize(w.text());
    if (ranked.isEmpty() && folded.isEmpty()) {
      throw new QueryException("'" + w.text() + "' has no letters or digits to search for", w.column());
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (!ranked.isEmpty()) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String t : ranked) all.add(rankedTerm(t), Occur.MUST);
      b.add(all.build(), Occur.SHOULD);
    }
    // Headings and titles are covered by the ranked fields; the backup is for the text's segmentation only.
    if (!folded.isEmpty()) b.add(new BoostQuery(exactIn(Fields.EXACT, w.text()), EXACT_BACKUP_BOOST), Occur.SHOULD);
    if (highlight) terms.add(new CompiledQuery.Highlight.Term(folded, ranked));
    return b.build();
  }

  private static Query rankedTerm(String token) {
    return new DisjunctionMaxQuery(
        List.of(
            new TermQuery(new Term(Fields.TEXT, token)),
            new BoostQuery(new TermQuery(new Term(Fields.HEADING, token)), HEADING_BOOST),
            new BoostQuery(new TermQuery(new Term(Fields.TITLE, token)), TITLE_BOOST)),
        0.1f);
  }

  private Query phrase(QueryNode.Phrase p, boolean highlight) {
    String folded = ExactText.normalize(p.text());
    if (folded.isEmpty()) {
      throw new QueryException(
          "\"" + p.text() + "\" has no letters or digits; exact search ignores punctuation and spaces", p.column());
    }
    if (highlight) terms.add(new CompiledQuery.Highlight.Term(folded, List.of()));
    return exact(p.text());
  }

  /**
   * The exact-wording query of a quoted phrase: the wording in a measure's text, a heading it opens or its plan's
   * title (a heading or title match weighs as a ranked word there does). A boolean OR, not a disjunction-max: the
   * search tells ranked words by their disjunctions ({@link Searcher#ranksWords}) and takes a faster plan for phrases.
   */
  public static Query exact(String phrase) {
    return new BooleanQuery.Builder()
        .add(exactIn(Fields.EXACT, phrase), Occur.SHOULD)
        .add(new BoostQuery(exactIn(Fields.EXACT_HEADING, phrase), HEADING_BOOST), Occur.SHOULD)
        .add(new BoostQuery(exactIn(Fields.EXACT_TITLE, phrase), TITLE_BOOST), Occur.SHOULD)
        .build();
  }

  /**
   * The exact wording in one field: bigrams at consecutive positions (slop 0); a two-char phrase is its one bigram,
   * and a one-char phrase the terms it starts.
   */
  static Query exactIn(String field, String phrase) {
    List<String> terms = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    analyze(Analyzers.exactQuery(), Fields.EXACT, phrase, terms, positions);
    if (terms.size() == 1 && terms.get(0).codePointCount(0, terms.get(0).length()) == 1) {
      return ExactText.oneCharQuery(field, terms.get(0));
    }
    // Two chars are one bigram: a term query (scored with impacts, so top hits can skip) rather than a prefix.
    if (terms.size() == 1) return new TermQuery(new Term(field, terms.get(0)));
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int i = 0; i < terms.size(); i++) b.add(new Term(field, terms.get(i)), positions.get(i));
    return b.build();
  }

  /** The ranked analyzer's tokens of a text (folded, lower-cased, punctuation dropped). */
  public static List<String> rankedTokens(String text) {
    List<String> terms = new ArrayList<>();
    analyze(Analyzers.ranked(), Fields.TEXT, text, terms, new ArrayList<>());
    return terms;
  }

  private static void analyze(Analyzer a, String field, String text, List<String> terms, List<Integer> positions) {
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        terms.add(term.toString());
        positions.add(pos);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze '" + text + "'", e);
    }
  }

  /** A URL filter: the parameter is a dimension's name or its facet key ({@code section} or {@code sectionType}). */
  private void urlFilter(String field, List<String> values) {
    Dimension d = Dimension.find(field).orElseThrow(() -> QueryException.parameter(
        "unknown filter parameter '" + field + "'; use one of " + String.join(", ", Dimension.names())));
    for (String raw : values) {
      for (String value : raw.split("[,，]")) {
        if (value.isBlank()) continue;
        drillDown(d, value.strip(), 0);
      }
    }
  }

  /** A URL filter or one at the top of the query: a drill-down, so its dimension's facet counts stay sideways. */
  private void drillDown(Dimension d, String value, int column) {
    drillDowns.computeIfAbsent(d, k -> new ArrayList<>()).add(filter(d, value, column));
  }

  /** The dimension's query for a value; a bad value is a {@link QueryException} at its column. */
  static Query filter(Dimension d, String value, int column) {
    try {
      return d.filter(value);
    } catch (IllegalArgumentException e) {
      throw new QueryException(e.getMessage(), column);
    }
  }

  private static Query or(List<Query> queries) {
    if (queries.size() == 1) return queries.get(0);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : queries) b.add(q, Occur.SHOULD);
    return b.build();
  }
}
