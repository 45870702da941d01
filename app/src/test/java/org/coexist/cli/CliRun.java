package org.coexist.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run in process, as a user's shell would: its exit status and what it wrote to each stream. */
record CliRun(int status, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }
}
