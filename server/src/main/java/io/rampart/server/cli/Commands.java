package io.rampart.server.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The tools the server jar runs instead of the server when its first argument names one ({@code
 * java -jar rampart-server.jar replay ...}, {@code simulate ...}). They run before Spring starts:
 * no context, no database, no port.
 */
public final class Commands {
  private Commands() {}

  /** Whether the arguments name a command rather than start the server. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && (args[0].equals("replay") || args[0].equals("simulate"));
  }

  /** Runs the command the arguments name; returns its exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    return args[0].equals("simulate")
        ? new SimulateCommand(out, err).run(rest)
        : new ReplayCommand(out, err).run(rest);
  }
}
