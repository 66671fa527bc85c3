package org.grantwell.web.bid;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.bid.BidService;
import org.grantwell.workflow.bid.BidSummary;
import org.grantwell.workflow.bid.BidView;
import org.grantwell.workflow.history.BidHistoryService;
import org.grantwell.workflow.history.DiagramView;
import org.grantwell.workflow.history.HistoryStep;
import org.grantwell.workflow.shared.NotFoundException;

/**
 * A bid's page (what it asks for, where its process stands drawn as the BPMN diagram with the
 * current step highlighted, its history) and the list of the bids the person may see.
 */
@Named
@ViewScoped
public class BidPageView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient BidService bids;
  @Inject private transient BidHistoryService histories;
  @Inject private transient CurrentCaller caller;

  private Long id;
  private BidView bid;
  private List<HistoryStep> history;
  private DiagramView diagram;
  private List<BidSummary> list;

  /** Loads the bid (f:viewAction); a bid of another organisation is "not found" (404). */
  public void load() throws IOException {
    try {
      bid = bids.get(caller.current().orElseThrow(), id);
      history = histories.history(caller.current().orElseThrow(), id);
      try {
        diagram = histories.diagram(caller.current().orElseThrow(), id);
      } catch (NotFoundException noProcess) {
        diagram = null;
      }
    } catch (NotFoundException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "There is no bid " + id);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public List<BidSummary> getList() {
    if (list == null) {
      list = bids.search(caller.current().orElseThrow(), null, null, null, 0, 100).items();
    }
    return list;
  }

  public String money(BigDecimal pounds) {
    return pounds == null ? "" : MoneyFormat.format(Money.of(pounds));
  }

  public String when(Instant instant) {
    return instant == null ? "" : org.grantwell.web.faces.UkDates.dateTime(instant);
  }

  /** The diagram's active activity ids, comma separated, for the viewer script. */
  public String getActiveIds() {
    return diagram == null ? "" : String.join(",", diagram.activeActivityIds());
  }

  public String getCompletedIds() {
    return diagram == null ? "" : String.join(",", diagram.completedActivityIds());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public BidView getBid() {
    return bid;
  }

  public List<HistoryStep> getHistory() {
    return history;
  }

  public DiagramView getDiagram() {
    return diagram;
  }
}
