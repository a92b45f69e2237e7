package io.planscope.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON kept beside each original ({@code document.json}): the public {@link StoredDocument} fields plus whether
 * its plans have been stored. A document that is stored but not parsed (a crash between the two) is parsed again
 * when the workspace opens.
 */
record DocumentFile(
    String id,
    String filename,
    String contentType,
    long size,
    List<PlanSource> sources,
    List<String> planIds,
    boolean parsed) {
  DocumentFile {
    sources = List.copyOf(sources);
    planIds = List.copyOf(planIds);
  }

  StoredDocument toStored() {
    return new StoredDocument(id, filename, contentType, size, sources, planIds);
  }

  DocumentFile withSource(PlanSource source) {
    List<PlanSource> more = new ArrayList<>(sources);
    more.add(source);
    return new DocumentFile(id, filename, contentType, size, more, planIds, parsed);
  }

  DocumentFile withPlans(List<String> ids) {
    return new DocumentFile(id, filename, contentType, size, sources, ids, true);
  }

  boolean hasSourceUri(String uri) {
    return sources.stream().anyMatch(s -> s.uri().equals(uri));
  }
}
