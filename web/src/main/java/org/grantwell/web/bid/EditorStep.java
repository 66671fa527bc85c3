package org.grantwell.web.bid;

/** The steps of the bid editor, in order; {@code slug} is part of component ids and CSS classes. */
public enum EditorStep {
  BID("bid", "The bid"),
  BUDGET("budget", "Budget"),
  MATCH("match", "Match funding"),
  OUTCOMES("outcomes", "Outcome targets"),
  ATTACHMENTS("attachments", "Attachments"),
  REVIEW("review", "Review and send");

  private final String slug;
  private final String label;

  EditorStep(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  public String getSlug() {
    return slug;
  }

  public String getLabel() {
    return label;
  }

  public int getIndex() {
    return ordinal();
  }

  public boolean isFirst() {
    return ordinal() == 0;
  }

  public boolean isLast() {
    return ordinal() == values().length - 1;
  }

  public EditorStep next() {
    return isLast() ? this : values()[ordinal() + 1];
  }

  public EditorStep previous() {
    return isFirst() ? this : values()[ordinal() - 1];
  }
}
