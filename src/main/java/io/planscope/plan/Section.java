package io.planscope.plan;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A heading of the plan's outline with the sections under it and the ids of the measures directly in it.
 *
 * @param heading the heading as written, e.g. "三、主要任务"
 * @param type the type of its top-level ancestor (its own type for a top-level section)
 */
public record Section(String heading, SectionType type, List<Section> children, List<String> measureIds) {
  public Section {
    children = List.copyOf(children);
    measureIds = List.copyOf(measureIds);
  }

  /** The same outline with every measure id renamed (a plan that changed its id). */
  public Section withMeasureIds(UnaryOperator<String> rename) {
    return new Section(heading, type, children.stream().map(c -> c.withMeasureIds(rename)).toList(),
        measureIds.stream().map(rename).toList());
  }
}
