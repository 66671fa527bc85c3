package org.grantwell.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.grantwell.workflow.export.Export;
import org.junit.jupiter.api.Test;

class ExportPathTest {

  @Test
  void shouldNameTheExportAndExtensionWhenAFileIsAsked() {
    assertThat(ExportPath.parse("/awards.xlsx")).contains(new ExportPath(Export.AWARDS, "xlsx"));
    assertThat(ExportPath.parse("/360giving.json"))
        .contains(new ExportPath(Export.THREE_SIXTY_GIVING, "json"));
    assertThat(ExportPath.parse("/action1.docx")).contains(new ExportPath(Export.ACTION1, "docx"));
  }

  @Test
  void shouldNameNothingWhenThePathIsNotOneFileOfAnExport() {
    assertThat(ExportPath.parse(null)).isEmpty();
    assertThat(ExportPath.parse("/")).isEmpty();
    assertThat(ExportPath.parse("/ledger")).isEmpty();
    assertThat(ExportPath.parse("/ledger.")).isEmpty();
    assertThat(ExportPath.parse("/bids.csv")).isEmpty();
    assertThat(ExportPath.parse("/x/ledger.csv")).isEmpty();
  }

  @Test
  void shouldQuoteASafeFileNameWhenAttachment() {
    assertThat(ContentDisposition.attachment("grantwell-ledger-2026-11-29.csv"))
        .isEqualTo("attachment; filename=\"grantwell-ledger-2026-11-29.csv\"");
    assertThat(ContentDisposition.attachment("a\"b\r\nc.csv")).isEqualTo("attachment; filename=\"a_b__c.csv\"");
  }
}
