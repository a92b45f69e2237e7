package io.planscope.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The units a {@link TextDiff} aligns, finest first. Aligning costs about (units of A + units of B) × edits, so two
 * long, unrelated texts are aligned by sentences, then by lines, and at worst shown as one deletion and one
 * insertion: a coarser diff in bounded time rather than a character diff that takes minutes.
 */
public enum Granularity {
  /** {@link DiffTokens}: single Han characters, numbers with their unit, Latin words. */
  TOKEN,
  /** Sentences: each ends after 。！？；!?; or a line break ("一、加强领导。" "完善机制；"). */
  SENTENCE,
  /** Lines: each ends after a line break. */
  LINE,
  /** The whole text as one unit: equal, or one deletion and one insertion. */
  TEXT;

  private static final String SENTENCE_ENDS = "。！？；!?;\n";

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Unit boundaries in {@code key}: [start, end) pairs covering it. */
  List<int[]> split(String key) {
    return switch (this) {
      case TOKEN -> DiffTokens.split(key);
      case SENTENCE -> splitAfter(key, SENTENCE_ENDS);
      case LINE -> splitAfter(key, "\n");
      case TEXT -> key.isEmpty() ? List.of() : List.of(new int[] {0, key.length()});
    };
  }

  /** The next coarser granularity; TEXT is the coarsest. */
  Granularity coarser() {
    return this == TEXT ? TEXT : values()[ordinal() + 1];
  }

  private static List<int[]> splitAfter(String key, String ends) {
    List<int[]> units = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < key.length(); i++) {
      if (ends.indexOf(key.charAt(i)) < 0) continue;
      units.add(new int[] {start, i + 1});
      start = i + 1;
    }
    if (start < key.length()) units.add(new int[] {start, key.length()});
    return units;
  }
}
