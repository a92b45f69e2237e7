package io.planscope.plan;

/** A value of a closed vocabulary (a {@link Level}, a {@link SectionType}): its id in JSON and queries, its label. */
public interface Labelled {
  /** The lower-case id used in JSON, URLs and the query language. */
  String id();

  /** What the interface shows for it. */
  DisplayName label();
}
