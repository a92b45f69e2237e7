package io.planscope.plan;

import java.util.Objects;

/**
 * A name shown to people, in the interface's two languages: simplified Chinese ({@code zh}, the default) and English.
 * The web front end reads these through {@code GET /api/schema} rather than keeping its own copy.
 */
public record DisplayName(String zh, String en) {
  public DisplayName {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }
}
