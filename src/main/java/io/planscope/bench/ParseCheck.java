package io.planscope.bench;

import io.planscope.source.IngestException;
import io.planscope.ingest.Ingestor;
import io.planscope.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Parses generated pages back with our own pipeline and compares each page's plan count with the manifest. */
public final class ParseCheck {
  private ParseCheck() {}

  /** The outcome: pages checked, plans expected and parsed, and one line per page that differs. */
  public record Result(int pages, int expected, int parsed, List<String> mismatches) {
    public boolean ok() {
      return mismatches.isEmpty();
    }
  }

  /** Checks every {@code step}-th page of the manifest (step 1 = all). */
  public static Result check(Path dir, int step) throws IOException {
    Ingestor ingestor = new Ingestor();
    List<CorpusGenerator.Page> pages = Manifest.read(dir);
    int checked = 0, expected = 0, parsed = 0;
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < pages.size(); i += step) {
      CorpusGenerator.Page p = pages.get(i);
      int n = plans(ingestor, dir.resolve(p.file()));
      checked++;
      expected += p.plans();
      parsed += n;
      if (n != p.plans()) mismatches.add(p.file() + ": expected " + p.plans() + " plan(s), parsed " + n);
    }
    return new Result(checked, expected, parsed, List.copyOf(mismatches));
  }

  private static int plans(Ingestor ingestor, Path file) throws IOException {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return ingestor.parseHere(new SourceDocument(bytes, file.getFileName().toString(), file.toString(), null,
          Instant.EPOCH)).plans().size();
    } catch (IngestException e) {
      return 0;
    }
  }
}
