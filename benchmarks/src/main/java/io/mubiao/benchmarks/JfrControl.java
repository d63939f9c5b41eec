package io.mubiao.benchmarks;

import java.io.IOException;
import java.util.List;

/**
 * Starts a JFR recording named {@code bench} in the stack's services with {@code jcmd}, once the load generator has
 * warmed them up, so a profile shows the measured run rather than start-up and JIT compilation. The bench script
 * dumps and summarizes it afterwards.
 */
final class JfrControl {
    static final List<String> PROFILED = List.of("extract-service", "targets-service", "ingest-service", "gateway");

    private JfrControl() {
    }

    static void start() {
        PeakMemory.pids().forEach((name, pid) -> {
            if (!PROFILED.contains(name)) {
                return;
            }
            try {
                Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "JFR.start", "name=bench", "settings=profile")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor() != 0) {
                    System.err.println("jcmd JFR.start failed for " + name);
                }
            } catch (IOException e) {
                System.err.println("no jcmd: " + name + " not profiled (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
