package io.planscope.crawl;

import io.planscope.source.SourceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A sink that keeps what it was given and answers like the store would: imported once, duplicate after. */
final class RecordingSink implements CrawlSink {
  final List<SourceDocument> documents = new ArrayList<>();
  private final Map<String, String> idsByHash = new HashMap<>();

  @Override
  public synchronized ImportResult accept(SourceDocument d) {
    documents.add(d);
    String hash = CrawlState.sha256(d.bytes()).substring(0, 16);
    String plan = "p" + hash.substring(0, 12);
    if (idsByHash.putIfAbsent(hash, plan) != null) return ImportResult.duplicate(hash, List.of(plan));
    return ImportResult.imported(hash, List.of(plan));
  }

  synchronized Optional<SourceDocument> find(String urlEnd) {
    return documents.stream().filter(d -> d.sourceUri().endsWith(urlEnd)).findFirst();
  }

  synchronized List<String> urls() {
    return documents.stream().map(SourceDocument::sourceUri).toList();
  }
}
