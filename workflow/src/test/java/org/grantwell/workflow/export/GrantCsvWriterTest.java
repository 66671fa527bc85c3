package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.workflow.export.GrantSamples.STANDARD;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantCsvWriterTest {

  private static String[] lines(GrantFacts... grants) throws IOException {
    StringWriter out = new StringWriter();
    GrantCsvWriter writer = STANDARD.csvWriter(out);
    for (GrantFacts grant : grants) {
      writer.write(grant);
    }
    writer.flush();
    return out.toString().split("\r\n", -1);
  }

  @Test
  void shouldWriteTheStandardsColumnTitlesFirst() throws IOException {
    assertThat(lines()[0])
        .startsWith("Identifier,Title,Description,Currency,Amount Applied For,Amount Awarded,")
        .contains(",Recipient Org:Identifier,Recipient Org:Name,")
        .contains(",Funding Org:Identifier,Funding Org:Name,")
        .contains(",Planned Dates:Start Date,Planned Dates:End Date,")
        .contains(",Beneficiary Location:Name,")
        .endsWith(",From An Open Call?");
  }

  @Test
  void shouldWriteOneRowPerGrantEndingInCrLf() throws IOException {
    String[] lines = lines(GrantSamples.charityGrant());

    assertThat(lines).hasSize(3); // header, row, and the empty rest after the last CRLF
    assertThat(lines[1])
        .isEqualTo(
            "360G-grantwell-SSF4-AVON-001,Safer parks at night,Lighting and guardians in three"
                + " parks,GBP,150000.00,125000.00,2024-03-01,GB-CHC-1070468,Safe Places Trust,"
                + "1070468,,GB-GOR-D16,Home Office,SSF,Safer Streets Fund,2024-04-01,2025-03-31,"
                + "Avon and Somerset,GB,Yes");
    assertThat(lines[2]).isEmpty();
  }

  @Test
  void shouldLeaveOptionalCellsEmpty() throws IOException {
    assertThat(lines(GrantSamples.bareGrant())[1])
        .isEqualTo(
            "360G-grantwell-VCORE_2024_7,Core victims' services,Formula allocation,GBP,,9999.99,"
                + "2024-12-02,360G-grantwell-ORG-3005,OPCC for Cleveland,,,GB-GOR-D18,"
                + "Ministry of Justice,,,,,,,");
  }

  @Test
  void shouldQuoteAndNeutraliseTextCells() throws IOException {
    GrantFacts sample = GrantSamples.bareGrant();
    GrantFacts hostile =
        new GrantFacts(
            sample.bidReference(),
            "=HYPERLINK(\"http://x\")",
            "Lights, cameras\nand \"guardians\"",
            sample.amountAwarded(),
            null,
            sample.awardDate(),
            GrantOrganisation.of(null, "9", "@risk, Ltd"),
            sample.funder(),
            null,
            null,
            null,
            null,
            List.of(),
            null);

    String row = lines(hostile)[1] + "\r\n" + lines(hostile)[2];

    assertThat(row)
        .contains(",\"'=HYPERLINK(\"\"http://x\"\")\",")
        .contains(",\"Lights, cameras\nand \"\"guardians\"\"\",")
        .contains(",\"'@risk, Ltd\",");
  }
}
