package org.grantwell.workflow.report;

import java.util.List;
import java.util.Map;

/**
 * What the Action 1 dashboard shows for one scope: the report, the ids of the bids it names (the
 * bid page is addressed by id) and the funders and programmes the caller may choose from.
 *
 * @param scope the scope as applied (for a caller who is not national, always their own funder)
 * @param bidIds bid reference to bid id, for every bid the report names
 * @param funders the funders the caller may choose, by name; one (their own) unless national
 * @param programmes the programmes of the rounds of the chosen funder (all funders when none)
 */
public record Action1Dashboard(
    Action1Scope scope,
    Action1Report report,
    Map<String, Long> bidIds,
    List<Choice> funders,
    List<Choice> programmes) implements java.io.Serializable {

  public Action1Dashboard {
    bidIds = Map.copyOf(bidIds);
    funders = List.copyOf(funders);
    programmes = List.copyOf(programmes);
  }

  /** One option of a filter: the value sent and the words shown. */
  public record Choice(String value, String label) implements java.io.Serializable {}
}
