package org.grantwell.workflow.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Report} in one file format; the stream is flushed, not closed. */
interface ReportWriter {

  void write(Report report, OutputStream out) throws IOException;
}
