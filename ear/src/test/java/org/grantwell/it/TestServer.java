package org.grantwell.it;

import static org.grantwell.it.LifecycleSteps.BASE;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The test domain itself, through {@code ./grantwell test-domain}: restarts of the kinds operators and power cuts make. */
final class TestServer {

  private TestServer() {}

  /** {@code kill -9} of the server, then a start; returns when the application answers again. */
  static void crash() throws Exception {
    run("crash");
  }

  /** A graceful stop ({@code asadmin stop-domain}: the application is shut down), then a start. */
  static void restart() throws Exception {
    run("restart");
  }

  private static void run(String action) throws Exception {
    File script = new File(System.getProperty("grantwell.script", "../grantwell"));
    Process process = new ProcessBuilder("bash", script.getAbsolutePath(), "test-domain", action)
        .directory(script.getAbsoluteFile().getParentFile()).inheritIO().start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError("./grantwell test-domain " + action + " failed");
    }
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      try {
        if (Http.get(BASE, "api/health").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // the server is still starting
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the application did not answer /api/health within 3 minutes of the " + action);
  }
}
