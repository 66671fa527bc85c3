package org.grantwell.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The marker that the demo data has been loaded: one row with id 1, so a second load fails. */
@Entity
@Table(name = "demo_seed")
public class DemoSeed {

  @Id private Integer id;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  protected DemoSeed() {}

  public DemoSeed(Instant loadedAt) {
    this.id = 1;
    this.loadedAt = loadedAt;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }
}
