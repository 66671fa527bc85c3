package org.grantwell.workflow.export;

import java.time.Instant;
import java.util.List;

/**
 * What publishing the 360Giving file did.
 *
 * @param published how many awards were marked published now (those not published before)
 * @param grantIds the 360Giving ids of every grant the file includes, published now or before
 */
public record Publication(Instant publishedAt, int published, List<String> grantIds) implements java.io.Serializable {

  public Publication {
    grantIds = List.copyOf(grantIds);
  }
}
