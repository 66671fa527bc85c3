package org.grantwell.workflow.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grantwell.workflow.engine.TransactionBoundary;

/**
 * Loads the demo data on the first start when the system property {@code grantwell.demoData} is
 * {@code true} (set by {@code ./grantwell run} and the tests, never in production). Runs after the
 * schema and the engine are up.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
  public static final String PROPERTY = "grantwell.demoData";

  @Inject private DemoDataService demoData;
  @EJB private TransactionBoundary transactionBoundary;

  @PostConstruct
  void load() {
    if (!Boolean.getBoolean(PROPERTY)) {
      return;
    }
    try {
      // in a transaction the EJB container begins: one begun in this bean-managed singleton's
      // start-up (by @Transactional) does not enlist the connections taken in it
      if (transactionBoundary.required(demoData::loadOnce).get()) {
        LOG.info("Demo data loaded");
      } else {
        LOG.info("Demo data already present; not loaded again");
      }
    } catch (RuntimeException e) {
      // Another server may have loaded it at the same moment (the marker row's key refuses a
      // second load); the application runs either way.
      LOG.log(Level.WARNING, "Demo data not loaded", e);
    }
  }
}
