package org.grantwell.bench.data;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.persistence.entity.TaskMeterLogEntity;
import org.grantwell.bench.data.BidPlan.QuarterPlan;
import org.grantwell.bench.data.BidPlan.Stage;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The engine's history of the finished lifecycles without replaying each one: the engine runs one
 * template lifecycle per {@link Shape} with marker values (its users, keys and variables are
 * recognisable strings and numbers, and step {@code i} happens at the marker instant {@code BASE +
 * i days + i seconds}), then every history row the template left (all {@code ACT_HI_*} tables, the
 * history byte arrays of its serialized variables and the task-worker meter log) is read back and
 * copied for each bid of that shape with {@code COPY}: fresh ids, the bid's business key, users and
 * variables, and every timestamp moved to the bid's own instant of the same step (a timer's due date
 * or the removal time keeps its whole-day distance from its step), durations recomputed. The
 * templates' own rows are deleted afterwards.
 */
final class HistoryCloner {

  static final Instant BASE = Instant.parse("1990-01-01T00:00:00Z");
  private static final long DAY = 86_400_000L;
  private static final long BID_MARK = 987_654_321_001L;
  private static final long ROUND_MARK = 987_654_322_002L;
  private static final long ORGANISATION_MARK = 987_654_323_003L;
  private static final List<String> TEMPLATE_USERS =
      List.of("tpl.bidder", "tpl.signoff", "tpl.assessor.0", "tpl.assessor.1", "tpl.panel", "tpl.officer");
  private static final Set<String> ID_COLUMNS = Set.of("id_", "proc_inst_id_", "process_instance_id_",
      "root_proc_inst_id_", "execution_id_", "act_inst_id_", "parent_act_inst_id_", "task_id_", "parent_task_id_",
      "job_id_", "operation_id_", "bytearray_id_", "var_inst_id_", "job_exception_stack_id_", "call_proc_inst_id_",
      "super_process_instance_id_", "restarted_proc_inst_id_");
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final String METER_LOG = "act_ru_task_meter_log";

  /** What decides which steps a finished lifecycle takes, so that one template serves all its bids. */
  record Shape(Stage stage, String decision, int quarters, boolean secondAssessorFirst) {
    static Shape of(BidPlan bid) {
      return new Shape(bid.stage(), bid.fundingDecision(), bid.quarters().size(), secondFirst(bid));
    }
  }

  private enum Kind { ID, TEXT, TIME, LONG, DURATION, BYTES, HASH, OTHER }

  private record Rows(String table, List<String> columns, Kind[] kinds, List<Object[]> rows) {}

  /** One template lifecycle: its rows, and the bids that get a copy of them. */
  static final class Template {
    final Shape shape;
    final BidPlan plan;
    String processInstanceId;
    final List<Rows> tables = new ArrayList<>();
    final List<BidPlan> bids = new ArrayList<>();

    Template(Shape shape, BidPlan plan) {
      this.shape = shape;
      this.plan = plan;
    }
  }

  private final DataSource dataSource;
  private final Map<String, Long> hashes = new HashMap<>();
  private final ZoneId zone = ZoneId.systemDefault();

  HistoryCloner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One template per shape of the finished bids, in a stable order. */
  static List<Template> templatesFor(List<BidPlan> finished) {
    Map<Shape, Template> templates = new LinkedHashMap<>();
    for (BidPlan bid : finished) {
      Shape shape = Shape.of(bid);
      templates.computeIfAbsent(shape, s -> new Template(s, templatePlan(s, templates.size() + 1))).bids.add(bid);
    }
    return new ArrayList<>(templates.values());
  }

  private static boolean secondFirst(BidPlan bid) {
    return bid.assessed().size() == 2 && bid.assessed().get(1).isBefore(bid.assessed().get(0));
  }

  private static Instant marker(int step) {
    return BASE.plusMillis(step * (DAY + 1000));
  }

  /** The instants of a lifecycle's steps in the order the engine runs them (0 is the round's close). */
  static List<Instant> steps(BidPlan bid) {
    List<Instant> steps = new ArrayList<>();
    boolean swap = secondFirst(bid);
    steps.addAll(List.of(bid.roundClosesAt(), bid.created(), bid.sent(), bid.signedOff(), bid.submitted(),
        bid.assessed().get(swap ? 1 : 0), bid.assessed().get(swap ? 0 : 1), bid.decided()));
    if (bid.stage() == Stage.CLOSED) {
      steps.add(bid.accepted());
      for (QuarterPlan q : bid.quarters()) {
        steps.addAll(List.of(q.end(), q.returnSubmitted(), q.returnVerified()));
      }
      steps.add(bid.finalReturn());
    }
    return steps;
  }

  private static List<String> users(BidPlan bid) {
    return List.of(bid.bidder(), bid.signOff(), bid.assessors().get(0), bid.assessors().get(1), bid.panel(), bid.officer());
  }

  /** The template lifecycle of a shape: marker users, keys and numbers, step i at {@link #marker}(i). */
  static BidPlan templatePlan(Shape shape, int number) {
    List<Instant> assessed = shape.secondAssessorFirst() ? List.of(marker(6), marker(5)) : List.of(marker(5), marker(6));
    List<QuarterPlan> quarters = new ArrayList<>();
    Instant accepted = null;
    Instant finalReturn = null;
    if (shape.stage() == Stage.CLOSED) {
      accepted = marker(8);
      for (int q = 0; q < shape.quarters(); q++) {
        quarters.add(new QuarterPlan("Q" + q, marker(9 + 3 * q), marker(10 + 3 * q), marker(11 + 3 * q)));
      }
      finalReturn = marker(9 + 3 * shape.quarters());
    }
    BidPlan plan = new BidPlan(BID_MARK, "TPL-" + number, ROUND_MARK, "TPL-ROUND", marker(0), ORGANISATION_MARK,
        shape.stage(), TEMPLATE_USERS.get(0), TEMPLATE_USERS.get(1), TEMPLATE_USERS.subList(2, 4), TEMPLATE_USERS.get(4),
        TEMPLATE_USERS.get(5), shape.decision(), marker(1), marker(2), marker(3), marker(4), assessed, marker(7),
        accepted, quarters, finalReturn);
    List<Instant> steps = steps(plan);
    for (int i = 0; i < steps.size(); i++) {
      if (!steps.get(i).equals(marker(i))) {
        throw new IllegalStateException("Template step " + i + " is not at its marker");
      }
    }
    return plan;
  }

  /** The history tables an instance writes rows to (every one with a root process instance column). */
  private static List<String> historyTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public'"
            + " AND column_name = 'root_proc_inst_id_' AND (table_name LIKE 'act\\_hi\\_%' OR table_name = 'act_ge_bytearray')"
            + " ORDER BY table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  /** Reads a finished template's rows (and the meter-log rows its task assignments left), checking every marker is recognised. */
  void read(Template template) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      for (String table : historyTables(connection)) {
        Rows rows = select(connection, table, "SELECT * FROM " + table + " WHERE root_proc_inst_id_ = ?",
            template.processInstanceId);
        if (!rows.rows().isEmpty()) {
          template.tables.add(rows);
        }
      }
      template.tables.add(select(connection, METER_LOG, "SELECT * FROM " + METER_LOG + " WHERE timestamp_ < ?",
          Timestamp.from(BASE.plusMillis(3650 * DAY))));
      try (PreparedStatement running = connection.prepareStatement(
          "SELECT COUNT(*) FROM act_ru_execution WHERE proc_inst_id_ = ?")) {
        running.setString(1, template.processInstanceId);
        try (ResultSet rs = running.executeQuery()) {
          rs.next();
          if (rs.getLong(1) != 0) {
            throw new IllegalStateException("Template " + template.shape + " did not finish");
          }
        }
      }
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + METER_LOG + " WHERE timestamp_ < ?")) {
        delete.setTimestamp(1, Timestamp.from(BASE.plusMillis(3650 * DAY)));
        delete.executeUpdate();
      }
    }
    check(template);
  }

  private Rows select(Connection connection, String table, String sql, Object parameter) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        Kind[] kinds = new Kind[meta.getColumnCount()];
        for (int c = 1; c <= kinds.length; c++) {
          String name = meta.getColumnName(c).toLowerCase(Locale.ROOT);
          columns.add(name);
          int type = meta.getColumnType(c);
          kinds[c - 1] = ID_COLUMNS.contains(name) ? Kind.ID
              : name.equals("duration_") ? Kind.DURATION
              : name.equals("long_") ? Kind.LONG
              : name.equals("assignee_hash_") ? Kind.HASH
              : type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE ? Kind.TIME
              : type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY ? Kind.BYTES
              : type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGNVARCHAR || type == Types.NVARCHAR ? Kind.TEXT
              : Kind.OTHER;
        }
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
          Object[] row = new Object[kinds.length];
          for (int c = 0; c < kinds.length; c++) {
            row[c] = switch (kinds[c]) {
              case TIME -> {
                Timestamp t = rs.getTimestamp(c + 1);
                yield t == null ? null : t.getTime();
              }
              case BYTES -> rs.getBytes(c + 1);
              default -> rs.getObject(c + 1);
            };
          }
          rows.add(row);
        }
        return new Rows(table, columns, kinds, rows);
      }
    }
  }

  /** Every marker in the template is one the copies replace; anything else would leak template values. */
  private void check(Template template) {
    Map<String, String> text = texts(template.plan, template.plan);
    List<Instant> steps = steps(template.plan);
    for (Rows rows : template.tables) {
      for (Object[] row : rows.rows()) {
        for (int c = 0; c < row.length; c++) {
          Object v = row[c];
          if (v == null) {
            continue;
          }
          String where = rows.table() + "." + rows.columns().get(c) + " of template " + template.shape;
          switch (rows.kinds()[c]) {
            case TEXT -> {
              String s = (String) v;
              if (!text.containsKey(s) && (s.contains("tpl.") || s.contains("TPL-") || s.contains("987654") || s.contains("1990-"))) {
                throw new IllegalStateException(where + " holds a template value inside text: " + s);
              }
            }
            case TIME -> time((Long) v, steps, where);
            case BYTES -> {
              if (rows.table().equals("act_ge_bytearray") && "assessors".equals(row[rows.columns().indexOf("name_")])) {
                if (!Arrays.equals((byte[]) v, serialized(template.plan.assessors()))) {
                  throw new IllegalStateException(where + " is not the Java serialization of the assessors");
                }
              } else if (new String((byte[]) v, StandardCharsets.ISO_8859_1).contains("tpl.")) {
                throw new IllegalStateException(where + " holds template values in bytes");
              }
            }
            case OTHER -> {
              if (v instanceof Long l && (l == BID_MARK || l == ROUND_MARK || l == ORGANISATION_MARK)) {
                throw new IllegalStateException(where + " holds a template number");
              }
            }
            case HASH -> hashIndex(template, (Long) v);
            default -> { }
          }
        }
      }
    }
  }

  /** The bid's strings for the template's marker strings. */
  private static Map<String, String> texts(BidPlan template, BidPlan bid) {
    Map<String, String> map = new HashMap<>();
    List<String> from = users(template);
    List<String> to = users(bid);
    for (int i = 0; i < from.size(); i++) {
      map.put(from.get(i), to.get(i));
    }
    map.put(template.reference(), bid.reference());
    map.put(String.valueOf(BID_MARK), String.valueOf(bid.id()));
    map.put(String.valueOf(ROUND_MARK), String.valueOf(bid.roundId()));
    map.put(String.valueOf(ORGANISATION_MARK), String.valueOf(bid.leadOrganisationId()));
    List<Instant> a = steps(template);
    List<Instant> b = steps(bid);
    for (int i = 0; i < a.size(); i++) {
      map.put(a.get(i).toString(), b.get(i).toString());
    }
    return map;
  }

  /** The bid's instant for a template instant: the same step, plus the same whole days after it. */
  private static long time(long templateMillis, List<Instant> bidSteps, String where) {
    long rel = templateMillis - BASE.toEpochMilli();
    long ofDay = Math.floorMod(rel, DAY);
    int step = (int) (ofDay / 1000);
    long offset = rel - step * (DAY + 1000);
    if (ofDay % 1000 != 0 || step >= bidSteps.size() || offset < 0 || offset % DAY != 0) {
      throw new IllegalStateException(where + ": " + Instant.ofEpochMilli(templateMillis) + " is no step of the template");
    }
    return bidSteps.get(step).toEpochMilli() + offset;
  }

  private int hashIndex(Template template, long hash) {
    List<String> users = users(template.plan);
    for (int i = 0; i < users.size(); i++) {
      if (hash(users.get(i)) == hash) {
        return i;
      }
    }
    throw new IllegalStateException("A meter-log hash of template " + template.shape + " is none of its users'");
  }

  private long hash(String user) {
    return hashes.computeIfAbsent(user, u -> new TaskMeterLogEntity(u, new Date(0)).getAssigneeHash());
  }

  static byte[] serialized(List<String> list) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(list));
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Deletes the templates' own rows. */
  void deleteTemplates(List<Template> templates) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String[] ids = templates.stream().map(t -> t.processInstanceId).toArray(String[]::new);
      for (String table : historyTables(connection)) {
        try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM " + table + " WHERE root_proc_inst_id_ = ANY (?)")) {
          delete.setArray(1, connection.createArrayOf("varchar", ids));
          delete.executeUpdate();
        }
      }
    }
  }

  /** What two instances' histories must agree on, table by table (everything but ids). */
  private static final Map<String, String> COMPARED = Map.of(
      "act_hi_procinst", "business_key_, proc_def_id_, start_time_, end_time_, duration_, start_user_id_, start_act_id_,"
          + " end_act_id_, state_, removal_time_",
      "act_hi_actinst", "act_id_, act_type_, assignee_, start_time_, end_time_, duration_, act_inst_state_,"
          + " sequence_counter_, removal_time_",
      "act_hi_taskinst", "task_def_key_, name_, assignee_, owner_, start_time_, end_time_, duration_, delete_reason_,"
          + " due_date_, task_state_, removal_time_",
      "act_hi_varinst", "name_, var_type_, text_, text2_, long_, double_, create_time_, state_, removal_time_",
      "act_hi_detail", "type_, name_, var_type_, text_, text2_, long_, time_, sequence_counter_, initial_, removal_time_",
      "act_hi_identitylink", "type_, user_id_, group_id_, timestamp_, operation_type_, assigner_id_, removal_time_",
      "act_hi_op_log", "user_id_, timestamp_, operation_type_, entity_type_, property_, org_value_, new_value_,"
          + " category_, removal_time_",
      "act_hi_job_log", "timestamp_, job_duedate_, job_state_, job_def_type_, act_id_, sequence_counter_, removal_time_",
      "act_ge_bytearray", "name_, bytes_, type_, create_time_, removal_time_");

  /**
   * Self-check: the rows (ids aside) that differ between a copied history and the history the
   * engine wrote replaying the same bid; 0 when the copy is exact.
   */
  long differences(String copied, String replayed) throws SQLException {
    long differences = 0;
    try (Connection connection = dataSource.getConnection()) {
      for (Map.Entry<String, String> table : COMPARED.entrySet()) {
        String one = "SELECT " + table.getValue() + " FROM " + table.getKey() + " WHERE root_proc_inst_id_ = ?";
        String sql = "SELECT COUNT(*) FROM ((" + one + " EXCEPT ALL " + one + ") UNION ALL (" + one + " EXCEPT ALL " + one + ")) d";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          statement.setString(1, copied);
          statement.setString(2, replayed);
          statement.setString(3, replayed);
          statement.setString(4, copied);
          try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              java.util.logging.Logger.getLogger(HistoryCloner.class.getName()).warning(
                  table.getKey() + ": " + rs.getLong(1) + " rows differ between copy " + copied + " and replay " + replayed);
            }
            differences += rs.getLong(1);
          }
        }
      }
    }
    return differences;
  }

  /** The cloned process instance of a bid. */
  String processInstanceOf(BidPlan bid, Template template) {
    return id(bid.id(), template.processInstanceId);
  }

  /**
   * A copy's id: the bid's id and the template's id, {@code <bid>-<template id>}. Unique (bid ids
   * are, and the template ids all come from the one engine), deterministic, never all digits (so
   * never an id the engine's own generator hands out later), and short enough for the 64
   * characters of an activity instance id such as {@code Task_AssessBid#multiInstanceBody:<id>}.
   */
  private static String id(long bid, String old) {
    return bid + "-" + old;
  }

  /**
   * Copies every template's rows for each of its bids, one {@code COPY} per table (all tables'
   * streams open at once, so the server loads them side by side); gives the rows written per table.
   */
  Map<String, Long> copy(List<Template> templates) throws SQLException, IOException {
    Map<String, Long> written = new LinkedHashMap<>();
    Map<String, Connection> connections = new LinkedHashMap<>();
    Map<String, Writer> writers = new LinkedHashMap<>();
    try {
      for (Template template : templates) {
        for (Rows rows : template.tables) {
          if (!writers.containsKey(rows.table())) {
            Connection connection = dataSource.getConnection();
            connections.put(rows.table(), connection);
            String sql = "COPY " + rows.table() + " (" + String.join(", ", rows.columns()) + ") FROM STDIN";
            writers.put(rows.table(), new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 20), StandardCharsets.UTF_8), 1 << 20));
            written.put(rows.table(), 0L);
          }
        }
      }
      StringBuilder line = new StringBuilder(512);
      for (Template template : templates) {
        for (BidPlan bid : template.bids) {
          Map<String, String> text = texts(template.plan, bid);
          List<Instant> steps = steps(bid);
          List<String> bidUsers = users(bid);
          for (Rows rows : template.tables) {
            Writer out = writers.get(rows.table());
            int start = rows.columns().indexOf("start_time_");
            int end = rows.columns().indexOf("end_time_");
            for (Object[] row : rows.rows()) {
              Object[] copy = new Object[row.length];
              for (int c = 0; c < row.length; c++) {
                Object v = row[c];
                if (v == null) {
                  continue;
                }
                copy[c] = switch (rows.kinds()[c]) {
                  case ID -> newId(bid.id(), (String) v);
                  case TEXT -> text.getOrDefault((String) v, (String) v);
                  case TIME -> time((Long) v, steps, rows.table());
                  case LONG -> {
                    long l = ((Number) v).longValue();
                    yield l == BID_MARK ? bid.id() : l == ROUND_MARK ? bid.roundId()
                        : l == ORGANISATION_MARK ? bid.leadOrganisationId() : v;
                  }
                  case BYTES -> rows.table().equals("act_ge_bytearray")
                      && "assessors".equals(row[rows.columns().indexOf("name_")]) ? serialized(bid.assessors()) : v;
                  case HASH -> hash(bidUsers.get(hashIndex(template, (Long) v)));
                  default -> v;
                };
              }
              for (int c = 0; c < row.length; c++) {
                if (rows.kinds()[c] == Kind.DURATION && copy[c] != null && start >= 0 && end >= 0
                    && copy[start] != null && copy[end] != null) {
                  copy[c] = (Long) copy[end] - (Long) copy[start];
                }
              }
              line.setLength(0);
              render(line, rows.kinds(), copy);
              out.append(line);
            }
            written.merge(rows.table(), (long) rows.rows().size(), Long::sum);
          }
        }
      }
      for (Writer writer : writers.values()) {
        writer.close();
      }
    } finally {
      for (Connection connection : connections.values()) {
        connection.close();
      }
    }
    return written;
  }

  private static String newId(long bid, String old) {
    int colon = old.lastIndexOf(':');
    if (colon >= 0) {
      return old.substring(0, colon + 1) + newId(bid, old.substring(colon + 1));
    }
    return id(bid, old);
  }

  private void render(StringBuilder line, Kind[] kinds, Object[] row) {
    for (int c = 0; c < row.length; c++) {
      if (c > 0) {
        line.append('\t');
      }
      Object v = row[c];
      if (v == null) {
        line.append("\\N");
      } else if (kinds[c] == Kind.TIME) {
        line.append(TIMESTAMP.format(LocalDateTime.ofInstant(Instant.ofEpochMilli((Long) v), zone)));
      } else if (v instanceof byte[] bytes) {
        line.append("\\\\x");
        for (byte b : bytes) {
          line.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
      } else if (v instanceof Boolean b) {
        line.append(b ? 't' : 'f');
      } else if (v instanceof String s) {
        for (int i = 0; i < s.length(); i++) {
          char ch = s.charAt(i);
          switch (ch) {
            case '\\' -> line.append("\\\\");
            case '\t' -> line.append("\\t");
            case '\n' -> line.append("\\n");
            case '\r' -> line.append("\\r");
            default -> line.append(ch);
          }
        }
      } else {
        line.append(v);
      }
    }
    line.append('\n');
  }
}
