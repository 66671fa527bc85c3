package org.grantwell.workflow.health;

/**
 * What {@code GET /api/health} answers.
 *
 * @param status {@code UP} or {@code DOWN}
 * @param database {@code PostgreSQL} or {@code H2}, or {@code null} when it cannot be reached
 * @param schemaVersion the Flyway schema version in force
 * @param engine the workflow engine's state: {@code RUNNING} or {@code STOPPED}
 * @param jobExecutor whether the engine's job executor (timers, asynchronous steps) is active
 * @param message why the status is {@code DOWN}, else {@code null}
 */
public record HealthReport(
    String status,
    String database,
    String schemaVersion,
    String engine,
    boolean jobExecutor,
    String message) implements java.io.Serializable {

  public boolean up() {
    return "UP".equals(status);
  }
}
