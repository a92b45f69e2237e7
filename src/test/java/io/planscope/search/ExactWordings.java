package io.planscope.search;

import io.planscope.index.ExactText;
import io.planscope.plan.Measure;
import io.planscope.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * What a quoted phrase is matched against, for brute-force counts in tests: each measure's text, the headings it
 * opens (those the measure before it does not stand under) and, on the plan's first measure, the title; normalized.
 */
final class ExactWordings {
  private ExactWordings() {}

  /** Per passage of the plan (preamble paragraphs, then measures: the index's documents), in order, its wordings. */
  static List<List<String>> of(Plan plan) {
    List<List<String>> out = new ArrayList<>();
    List<String> above = List.of();
    for (Measure m : plan.passages()) {
      List<String> wordings = new ArrayList<>(List.of(ExactText.normalize(m.text())));
      List<String> path = m.path();
      for (int i = 0; i < path.size(); i++) {
        if (i >= above.size() || !path.subList(0, i + 1).equals(above.subList(0, i + 1))) {
          wordings.add(ExactText.normalize(path.get(i)));
        }
      }
      if (out.isEmpty() && plan.title() != null) wordings.add(ExactText.normalize(plan.title()));
      out.add(wordings);
      above = path;
    }
    return out;
  }

  /** Whether the measure at this position of the plan matches the phrase (already normalized). */
  static boolean matches(List<List<String>> wordings, int position, String normalizedPhrase) {
    return wordings.get(position).stream().anyMatch(w -> w.contains(normalizedPhrase));
  }
}
