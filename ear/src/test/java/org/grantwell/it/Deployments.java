package org.grantwell.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, as Arquillian deploys it; tests never hand-list classes. */
public final class Deployments {

  public static final String WAR = "grantwell-web.war";

  private Deployments() {}

  /** The built EAR, unchanged (for tests that run as a client). */
  public static EnterpriseArchive ear() {
    File ear = new File(System.getProperty("grantwell.ear", "target/grantwell.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException("Build the EAR first (mvn package): " + ear.getAbsolutePath());
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /** The built EAR with the given test classes added to its WAR (for in-container tests). */
  public static EnterpriseArchive earWith(Class<?>... testClasses) {
    EnterpriseArchive ear = ear();
    ear.getAsType(WebArchive.class, WAR).addClasses(testClasses);
    return ear;
  }
}
