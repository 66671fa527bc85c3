package org.grantwell.db.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.shared.SqlValues;
import org.grantwell.db.task.TaskListQuery.Column;
import org.grantwell.db.task.TaskListQuery.Sort;

/**
 * The inbox as two SQL statements (a count and a page) over the engine's task tables, joined with
 * the bid each task's process is about ({@code bidId} on the process instance). Who may see which
 * task is decided in the WHERE clause, so a page costs the same whether the country has a hundred
 * open tasks or a hundred thousand. Works on PostgreSQL and H2 (plain SQL, unquoted names).
 */
@ApplicationScoped
public class TaskListRepository {

  /** The {@code bidId} variable of a process instance (alias {@code v}): the bid the process is about. */
  private static final String BID_VARIABLE = "v.NAME_ = 'bidId' AND v.TASK_ID_ IS NULL AND v.TYPE_ = 'long'";

  private static final String FROM =
      " FROM ACT_RU_TASK t"
          + " JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_"
          + " LEFT JOIN ACT_RU_VARIABLE v ON v.EXECUTION_ID_ = t.PROC_INST_ID_ AND " + BID_VARIABLE
          + " LEFT JOIN bid b ON b.id = v.LONG_"
          + " LEFT JOIN funding_round r ON r.id = b.funding_round_id"
          + " LEFT JOIN funding_programme p ON p.id = r.programme_id"
          + " LEFT JOIN force_area a ON a.id = b.force_area_id";

  private static final String COLUMNS =
      "SELECT t.ID_, t.TASK_DEF_KEY_, t.NAME_, d.KEY_, t.EXECUTION_ID_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_,"
          + " b.id, b.reference, b.title, r.reference, p.code, a.name";

  @PersistenceContext private EntityManager em;

  public long count(TaskListQuery query) {
    Statement where = where(query);
    return SqlValues.number(where.bind(em.createNativeQuery("SELECT COUNT(*)" + FROM + where.sql)).getSingleResult());
  }

  /** A page of the list ({@code max} &lt;= 0: all of it). */
  public List<TaskRow> page(TaskListQuery query, int first, int max) {
    Statement where = where(query);
    Query page = where.bind(em.createNativeQuery(COLUMNS + FROM + where.sql + orderBy(query.sort())));
    if (first > 0) {
      page.setFirstResult(first);
    }
    if (max > 0) {
      page.setMaxResults(max);
    }
    List<TaskRow> rows = new ArrayList<>();
    for (Object result : page.getResultList()) {
      rows.add(row((Object[]) result));
    }
    return rows;
  }

  /**
   * The bid a process is about: the {@code bidId} variable its instance was started with (the same
   * join as the list's), or empty for a process about no bid.
   */
  public java.util.Optional<Long> bidIdOfProcess(String processInstanceId) {
    List<?> ids = em.createNativeQuery("SELECT v.LONG_ FROM ACT_RU_VARIABLE v WHERE v.EXECUTION_ID_ = ?1 AND " + BID_VARIABLE)
        .setParameter(1, processInstanceId)
        .getResultList();
    return ids.isEmpty() || ids.get(0) == null ? java.util.Optional.empty() : java.util.Optional.of(SqlValues.number(ids.get(0)));
  }

  /**
   * Locks an open task's row until the transaction ends and answers its revision, or empty when
   * the task is gone (completed by a transaction that committed first). Two people completing one
   * task at once: the second waits here, before any of its domain writes, until the first has
   * committed or rolled back, then finds the task gone or changed.
   */
  public java.util.OptionalInt lockTask(String taskId) {
    List<?> revisions = em.createNativeQuery("SELECT t.REV_ FROM ACT_RU_TASK t WHERE t.ID_ = ?1 FOR UPDATE")
        .setParameter(1, taskId)
        .getResultList();
    return revisions.isEmpty() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of((int) SqlValues.number(revisions.get(0)));
  }

  private static TaskRow row(Object[] row) {
    return new TaskRow(SqlValues.text(row[0]), SqlValues.text(row[1]), SqlValues.text(row[2]), SqlValues.text(row[3]),
        SqlValues.text(row[4]), SqlValues.text(row[5]), SqlValues.instant(row[6]), SqlValues.instant(row[7]),
        row[8] == null ? null : SqlValues.number(row[8]), SqlValues.text(row[9]), SqlValues.text(row[10]),
        SqlValues.text(row[11]), SqlValues.text(row[12]), SqlValues.text(row[13]));
  }

  static Statement where(TaskListQuery query) {
    Statement where = new Statement();
    StringBuilder sql = where.sql;
    sql.append(" WHERE t.SUSPENSION_STATE_ = 1 AND (t.ASSIGNEE_ = ?").append(where.add(query.username()));
    if (!query.roles().isEmpty()) {
      sql.append(" OR (t.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_")
          .append(" AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IN (").append(where.list(query.roles())).append(")))");
    }
    sql.append(")");
    if (!query.national()) {
      // a task about no bid: its candidates; about a bid: the side that acts on it, or (a task of
      // no side) anyone whose organisation may read the bid
      Set<String> sided = new java.util.HashSet<>(query.leadTaskKeys());
      sided.addAll(query.pccOfficeTaskKeys());
      sided.addAll(query.funderTaskKeys());
      Long organisation = query.organisationId() == null ? -1L : query.organisationId();
      sql.append(" AND (b.id IS NULL");
      side(where, query.leadTaskKeys(), "b.lead_organisation_id", organisation);
      side(where, query.pccOfficeTaskKeys(), "b.pcc_office_id", organisation);
      side(where, query.funderTaskKeys(), "r.funder_id", organisation);
      sql.append(" OR (");
      if (!sided.isEmpty()) {
        sql.append("t.TASK_DEF_KEY_ NOT IN (").append(where.list(sided)).append(") AND ");
      }
      sql.append('?').append(where.add(organisation)).append(" IN (b.lead_organisation_id, b.pcc_office_id, r.funder_id)))");
    }
    for (Map.Entry<Column, String> filter : query.filters().entrySet()) {
      String text = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
      if (!text.isEmpty() && filter.getKey() != Column.DUE) {
        sql.append(" AND LOWER(").append(filter.getKey().sql).append(") LIKE ?").append(where.add("%" + escapeLike(text) + "%"))
            .append(" ESCAPE '\\'");
      }
    }
    return where;
  }

  private static void side(Statement where, Set<String> keys, String column, Long organisation) {
    if (!keys.isEmpty()) {
      where.sql.append(" OR (t.TASK_DEF_KEY_ IN (").append(where.list(keys)).append(") AND ").append(column).append(" = ?")
          .append(where.add(organisation)).append(")");
    }
  }

  static String orderBy(List<Sort> sort) {
    StringBuilder order = new StringBuilder(" ORDER BY ");
    for (Sort by : sort) {
      order.append(by.column().sql).append(by.descending() ? " DESC" : " ASC").append(" NULLS LAST, ");
    }
    // the inbox's own order last: due first (undated last), then oldest first; the id keeps pages stable
    return order.append("t.DUE_DATE_ ASC NULLS LAST, t.CREATE_TIME_ ASC, t.ID_ ASC").toString();
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** SQL with numbered parameters (EclipseLink's native queries take ?1, ?2, ...). */
  static final class Statement {
    final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    /** Adds a value; returns its number, to follow a "?". */
    String add(Object value) {
      values.add(value);
      return String.valueOf(values.size());
    }

    String list(Set<String> items) {
      StringBuilder list = new StringBuilder();
      for (String item : new java.util.TreeSet<>(items)) {
        list.append(list.isEmpty() ? "" : ", ").append('?').append(add(item));
      }
      return list.toString();
    }

    Query bind(Query query) {
      for (int i = 0; i < values.size(); i++) {
        query.setParameter(i + 1, values.get(i));
      }
      return query;
    }
  }
}
