package org.daniell.cli.chem;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.daniell.cli.DaniellCli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Runs {@code daniell} in-process for the chem tests and keeps what it printed. */
record ChemCli(int exitCode, String out, String err) {

    /** Runs {@code daniell ARGS}. */
    static ChemCli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DaniellCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new ChemCli(code, out.toString(), err.toString());
    }

    /** Runs {@code daniell chem ARGS}. */
    static ChemCli chem(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "chem";
        System.arraycopy(args, 0, all, 1, args.length);
        return run(all);
    }

    /** @return stdout parsed as one JSON object */
    JsonObject json() {
        return JsonParser.parseString(out).getAsJsonObject();
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** @return the line of stdout that starts with {@code label}, or fails */
    String row(String label) {
        return outLines().stream().filter(line -> line.startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + label + "' in:\n" + out));
    }

    /** @return everything printed, for assertion messages */
    String all() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
