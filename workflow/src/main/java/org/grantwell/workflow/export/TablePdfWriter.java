package org.grantwell.workflow.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a report as a readable A4 landscape PDF: the title, the scope line and the date it was
 * generated, then each table under its own title, its heading row repeated at the top of every page
 * it runs onto; the footer names the report and the page. Long tables are handed to the document
 * in chunks ({@code setComplete(false)}), so the rows already laid out are not kept in memory.
 */
final class TablePdfWriter implements ReportWriter {

  private static final int CHUNK_ROWS = 200;
  private static final Color HEADING_BACKGROUND = new Color(0xE8, 0xEC, 0xF1);
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font TABLE_TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);
  private static final Font FOOTER = FontFactory.getFont(FontFactory.HELVETICA, 7);

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 40);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      writer.setPageEvent(new Footer(report.title()));
      document.addTitle(report.title());
      document.addCreator("Grantwell");
      document.open();
      document.add(new Paragraph(report.title(), TITLE));
      document.add(new Paragraph(report.scope(), SUBTITLE));
      document.add(new Paragraph("Generated " + CellText.date(report.generated()), SUBTITLE));
      for (Table table : report.tables()) {
        table(document, table);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IOException("Could not lay out the PDF of " + report.title(), e);
    }
    out.flush();
  }

  private static void table(Document document, Table table) throws DocumentException {
    Paragraph title = new Paragraph(table.title(), TABLE_TITLE);
    title.setSpacingBefore(14);
    title.setSpacingAfter(6);
    title.setKeepTogether(true);
    document.add(title);
    PdfPTable pdf = new PdfPTable(table.headings().size());
    pdf.setWidthPercentage(100);
    pdf.setHeaderRows(1);
    pdf.setComplete(false);
    for (String heading : table.headings()) {
      PdfPCell cell = new PdfPCell(new Phrase(heading, HEADING));
      cell.setBackgroundColor(HEADING_BACKGROUND);
      cell.setPadding(4);
      pdf.addCell(cell);
    }
    int rows = 0;
    for (List<Cell> row : table.rows()) {
      for (Cell cell : table.check(row)) {
        pdf.addCell(body(cell));
      }
      if (++rows % CHUNK_ROWS == 0) {
        document.add(pdf); // lays out the rows so far and lets them go
      }
    }
    if (rows == 0) {
      PdfPCell none = new PdfPCell(new Phrase("None.", BODY));
      none.setColspan(table.headings().size());
      none.setPadding(4);
      pdf.addCell(none);
    }
    pdf.setComplete(true);
    document.add(pdf);
  }

  private static PdfPCell body(Cell cell) {
    PdfPCell pdf = new PdfPCell(new Phrase(CellText.display(cell), BODY));
    pdf.setPadding(3);
    if (!(cell instanceof Cell.Text)) {
      pdf.setHorizontalAlignment(Element.ALIGN_RIGHT);
    }
    return pdf;
  }

  /** The report's title and the page number at the foot of every page. */
  private static final class Footer extends PdfPageEventHelper {
    private final String title;

    Footer(String title) {
      this.title = title;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_RIGHT,
          new Phrase(new Chunk(title + " · page " + writer.getPageNumber(), FOOTER)),
          document.right(),
          document.bottom() - 20,
          0);
    }
  }
}
