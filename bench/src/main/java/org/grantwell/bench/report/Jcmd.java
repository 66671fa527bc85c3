package org.grantwell.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Runs the JDK's {@code jcmd} against the server's JVM (same machine, same user) and returns its answer. */
public final class Jcmd {

  private Jcmd() {}

  public static String run(String pid, String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + pid + " " + command + ": " + output);
    }
    return output;
  }
}
