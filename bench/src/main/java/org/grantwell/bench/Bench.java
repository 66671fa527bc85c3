package org.grantwell.bench;

/** Entry point of {@code ./grantwell bench}; the phases are filled in as they land. */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) {
    System.out.println("grantwell bench: nothing to run yet");
  }
}
