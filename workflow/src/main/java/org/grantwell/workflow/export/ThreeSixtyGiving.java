package org.grantwell.workflow.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Maps awards to the 360Giving Data Standard (version 1.4) and writes them as a JSON package or
 * as CSV with the standard's column titles, one grant at a time, so an export of any size never
 * holds the whole list in memory. What it writes validates against the standard's package schema
 * ({@code schema/360giving-package-schema.json}).
 *
 * <p>Identifiers: a grant is {@code <prefix><bid reference>}, with any character other than a
 * letter, digit, hyphen or underscore replaced by {@code _} (the standard's identifier guidance);
 * an organisation keeps its org-id.guide identifier, or, when it has none, gets {@code
 * <prefix>ORG-<internal id>}. The prefix is the publisher's registered 360Giving prefix, e.g.
 * {@code 360G-grantwell-}.
 */
public final class ThreeSixtyGiving {

  /** The major.minor version of the standard the output follows. */
  public static final String STANDARD_VERSION = "1.4";

  /** The standard asks for titles under 140 characters. */
  public static final int MAX_TITLE_LENGTH = 140;

  private static final Pattern PREFIX = Pattern.compile("360G-[A-Za-z0-9_-]+-");
  private static final Pattern ORG_ID = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,6}-.+");
  private static final Pattern NOT_ID_CHARACTER = Pattern.compile("[^A-Za-z0-9_-]");

  private final String prefix;

  /**
   * @param prefix the publisher's registered prefix including the trailing hyphen, e.g. {@code
   *     360G-grantwell-}
   */
  public ThreeSixtyGiving(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "A 360Giving prefix looks like 360G-yourname- (with the trailing hyphen): " + prefix);
    }
    this.prefix = prefix;
  }

  /** Starts a JSON package on {@code out}; close the writer to end it (out stays open). */
  public GrantJsonWriter jsonWriter(Writer out, PackageInfo info) {
    return new GrantJsonWriter(this, out, info);
  }

  /** Writes the CSV header row to {@code out} and returns a writer for the grant rows. */
  public GrantCsvWriter csvWriter(Writer out) throws IOException {
    return GrantCsvWriter.open(this, out);
  }

  /** {@code <prefix><bid reference>}, the reference's special characters made {@code _}. */
  public String grantId(String bidReference) {
    return prefix + NOT_ID_CHARACTER.matcher(bidReference).replaceAll("_");
  }

  /**
   * The organisation's org-id.guide identifier, or the publisher's own one for it.
   *
   * @throws IllegalArgumentException when the organisation's identifier is not in org-id form
   */
  public String orgId(GrantOrganisation organisation) {
    String id = organisation.orgId();
    if (id == null || id.isBlank()) {
      return prefix + "ORG-" + NOT_ID_CHARACTER.matcher(organisation.internalId()).replaceAll("_");
    }
    if (!ORG_ID.matcher(id).matches() && !id.startsWith(prefix)) {
      throw new IllegalArgumentException(
          "Organisation " + organisation.name() + " has an identifier not in org-id form: " + id);
    }
    return id;
  }

  /** The title cut to {@value #MAX_TITLE_LENGTH} characters, ending in an ellipsis if cut. */
  public static String title(String title) {
    String trimmed = title.strip();
    if (trimmed.codePointCount(0, trimmed.length()) <= MAX_TITLE_LENGTH) {
      return trimmed;
    }
    int end = trimmed.offsetByCodePoints(0, MAX_TITLE_LENGTH - 1);
    return trimmed.substring(0, end).stripTrailing() + "…";
  }

  static String yesNo(Boolean value) {
    return value == null ? null : value ? "Yes" : "No";
  }
}
