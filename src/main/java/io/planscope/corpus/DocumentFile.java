package io.planscope.corpus;

import io.planscope.ingest.ParserVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON kept beside each original ({@code document.json}): the public {@link StoredDocument} fields plus whether
 * its plans have been stored. A document that is stored but not parsed (a crash between the two) is parsed again
 * when the workspace opens. {@code parserVersion} is the {@link ParserVersion} its plans were parsed with; null in
 * files written before versions were recorded (read as {@link ParserVersion#UNRECORDED}) and while unparsed.
 */
record DocumentFile(
    String id,
    String filename,
    String contentType,
    long size,
    List<PlanSource> sources,
    List<String> planIds,
    boolean parsed,
    Integer parserVersion) {
  DocumentFile {
    sources = List.copyOf(sources);
    planIds = List.copyOf(planIds);
  }

  StoredDocument toStored() {
    return new StoredDocument(id, filename, contentType, size, sources, planIds, version());
  }

  /** The parser version of its plans; {@link ParserVersion#UNRECORDED} when none was recorded. */
  int version() {
    return parserVersion == null ? ParserVersion.UNRECORDED : parserVersion;
  }

  DocumentFile withSource(PlanSource source) {
    List<PlanSource> more = new ArrayList<>(sources);
    more.add(source);
    return new DocumentFile(id, filename, contentType, size, more, planIds, parsed, parserVersion);
  }

  /** The same parse with fewer plans (a plan was deleted): the version stays. */
  DocumentFile withPlans(List<String> ids) {
    return new DocumentFile(id, filename, contentType, size, sources, ids, true, parserVersion);
  }

  /** Parsed (again) by the given parser version into these plans. */
  DocumentFile parsedInto(List<String> ids, int version) {
    return new DocumentFile(id, filename, contentType, size, sources, ids, true, version);
  }

  boolean hasSourceUri(String uri) {
    return sources.stream().anyMatch(s -> s.uri().equals(uri));
  }
}
