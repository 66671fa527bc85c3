package org.grantwell.bench.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantwell.bench.Bench.Options;

/**
 * {@code bench heap}: the server's heap in use after a full collection, from {@code jcmd <pid>
 * GC.run} then {@code jcmd <pid> GC.heap_info} (the JDK's jcmd, which must run as the server's
 * user on the same machine).
 */
public final class Heap {

  private static final Pattern TOTAL_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

  private Heap() {}

  public static JsonObject run(Options options) throws IOException, InterruptedException {
    String pid = options.required("pid");
    Path out = Path.of(options.text("out", "target/bench/heap.json"));
    Jcmd.run(pid, "GC.run");
    String info = Jcmd.run(pid, "GC.heap_info");
    long[] heap = parse(info).orElseThrow(() -> new IllegalStateException("no heap figures in jcmd's answer: " + info));
    JsonObject phase = Json.createObjectBuilder()
        .add("phase", "heap")
        .add("when", options.text("when", "after the run"))
        .add("capacityBytes", heap[0])
        .add("usedBytes", heap[1])
        .add("raw", info.strip())
        .build();
    return PhaseFiles.finish(out, phase);
  }

  /** Capacity and use in bytes from GC.heap_info's first heap line ("total 1048576K, used 345678K"). */
  public static Optional<long[]> parse(String heapInfo) {
    Matcher m = TOTAL_USED.matcher(heapInfo);
    return m.find() ? Optional.of(new long[] {Long.parseLong(m.group(1)) * 1024, Long.parseLong(m.group(2)) * 1024}) : Optional.empty();
  }
}
