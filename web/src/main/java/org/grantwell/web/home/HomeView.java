package org.grantwell.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;
import org.grantwell.workflow.round.RoundService;
import org.grantwell.workflow.round.RoundView;

/**
 * The landing page (the rounds open now, with the days left in each window) and the signed-in
 * home page: the person's open tasks with their due dates, and the rounds closing soonest.
 */
@Named
@RequestScoped
public class HomeView {


  @Inject private RoundService rounds;
  @Inject private org.grantwell.workflow.task.TaskInboxService inbox;
  @Inject private org.grantwell.web.security.CurrentCaller caller;

  private List<RoundView> openRounds;
  /** How many tasks the home page lists; the inbox has the rest. */
  static final int TASKS_SHOWN = 10;

  private org.grantwell.workflow.shared.Page<org.grantwell.workflow.task.TaskView> tasks;

  /** The signed-in person's soonest-due tasks (at most {@link #TASKS_SHOWN}). */
  public List<org.grantwell.workflow.task.TaskView> getTasks() {
    return taskPage().items();
  }

  /** How many open tasks the signed-in person has in all. */
  public long getTaskCount() {
    return taskPage().total();
  }

  private org.grantwell.workflow.shared.Page<org.grantwell.workflow.task.TaskView> taskPage() {
    if (tasks == null) {
      tasks = caller.current().map(c -> inbox.search(c, java.util.Map.of(), 0, TASKS_SHOWN))
          .orElse(new org.grantwell.workflow.shared.Page<>(List.of(), 0, TASKS_SHOWN, 0));
    }
    return tasks;
  }

  public String date(java.time.Instant instant) {
    return instant == null ? "" : org.grantwell.web.faces.UkDates.date(instant);
  }

  /** Due within seven days (or overdue). */
  public boolean dueSoon(java.time.Instant due) {
    return due != null && due.isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(7)));
  }

  public List<RoundView> getOpenRounds() {
    if (openRounds == null) {
      openRounds = rounds.openRounds().stream().sorted(java.util.Comparator.comparing(RoundView::closesAt)).toList();
    }
    return openRounds;
  }

  public String closes(RoundView round) {
    return org.grantwell.web.faces.UkDates.date(round.closesAt());
  }

  public long daysLeft(RoundView round) {
    return ChronoUnit.DAYS.between(
        LocalDate.now(FinancialYear.LONDON), round.closesAt().atZone(FinancialYear.LONDON).toLocalDate());
  }

  public String money(java.math.BigDecimal amount) {
    return MoneyFormat.format(Money.of(amount));
  }
}
