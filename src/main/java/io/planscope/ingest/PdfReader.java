package io.planscope.ingest;

import io.planscope.source.IngestException;
import io.planscope.source.SourceDocument;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads text-based .pdf with PDFBox. A PDF has visual lines, not paragraphs, so lines wrapped at the right margin
 * are joined again ({@link PdfLines}). Text is read under the per-page and total limits ({@link PdfText}). A scanned PDF has no text: that is {@code NOT_TEXT}, with a hint to OCR it.
 */
final class PdfReader implements SourceReader {
  @Override
  public Page read(SourceDocument doc, IngestLimits limits, Deadline deadline) {
    try (PDDocument pdf = Loader.loadPDF(doc.bytes())) {
      int pages = pdf.getNumberOfPages();
      if (pages > limits.maxPdfPages()) {
        throw new IngestException(
            IngestException.Reason.TOO_LARGE,
            "'" + doc.filename() + "' has " + pages + " pages, more than the " + limits.maxPdfPages()
                + " read; split it or raise the limit");
      }
      deadline.check();
      String text = PdfText.of(pdf, doc, limits, deadline);
      List<Line> lines = PdfLines.join(Page.linesOf(text), deadline);
      if (lines.isEmpty()) {
        throw new IngestException(
            IngestException.Reason.NOT_TEXT,
            "'" + doc.filename() + "' has no text layer (a scan?); run OCR on it first");
      }
      return Page.of(lines);
    } catch (IngestException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      throw new IngestException(
          IngestException.Reason.NOT_TEXT,
          "'" + doc.filename() + "' is not a readable PDF (" + e.getMessage() + ")",
          e);
    }
  }
}
