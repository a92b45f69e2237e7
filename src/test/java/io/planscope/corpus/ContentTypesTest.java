package io.planscope.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planscope.ingest.SourceFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Stored and served types come from {@link SourceFormat}; nothing that could render as a page is served as one. */
class ContentTypesTest {
  @Test
  void everyExtensionIsStoredWithItsFormatsTypeAndServedSafely() {
    for (SourceFormat f : SourceFormat.values()) {
      for (String ext : f.extensions()) {
        String name = "计划." + ext.toUpperCase(Locale.ROOT);
        assertEquals(f.contentType(), ContentTypes.guess(name), name);
        assertEquals(f.text() ? "text/plain" : f.contentType(), ContentTypes.safeForServing(name), name);
      }
    }
    assertEquals("text/plain", ContentTypes.safeForServing("2024jhzy.shtml"));
    assertEquals("application/pdf", ContentTypes.safeForServing("plan.pdf"));
  }

  @Test
  void unknownNamesAreOctetStreamStoredAndTextServed() {
    assertEquals("application/octet-stream", ContentTypes.guess("page.svg"));
    assertEquals("text/plain", ContentTypes.safeForServing("page.svg"));
    assertEquals("text/plain", ContentTypes.safeForServing("document"));
  }
}
