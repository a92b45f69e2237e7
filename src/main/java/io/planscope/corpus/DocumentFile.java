package io.planscope.corpus;

import io.planscope.source.ParserVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON kept beside each original ({@code document.json}): the public {@link StoredDocument} fields plus whether
 * its plans have been stored. A document that is stored but not parsed (a crash between the two) is parsed again
 * when the workspace opens. {@code parserVersion} is the {@link ParserVersion} its plans were parsed with; null in
 * files written before versions were recorded (read as {@link ParserVersion#UNRECORDED}) and while unparsed.
 * {@code deletedPlans} are plans deleted by hand from it: a re-parse does not bring them back (null in older files).
 * {@code published} is the publish date given by hand with its upload or import (null when none was given, and in
 * older files); every parse of it, re-parses included, gives its plans that date.
 */
record DocumentFile(
    String id,
    String filename,
    String contentType,
    long size,
    List<PlanSource> sources,
    List<String> planIds,
    boolean parsed,
    Integer parserVersion,
    List<String> deletedPlans,
    String published) {
  DocumentFile {
    sources = List.copyOf(sources);
    planIds = List.copyOf(planIds);
    deletedPlans = deletedPlans == null ? List.of() : List.copyOf(deletedPlans);
  }

  StoredDocument toStored() {
    return new StoredDocument(id, filename, contentType, size, sources, planIds, version(), published);
  }

  /** The parser version of its plans; {@link ParserVersion#UNRECORDED} when none was recorded. */
  int version() {
    return parserVersion == null ? ParserVersion.UNRECORDED : parserVersion;
  }

  DocumentFile withSource(PlanSource source) {
    List<PlanSource> more = new ArrayList<>(sources);
    more.add(source);
    return new DocumentFile(id, filename, contentType, size, more, planIds, parsed, parserVersion, deletedPlans, published);
  }

  /** The same parse without a plan deleted by hand (remembered, so a re-parse leaves it out): the version stays. */
  DocumentFile withoutPlan(String planId) {
    List<String> rest = new ArrayList<>(planIds);
    rest.remove(planId);
    List<String> deleted = new ArrayList<>(deletedPlans);
    if (!deleted.contains(planId)) deleted.add(planId);
    return new DocumentFile(id, filename, contentType, size, sources, rest, true, parserVersion, deleted, published);
  }

  /** Parsed again from a re-upload of its bytes: every plan comes back, the hand deletions are forgotten. */
  DocumentFile restoredInto(List<String> ids, int version) {
    return new DocumentFile(id, filename, contentType, size, sources, ids, true, version, List.of(), published);
  }

  /** Parsed (again) by the given parser version into these plans. */
  DocumentFile parsedInto(List<String> ids, int version) {
    return new DocumentFile(id, filename, contentType, size, sources, ids, true, version, deletedPlans, published);
  }

  /** The same document with this publish date given by hand. */
  DocumentFile withPublished(String date) {
    return new DocumentFile(id, filename, contentType, size, sources, planIds, parsed, parserVersion, deletedPlans, date);
  }

  /** Back to stored but not parsed (its plan files were lost): the workspace parses it again on open. */
  DocumentFile unparsed() {
    return new DocumentFile(id, filename, contentType, size, sources, List.of(), false, null, deletedPlans, published);
  }

  boolean hasSourceUri(String uri) {
    return sources.stream().anyMatch(s -> s.uri().equals(uri));
  }
}
