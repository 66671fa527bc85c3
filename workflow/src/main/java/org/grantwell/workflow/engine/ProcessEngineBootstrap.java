package org.grantwell.workflow.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.grantwell.db.migration.SchemaMigrator;
import org.grantwell.db.migration.SchemaMigrator.DatabaseVendor;
import org.grantwell.workflow.model.ProcessKeys;

/**
 * Starts the application: migrates the schema with Flyway, then builds the Camunda engine on the
 * application's own JTA data source and the server's transaction manager, so that a JPA write and
 * the workflow step that caused it commit or roll back together, and deploys the BPMN models.
 *
 * <p>Bean-managed transactions: Flyway runs outside any transaction. Callers get the engine from
 * here and do engine work in their own transaction (a call into this bean would suspend it).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());
  /** System property that turns the job executor off (it is on unless set to {@code false}). */
  public static final String JOB_EXECUTOR_PROPERTY = "grantwell.jobExecutor";
  /** The Payara instance's name ({@code server} on a domain of its own). */
  static final String INSTANCE_NAME_PROPERTY = "com.sun.aas.instanceName";

  @Resource(lookup = "jdbc/grantwell")
  private DataSource dataSource;

  @Resource(lookup = "java:appserver/TransactionManager")
  private TransactionManager transactionManager;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService managedExecutor;

  @Inject private BeanManager beanManager;

  @EJB private TransactionBoundary transactionBoundary;

  private ProcessEngine processEngine;
  private DatabaseVendor vendor;
  private String schemaVersion;

  @PostConstruct
  void start() {
    SchemaMigrator migrator = new SchemaMigrator(dataSource);
    vendor = migrator.vendor();
    schemaVersion = migrator.migrate();
    // Delegates are CDI beans of this module: resolve names through this module's bean manager.
    BeanManagerLookup.localInstance = beanManager;
    processEngine = configuration().buildProcessEngine();
    RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(processEngine);
    deployProcesses();
    LOG.info(() -> "Workflow engine started on " + vendor.productName() + ", schema " + schemaVersion);
  }

  private ProcessEngineConfiguration configuration() {
    // Commands that begin a transaction get one from the EJB container (ContainerTransactionInterceptor)
    JakartaTransactionProcessEngineConfiguration configuration =
        new JakartaTransactionProcessEngineConfiguration() {
          @Override
          protected CommandInterceptor createTransactionInterceptor(boolean requiresNew) {
            return new ContainerTransactionInterceptor(transactionManager, requiresNew, () -> transactionBoundary);
          }
        };
    configuration.setProcessEngineName(ProcessEngines.NAME);
    configuration.setDataSource(
        org.grantwell.db.shared.SqlStatementCount.enabled() ? StatementCountingDataSource.wrap(dataSource) : dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseType(vendor == DatabaseVendor.POSTGRESQL ? "postgres" : "h2");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    // Ids made in this JVM, not blocks drawn from ACT_GE_PROPERTY: two instances drawing their
    // next block at the same moment get an OptimisticLockingException, and the request that
    // needed the id fails (the cluster suite's 1,000 rounds created four at a time across two
    // instances got a 500 so). Camunda's advice for engines sharing a database.
    configuration.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator());
    configuration.setExpressionManager(new CdiExpressionManager());
    configuration.setClassLoader(ProcessEngineBootstrap.class.getClassLoader());
    configuration.setDbMetricsReporterActivate(false);
    // Every bid's status is where its process stands: a listener on each stage activity writes it.
    configuration.setCustomPreBPMNParseListeners(
        new java.util.ArrayList<>(java.util.List.of(new org.grantwell.workflow.lifecycle.BidStageParseListener())));
    configuration.setJobExecutorActivate(!"false".equals(System.getProperty(JOB_EXECUTOR_PROPERTY)));
    // In a cluster every instance runs a job executor on the shared tables; the instance's name
    // (Payara sets it per instance) goes into the job log, so each job says where it ran.
    String instance = System.getProperty(INSTANCE_NAME_PROPERTY);
    if (instance != null && !instance.isBlank()) {
      configuration.setHostname(instance);
    }
    // Jobs run on the server's managed threads, which carry the application's context (CDI
    // injection, JNDI, the class loader); plain threads get delegates without their injections.
    ManagedJobExecutor jobExecutor = new ManagedJobExecutor(managedExecutor);
    jobExecutor.setWaitTimeInMillis(500);
    jobExecutor.setMaxWait(2000);
    if (instance != null && !instance.isBlank()) {
      jobExecutor.setLockOwner(instance + "-" + java.util.UUID.randomUUID());
    }
    configuration.setJobExecutor(jobExecutor);
    return configuration;
  }

  private void deployProcesses() {
    DeploymentBuilder deployment =
        processEngine
            .getRepositoryService()
            .createDeployment()
            .name("grantwell")
            .enableDuplicateFiltering(true);
    for (String key : ProcessKeys.ALL) {
      deployment.addClasspathResource("processes/" + key + ".bpmn");
    }
    deployment.deploy();
  }

  @PreDestroy
  void stop() {
    if (processEngine != null) {
      RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(processEngine);
      processEngine.close();
      BeanManagerLookup.localInstance = null;
    }
  }

  public ProcessEngine processEngine() {
    return processEngine;
  }

  public DatabaseVendor vendor() {
    return vendor;
  }

  public String schemaVersion() {
    return schemaVersion;
  }
}
