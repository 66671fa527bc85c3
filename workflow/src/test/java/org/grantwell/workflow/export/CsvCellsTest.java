package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void shouldLeaveAPlainCellAlone() {
    assertThat(CsvCells.cell("Safer Streets Fund")).isEqualTo("Safer Streets Fund");
  }

  @Test
  void shouldPrefixAQuoteToCellsThatLookLikeFormulas() {
    assertThat(CsvCells.cell("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvCells.cell("+44 20")).isEqualTo("'+44 20");
    assertThat(CsvCells.cell("-5")).isEqualTo("'-5");
    assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.cell("\tcmd")).isEqualTo("'\tcmd");
  }

  @Test
  void shouldNotPrefixAHyphenInsideACell() {
    assertThat(CsvCells.cell("360G-grantwell-SSF4-1")).isEqualTo("360G-grantwell-SSF4-1");
  }

  @Test
  void shouldQuoteCellsWithCommasQuotesOrLineBreaks() {
    assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvCells.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvCells.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
  }

  @Test
  void shouldNeutraliseBeforeQuoting() {
    // the quote prefix goes inside the double quotes
    assertThat(CsvCells.cell("=A1,B1")).isEqualTo("\"'=A1,B1\"");
  }

  @Test
  void shouldWriteNullAsAnEmptyCell() {
    assertThat(CsvCells.cell(null)).isEmpty();
  }
}
