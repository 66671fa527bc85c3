package org.grantwell.db.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The one display form of money in pages, messages and exports: {@code £1,250,000.00}. */
public final class MoneyFormat {

  private MoneyFormat() {}

  public static String format(Money money) {
    DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setNegativePrefix("-£");
    return format.format(money.amount());
  }
}
