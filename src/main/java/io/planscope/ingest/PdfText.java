package io.planscope.ingest;

import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper under the parse's bounds: it counts the glyphs of each page and of the whole document as it
 * meets them and checks the deadline, so a small file whose pages share one huge content stream (300 pages × 50,000
 * text runs in 70 KB) is refused on its first page instead of being laid out and sorted for minutes.
 */
final class PdfText extends PDFTextStripper {
  private final SourceDocument doc;
  private final IngestLimits limits;
  private final Deadline deadline;
  private int page;
  private int pageChars;
  private int totalChars;

  private PdfText(SourceDocument doc, IngestLimits limits, Deadline deadline) {
    this.doc = doc;
    this.limits = limits;
    this.deadline = deadline;
    setSortByPosition(true);
  }

  /** The text of the PDF, pages in order; throws TOO_LARGE or TIMEOUT past the limits. */
  static String of(PDDocument pdf, SourceDocument doc, IngestLimits limits, Deadline deadline) throws IOException {
    return new PdfText(doc, limits, deadline).getText(pdf);
  }

  @Override
  public void processPage(PDPage p) throws IOException {
    page++;
    pageChars = 0;
    deadline.check();
    super.processPage(p);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    int n = text.getUnicode() == null ? 1 : text.getUnicode().length();
    pageChars += n;
    totalChars += n;
    deadline.check(totalChars);
    if (pageChars > limits.maxPdfPageChars()) throw tooMuch("page " + page + " has more than "
        + limits.maxPdfPageChars() + " chars of text");
    if (totalChars > limits.maxChars()) throw tooMuch("it has more than " + limits.maxChars()
        + " chars of text in all");
    super.processTextPosition(text);
  }

  private IngestException tooMuch(String what) {
    return new IngestException(
        IngestException.Reason.TOO_LARGE,
        "'" + doc.filename() + "' was not read: " + what + ", far more than a plan has; is it a real plan?");
  }
}
