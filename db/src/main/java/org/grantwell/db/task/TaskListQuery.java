package org.grantwell.db.task;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which open tasks a person sees: those assigned to them and the unassigned ones offered to one of
 * their roles, about no bid or about a bid their organisation is on the right side of; then
 * filtered ("contains", any case) and sorted by the columns of the inbox.
 *
 * @param username the person ({@code ACT_RU_TASK.ASSIGNEE_})
 * @param roles their roles, identical to the candidate groups
 * @param organisationId the organisation they act for
 * @param national whether they see every organisation's bids (national finance, admin)
 * @param leadTaskKeys tasks the bid's lead organisation acts on
 * @param pccOfficeTaskKeys tasks the area's PCC office acts on
 * @param funderTaskKeys tasks the round's funder acts on (any other task: anyone who may read the bid)
 * @param filters column to the text it must contain; columns are {@link Column} names
 * @param sort columns in order, each ascending unless {@link Sort#descending}
 */
public record TaskListQuery(
    String username,
    Set<String> roles,
    Long organisationId,
    boolean national,
    Set<String> leadTaskKeys,
    Set<String> pccOfficeTaskKeys,
    Set<String> funderTaskKeys,
    Map<Column, String> filters,
    List<Sort> sort) {

  public TaskListQuery {
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
    leadTaskKeys = Set.copyOf(leadTaskKeys);
    pccOfficeTaskKeys = Set.copyOf(pccOfficeTaskKeys);
    funderTaskKeys = Set.copyOf(funderTaskKeys);
    filters = Map.copyOf(filters);
    sort = List.copyOf(sort);
  }

  /** The same people and tasks, other filters and order. */
  public TaskListQuery with(Map<Column, String> otherFilters, List<Sort> otherSort) {
    return new TaskListQuery(username, roles, organisationId, national, leadTaskKeys, pccOfficeTaskKeys, funderTaskKeys,
        otherFilters, otherSort);
  }

  /** The columns of the inbox that can be filtered and sorted in SQL. */
  public enum Column {
    TASK_KEY("t.TASK_DEF_KEY_"),
    NAME("t.NAME_"),
    BID_REFERENCE("b.reference"),
    ROUND_REFERENCE("r.reference"),
    PROGRAMME_CODE("p.code"),
    FORCE_AREA("a.name"),
    ASSIGNEE("t.ASSIGNEE_"),
    DUE("t.DUE_DATE_");

    final String sql;

    Column(String sql) {
      this.sql = sql;
    }
  }

  public record Sort(Column column, boolean descending) {
    public Sort {
      Objects.requireNonNull(column, "column");
    }
  }
}
