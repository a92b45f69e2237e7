package io.planscope.plan;

import java.util.List;

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
}
