package io.planscope.ingest.meta;

import java.util.List;

/**
 * One codebook entry.
 *
 * @param name the topic label, e.g. 师德师风
 * @param keywords phrases whose occurrence assigns the topic
 * @param excludes phrases inside which a keyword does not count (体育 inside 教育体育局)
 * @param description one line for the reader of the codebook
 */
public record Topic(String name, List<String> keywords, List<String> excludes, String description) {
  public Topic {
    keywords = List.copyOf(keywords);
    excludes = List.copyOf(excludes);
  }
}
