package io.planscope.ingest;

/** A line cleaning removed, with the reason, so {@code parse --explain} can show why text vanished. */
public record RemovedLine(String text, String reason) {}
