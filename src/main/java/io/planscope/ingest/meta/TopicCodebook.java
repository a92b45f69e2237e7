package io.planscope.ingest.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The topic codebook: Chinese keywords mapped to topics, read from {@code topics.tsv} next to this class (see
 * {@code topics.md} there for the format and how to add a topic). Matching is multi-label and keyword-based, over
 * normalized text ({@link io.planscope.text.Fold#normalize}); one Aho-Corasick pass finds every keyword, so the
 * cost does not grow with the codebook.
 *
 * <p>Format, one topic a line, tab-separated: {@code topic  keywords  description}. Keywords are separated by
 * {@code |}; a keyword starting with {@code !} is an exclusion: an occurrence of another keyword inside it does not
 * count ({@code 体育|!教育体育局}). Lines starting with {@code #} are comments.
 */
public final class TopicCodebook {
  private static final String RESOURCE = "topics.tsv";
  private static volatile TopicCodebook instance;

  private final List<Topic> topics;
  private final KeywordMatcher matcher;
  private final int[] topicOf;
  private final boolean[] exclusion;
  private final boolean[] hasExclusions;

  private TopicCodebook(List<Topic> topics) {
    this.topics = List.copyOf(topics);
    List<String> phrases = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Boolean> excl = new ArrayList<>();
    for (int t = 0; t < topics.size(); t++) {
      for (String k : topics.get(t).keywords()) add(phrases, owners, excl, k, t, false);
      for (String k : topics.get(t).excludes()) add(phrases, owners, excl, k, t, true);
    }
    this.matcher = KeywordMatcher.of(phrases);
    this.topicOf = owners.stream().mapToInt(Integer::intValue).toArray();
    this.exclusion = new boolean[excl.size()];
    for (int i = 0; i < exclusion.length; i++) exclusion[i] = excl.get(i);
    this.hasExclusions = new boolean[topics.size()];
    for (int t = 0; t < topics.size(); t++) hasExclusions[t] = !topics.get(t).excludes().isEmpty();
  }

  private static void add(
      List<String> phrases, List<Integer> owners, List<Boolean> excl, String k, int topic, boolean isExclusion) {
    phrases.add(k);
    owners.add(topic);
    excl.add(isExclusion);
  }

  /** The bundled codebook, loaded once. Thread-safe. */
  public static TopicCodebook load() {
    TopicCodebook c = instance;
    if (c == null) {
      synchronized (TopicCodebook.class) {
        if (instance == null) instance = parse(readResource(), RESOURCE);
        c = instance;
      }
    }
    return c;
  }

  /** Parses a codebook in the {@code topics.tsv} format; {@code source} names it in error messages. */
  public static TopicCodebook parse(String tsv, String source) {
    List<Topic> topics = new ArrayList<>();
    String[] lines = tsv.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) continue;
      topics.add(topic(line, source + ":" + (i + 1)));
    }
    if (topics.isEmpty()) throw new IllegalArgumentException("codebook " + source + " has no topics");
    return new TopicCodebook(topics);
  }

  private static Topic topic(String line, String where) {
    String[] f = line.split("\t");
    if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
      throw new IllegalArgumentException(
          "bad codebook line " + where + ": '" + line + "'; expected topic<TAB>kw1|kw2|!exclusion<TAB>description");
    }
    List<String> keywords = new ArrayList<>();
    List<String> excludes = new ArrayList<>();
    for (String k : f[1].split("\\|")) {
      String s = k.strip();
      if (s.startsWith("!") && s.length() > 1) excludes.add(s.substring(1));
      else if (!s.isEmpty() && !s.equals("!")) keywords.add(s);
    }
    if (keywords.isEmpty()) throw new IllegalArgumentException("topic '" + f[0] + "' at " + where + " has no keywords");
    return new Topic(f[0].strip(), keywords, excludes, f.length > 2 ? f[2].strip() : "");
  }

  /** Every topic in codebook order. */
  public List<Topic> topics() {
    return topics;
  }

  /** The topic names in codebook order. */
  public List<String> names() {
    return topics.stream().map(Topic::name).toList();
  }

  /** The topic with this name, or null. */
  public Topic find(String name) {
    for (Topic t : topics) if (t.name().equals(name)) return t;
    return null;
  }

  /** Like {@link #find} but throws, quoting the name and listing the topics, when there is none. */
  public Topic expect(String name) {
    Topic t = find(name);
    if (t == null) {
      throw new IllegalArgumentException("no topic '" + name + "'; the codebook has " + String.join(", ", names()));
    }
    return t;
  }

  /** The topics whose keywords occur in {@code normalizedText}, in codebook order, each once. */
  public List<String> match(String normalizedText) {
    if (normalizedText == null || normalizedText.isEmpty()) return List.of();
    BitSet found = new BitSet(topics.size());
    // hits of topics with exclusions wait until every exclusion span is known (an exclusion ends after the keyword)
    List<int[]> pending = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    matcher.scan(
        normalizedText,
        (id, start, end) -> {
          int t = topicOf[id];
          if (exclusion[id]) spans.add(new int[] {t, start, end});
          else if (!hasExclusions[t]) found.set(t);
          else if (!found.get(t)) pending.add(new int[] {t, start, end});
        });
    for (int[] hit : pending) if (!found.get(hit[0]) && !inside(spans, hit)) found.set(hit[0]);
    List<String> out = new ArrayList<>(found.cardinality());
    for (int t = found.nextSetBit(0); t >= 0; t = found.nextSetBit(t + 1)) out.add(topics.get(t).name());
    return List.copyOf(out);
  }

  private static boolean inside(List<int[]> spans, int[] hit) {
    for (int[] e : spans) if (e[0] == hit[0] && e[1] <= hit[1] && hit[2] <= e[2]) return true;
    return false;
  }

  private static String readResource() {
    try (InputStream in = TopicCodebook.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("codebook resource " + RESOURCE + " missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read codebook " + RESOURCE, e);
    }
  }
}
