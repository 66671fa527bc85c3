package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableCsvWriterTest {

  private static String csv(Report report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TableCsvWriter().write(report, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldWriteAPlainCsvWithPlainValuesWhenOneTable() throws IOException {
    String csv = csv(TableSamples.report(TableSamples.mixed()));

    assertThat(csv.split("\r\n", -1))
        .containsExactly(
            "Name,Amount,Date,Count,Share",
            "\"Safe Places, \"\"Trust\"\"\",1250000.50,2026-09-03,43,12.5",
            "\"'=HYPERLINK(\"\"http://evil\"\")\",-12.50,,1.25,",
            ",,,,",
            "");
  }

  @Test
  void shouldNeutraliseFormulaTextButNotNegativeAmountsWhenWriting() throws IOException {
    Table table =
        new Table(
            "Attack",
            List.of("Text", "Money"),
            List.of(
                List.of(Cell.text("-2+3"), Cell.money(org.grantwell.db.shared.Money.of("-1.00"))),
                List.of(Cell.text("@SUM(A1)"), Cell.money(null)),
                List.of(Cell.text("+44 20"), Cell.money(null))));

    assertThat(csv(TableSamples.report(table)))
        .contains("'-2+3,-1.00\r\n")
        .contains("'@SUM(A1),\r\n")
        .contains("'+44 20,\r\n");
  }

  @Test
  void shouldTitleAndSeparateEachTableWhenSeveral() throws IOException {
    Table second = new Table("Second", List.of("=Heading"), List.of(List.of(Cell.number(1))));

    String csv = csv(TableSamples.report(TableSamples.mixed(), second));

    assertThat(csv).startsWith("Mixed cells\r\nName,Amount,Date,Count,Share\r\n");
    assertThat(csv).endsWith(",,,,\r\n\r\nSecond\r\n'=Heading\r\n1\r\n\r\n");
  }

  @Test
  void shouldRefuseARowWhenItsCellsDoNotMatchTheHeadings() {
    Table bad = new Table("Bad", List.of("A", "B"), List.of(List.of(Cell.text("only one"))));

    assertThatThrownBy(() -> csv(TableSamples.report(bad)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 cells for 2 columns");
  }
}
