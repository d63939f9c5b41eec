package io.mubiao.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resident memory of the local stack's processes, from /proc/PID/status: VmHWM (peak resident set) and VmRSS. The
 * pids are the ones bin/mubiao keeps in {@code $MUBIAO_STATE_DIR/run/NAME.pid}. {@link #resetPeaks} writes 5 to
 * /proc/PID/clear_refs, which restarts VmHWM from the current RSS, so a peak belongs to one load.
 */
public final class PeakMemory {
    /** The four services and the broker (PostgreSQL runs as several server processes under a launcher: not here). */
    static final List<String> NAMES = List.of("gateway", "ingest-service", "extract-service", "targets-service", "kafka");

    private PeakMemory() {
    }

    public static Path stateDir() {
        return Path.of(Args.env("MUBIAO_STATE_DIR", ".mubiao"));
    }

    static Map<String, Long> pids() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String n : NAMES) {
            Path p = stateDir().resolve("run").resolve(n + ".pid");
            try {
                out.put(n, Long.parseLong(Files.readString(p).trim()));
            } catch (IOException | NumberFormatException e) {
                // not started by bin/mubiao (or an external broker/database): not reported
            }
        }
        return out;
    }

    /** Restarts the peak of every process; false for a process where the kernel refused. */
    public static void resetPeaks() {
        pids().forEach((n, pid) -> {
            try {
                Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
            } catch (IOException e) {
                System.err.println("cannot reset the peak of " + n + " (" + pid + "): " + e.getMessage());
            }
        });
    }

    /** A markdown table: process, pid, VmHWM and VmRSS in MiB. */
    public static String table(String during) {
        StringBuilder b = new StringBuilder("| process | pid | peak RSS (VmHWM) " + during + " | RSS now |\n|---|---:|---:|---:|\n");
        pids().forEach((n, pid) -> {
            try {
                Map<String, Long> kb = new LinkedHashMap<>();
                for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (l.startsWith("VmHWM:") || l.startsWith("VmRSS:")) {
                        kb.put(l.substring(0, 5), Long.parseLong(l.replaceAll("\\D+", "")));
                    }
                }
                b.append(String.format("| %s | %d | %d MiB | %d MiB |%n", n, pid, kb.get("VmHWM") / 1024, kb.get("VmRSS") / 1024));
            } catch (IOException | RuntimeException e) {
                b.append("| ").append(n).append(" | ").append(pid).append(" | not running | |\n");
            }
        });
        return b.toString();
    }
}
