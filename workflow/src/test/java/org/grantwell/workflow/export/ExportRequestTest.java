package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportRequestTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void shouldTakeTheDefaultFormatWhenNoneAsked() {
    assertThat(ExportRequest.parse(Export.THREE_SIXTY_GIVING, null, null, null).format())
        .isEqualTo(ExportFormat.JSON);
    assertThat(ExportRequest.parse(Export.LEDGER, " ", null, null).format()).isEqualTo(ExportFormat.CSV);
  }

  @Test
  void shouldListTheFormatsWhenTheFormatIsUnknown() {
    assertThatThrownBy(() -> ExportRequest.parse(Export.ACTION1, "docx", null, null))
        .isInstanceOf(InvalidExportRequestException.class)
        .hasMessage("The action1 export comes as csv, xlsx, pdf, not 'docx'");
    assertThatThrownBy(() -> ExportRequest.parse(Export.LEDGER, "pdf", null, null))
        .hasMessageContaining("csv, xlsx");
  }

  @Test
  void shouldRefuseADateNotInIsoFormWhenAsOfGiven() {
    assertThatThrownBy(() -> ExportRequest.parse(Export.ACTION1, "pdf", null, "29/11/2026"))
        .isInstanceOf(InvalidExportRequestException.class)
        .hasMessageContaining("YYYY-MM-DD");
    assertThat(ExportRequest.parse(Export.ACTION1, "PDF", "SSF", "2026-12-01").asOf())
        .isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void shouldNameTheFileAfterExportProgrammeAndDateWhenDownloaded() {
    assertThat(ExportRequest.parse(Export.ACTION1, "xlsx", " SSF ", null).fileName(TODAY))
        .isEqualTo("grantwell-action1-SSF-2026-11-29.xlsx");
    assertThat(ExportRequest.parse(Export.THREE_SIXTY_GIVING, "csv", "a/b\"c", null).fileName(TODAY))
        .isEqualTo("grantwell-360giving-a_b_c-2026-11-29.csv");
  }
}
