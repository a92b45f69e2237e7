package io.planscope.ingest.meta;

import java.util.List;

/**
 * A place name found in text at {@code [start, end)}.
 *
 * @param name the matched name as written (full or short form)
 * @param places every place it can mean (several for 鼓楼区 unless a parent came right before it)
 * @param weak a name that is also an ordinary word or too short to trust alone (和县, 城区, 新城区, 长阳): it counts
 *     only in a title, before a bureau name, or right after its parent
 */
public record RegionMention(int start, int end, String name, List<Place> places, boolean weak) {
  public RegionMention {
    places = List.copyOf(places);
  }
}
