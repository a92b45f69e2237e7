package io.planscope.ingest;

import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads .html/.htm: decode ({@link TextDecoder}), parse with jsoup under a depth limit, drop everything that is not
 * the page's text ({@link HtmlCleaner}), pick the main content block ({@link MainContent}), rewrite its tables as rows
 * ({@link HtmlTables}) and turn it into lines ({@link BlockText}). Only text nodes ever reach the output, so markup, attributes (onclick, {@code javascript:}
 * URLs) and scripts cannot; a literal "&lt;b&gt;" written as text stays text.
 */
final class HtmlReader implements SourceReader {
  private static final Evaluator H1 = QueryParser.parse("h1"); // parsed once, as in HtmlCleaner

  @Override
  public Page read(SourceDocument doc, IngestLimits limits, Deadline deadline) {
    TextDecoder.Decoded decoded = TextDecoder.decode(doc, true);
    String html = decoded.text();
    Parser parser = Parser.htmlParser().setMaxDepth(limits.maxHtmlDepth() + 1);
    Document dom = parser.parseInput(html, doc.sourceUri() == null ? "" : doc.sourceUri());
    checkDepth(dom, limits, doc);
    deadline.check();
    List<RemovedLine> removed = new ArrayList<>();
    HtmlCleaner.clean(dom, removed);
    List<String> hints = titleHints(dom);
    Element content = HtmlTables.around(MainContent.choose(dom));
    HtmlTables.rewrite(content);
    deadline.check();
    BlockText.Lines lines = BlockText.linesAround(dom.body(), content);
    return new Page(lines.content(), hints, removed, lines.all(), lines.outside()).withWarnings(decoded.warnings());
  }

  private static void checkDepth(Document dom, IngestLimits limits, SourceDocument doc) {
    int depth = HtmlCleaner.maxDepth(dom);
    if (depth > limits.maxHtmlDepth()) {
      throw new IngestException(
          IngestException.Reason.TOO_LARGE,
          "'" + doc.filename() + "' nests elements deeper than " + limits.maxHtmlDepth()
              + " levels; real pages stay far below that, so it was not read");
    }
  }

  /** The first h1 and the {@code <title>}, in that order, when present. */
  private static List<String> titleHints(Document dom) {
    List<String> hints = new ArrayList<>(2);
    Element h1 = dom.selectFirst(H1);
    if (h1 != null && !h1.text().isBlank()) hints.add(h1.text().strip());
    String title = dom.title();
    if (!title.isBlank()) hints.add(title.strip());
    return hints;
  }
}
