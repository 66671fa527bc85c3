package org.grantwell.workflow.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grantwell.db.shared.Money;

/**
 * Writes 360Giving grants as CSV rows under the standard's flat column titles ({@code Recipient
 * Org:Identifier} and so on), one row per grant, lines ending CRLF. Only the first beneficiary
 * location fits the flat form; the JSON export carries them all. Not thread-safe.
 */
public final class GrantCsvWriter {

  /** The header row, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "Identifier",
          "Title",
          "Description",
          "Currency",
          "Amount Applied For",
          "Amount Awarded",
          "Award Date",
          "Recipient Org:Identifier",
          "Recipient Org:Name",
          "Recipient Org:Charity Number",
          "Recipient Org:Company Number",
          "Funding Org:Identifier",
          "Funding Org:Name",
          "Grant Programme:Code",
          "Grant Programme:Title",
          "Planned Dates:Start Date",
          "Planned Dates:End Date",
          "Beneficiary Location:Name",
          "Beneficiary Location:Country Code",
          "From An Open Call?");

  private final ThreeSixtyGiving standard;
  private final Writer out;

  private GrantCsvWriter(ThreeSixtyGiving standard, Writer out) {
    this.standard = standard;
    this.out = out;
  }

  static GrantCsvWriter open(ThreeSixtyGiving standard, Writer out) throws IOException {
    GrantCsvWriter writer = new GrantCsvWriter(standard, out);
    writer.row(COLUMNS);
    return writer;
  }

  public void write(GrantFacts grant) throws IOException {
    GrantLocation location =
        grant.beneficiaryLocations().isEmpty() ? null : grant.beneficiaryLocations().get(0);
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.add(standard.grantId(grant.bidReference()));
    cells.add(ThreeSixtyGiving.title(grant.title()));
    cells.add(grant.description().strip());
    cells.add("GBP");
    cells.add(amount(grant.amountAppliedFor()));
    cells.add(amount(grant.amountAwarded()));
    cells.add(grant.awardDate().toString());
    cells.add(standard.orgId(grant.recipient()));
    cells.add(grant.recipient().name());
    cells.add(grant.recipient().charityNumber());
    cells.add(grant.recipient().companyNumber());
    cells.add(standard.orgId(grant.funder()));
    cells.add(grant.funder().name());
    cells.add(grant.programmeCode());
    cells.add(grant.programmeCode() == null ? null : grant.programmeTitle());
    cells.add(date(grant.plannedStart()));
    cells.add(grant.plannedStart() == null ? null : date(grant.plannedEnd()));
    cells.add(location == null ? null : location.name());
    cells.add(location == null ? null : location.countryCode());
    cells.add(ThreeSixtyGiving.yesNo(grant.fromOpenCall()));
    row(cells);
  }

  public void flush() throws IOException {
    out.flush();
  }

  private void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(CsvCells.cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** Digits and a decimal point only, two places: no £ sign and no thousands separator. */
  private static String amount(Money money) {
    return money == null ? null : money.amount().toPlainString();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
