package io.mubiao.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time spent by each process of the local stack between two snapshots, from /proc (Linux): utime + stime of
 * /proc/PID/stat for the services and the broker (pids from bin/mubiao's run directory), summed over every process
 * named {@code postgres} for the database (one server process per connection), this load generator itself, and the
 * whole machine's busy time from /proc/stat. It answers where the CPU of an end-to-end run went, per document.
 */
public final class ProcessCpu {
    /** Clock ticks per second of /proc's counters (USER_HZ; 100 on every Linux this runs on). */
    private static final double TICKS_PER_SECOND = 100.0;

    /** CPU seconds by process name, plus "machine busy" and "machine total" (all cores). */
    public record Snapshot(Map<String, Double> seconds, long atNanos) {
    }

    /** The load generator's database poll, a part of the postgres figure. */
    static final String POLL = "postgres: of it the load generator's poll";

    private ProcessCpu() {
    }

    /** As {@link #take(long)} without a poll backend to tell apart. */
    public static Snapshot take() {
        return take(-1);
    }

    /**
     * @param pollBackendPid the PostgreSQL server process of the load generator's own database poll, reported apart
     *                       (inside the postgres figure) since it is the benchmark's cost, not the stack's; -1: none
     */
    public static Snapshot take(long pollBackendPid) {
        Map<String, Double> s = new LinkedHashMap<>();
        PeakMemory.pids().forEach((name, pid) -> {
            Double cpu = ofPid(pid);
            if (cpu != null) {
                s.put(name, cpu);
                ofThreads(pid).forEach((thread, secs) -> s.put(name + " / " + thread, secs));
            }
        });
        s.put("postgres", ofAllNamed("postgres"));
        if (pollBackendPid > 0) {
            Double poll = ofPid(pollBackendPid);
            s.put(POLL, poll == null ? 0.0 : poll);
        }
        s.put("load generator (this JVM)", ofPid(ProcessHandle.current().pid()));
        double[] machine = machine();
        s.put("machine busy", machine[0]);
        s.put("machine total", machine[1]);
        return new Snapshot(s, System.nanoTime());
    }

    /** A markdown table of the CPU each process used between the snapshots, in seconds, per document and as a share of one core. */
    public static String table(Snapshot before, Snapshot after, int documents) {
        double wall = (after.atNanos() - before.atNanos()) / 1e9;
        StringBuilder b = new StringBuilder(String.format(
                "CPU used during the run (%.1f s wall, %d cores; /proc utime+stime):%n%n", wall, Runtime.getRuntime().availableProcessors()))
                .append("| process | CPU s | CPU ms per document | cores busy on average |\n|---|---:|---:|---:|\n");
        double services = 0;
        for (Map.Entry<String, Double> e : after.seconds().entrySet()) {
            String name = e.getKey();
            if (name.startsWith("machine") || name.contains(" / ")) {
                continue;
            }
            Double was = before.seconds().get(name);
            if (was == null || e.getValue() == null) {
                continue;
            }
            double used = e.getValue() - was;
            if (!name.equals(POLL)) {
                services += used;
            }
            b.append(String.format("| %s | %.1f | %.1f | %.2f |%n", name, used, 1000 * used / documents, used / wall));
        }
        b.append(String.format("| **all of the above** | %.1f | %.1f | %.2f |%n", services, 1000 * services / documents, services / wall));
        b.append(String.format("| machine (every process, /proc/stat) | %.1f of %.1f | %.1f | %.2f (%.0f %% busy) |%n%n",
                machineBusy(before, after), machineTotal(before, after), 1000 * machineBusy(before, after) / documents,
                machineBusy(before, after) / wall,
                machineTotal(before, after) == 0 ? 0 : 100 * machineBusy(before, after) / machineTotal(before, after)));
        b.append("Of each JVM's CPU (threads by name and id in /proc/PID/task: JIT = C1/C2 compiler threads, GC = garbage "
                + "collector threads, application = the rest of the process's CPU):\n\n| process | application | JIT | GC |\n|---|---:|---:|---:|\n");
        for (String name : after.seconds().keySet()) {
            if (!isJvm(before, after, name)) {
                continue;
            }
            // Per thread (by id) end minus start, a thread born during the run from zero. Threads that ended during the
            // run (idle workers retire) are gone from /proc: their CPU stays in the process total, so application is
            // the total minus the JIT and GC threads rather than a sum of the threads still alive.
            double total = Math.max(after.seconds().get(name) - before.seconds().get(name), 1e-9);
            double jit = threadDelta(before, after, name + " / JIT:");
            double gc = threadDelta(before, after, name + " / GC:");
            b.append(String.format("| %s | %.0f %% | %.0f %% | %.0f %% |%n", name, 100 * (total - jit - gc) / total,
                    100 * jit / total, 100 * gc / total));
        }
        b.append('\n');
        return b.toString();
    }

    /**
     * The share of the stack's JVMs' CPU that their JIT compiler threads used between the snapshots: how far from
     * steady state the services still are (a method called once per document reaches C2 after thousands of them).
     */
    public static double jitShare(Snapshot before, Snapshot after) {
        double total = 0;
        double jit = 0;
        for (String name : after.seconds().keySet()) {
            if (!isJvm(before, after, name)) {
                continue;
            }
            total += after.seconds().get(name) - before.seconds().get(name);
            jit += threadDelta(before, after, name + " / JIT:");
        }
        return total <= 0 ? 0 : jit / total;
    }

    /** A JVM of the stack, in both snapshots: a process whose JIT and GC threads were read. */
    private static boolean isJvm(Snapshot before, Snapshot after, String name) {
        return !name.contains(" / ") && !name.startsWith("machine") && before.seconds().containsKey(name)
                && after.seconds().keySet().stream().anyMatch(k -> k.startsWith(name + " / "));
    }

    /** CPU seconds the threads whose key starts with the prefix used between the snapshots (a thread born meanwhile: all of its). */
    static double threadDelta(Snapshot before, Snapshot after, String prefix) {
        double sum = 0;
        for (Map.Entry<String, Double> e : after.seconds().entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                sum += Math.max(0, e.getValue() - before.seconds().getOrDefault(e.getKey(), 0.0));
            }
        }
        return sum;
    }

    /** Busy CPU seconds of the whole machine (all cores) between the snapshots. */
    static double machineBusy(Snapshot before, Snapshot after) {
        return after.seconds().get("machine busy") - before.seconds().get("machine busy");
    }

    private static double machineTotal(Snapshot before, Snapshot after) {
        return after.seconds().get("machine total") - before.seconds().get("machine total");
    }

    static Double ofPid(long pid) {
        try {
            return cpuSeconds(Path.of("/proc/" + pid + "/stat"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** utime + stime of a /proc/PID/stat or /proc/PID/task/TID/stat file, in seconds. */
    private static double cpuSeconds(Path statFile) throws IOException {
        String stat = Files.readString(statFile);
        // fields after the command name in parentheses (which may contain spaces): state is field 3, utime 14, stime 15
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    }

    /** CPU seconds of each JIT compiler and GC thread of a process, keyed {@code JIT:TID} or {@code GC:TID}. */
    static Map<String, Double> ofThreads(long pid) {
        Map<String, Double> out = new LinkedHashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : tasks) {
                try {
                    String comm = Files.readString(t.resolve("comm")).trim();
                    String kind = comm.contains("CompilerThre") ? "JIT"
                            : comm.startsWith("GC ") || comm.startsWith("G1 ") || comm.startsWith("VM Thread") ? "GC" : null;
                    if (kind != null) {
                        out.put(kind + ":" + t.getFileName(), cpuSeconds(t.resolve("stat")));
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }

    static double ofAllNamed(String comm) {
        double sum = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path p : procs) {
                try {
                    if (comm.equals(Files.readString(p.resolve("comm")).trim())) {
                        Double cpu = ofPid(Long.parseLong(p.getFileName().toString()));
                        sum += cpu == null ? 0 : cpu;
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }

    /** {busy, total} CPU seconds of all cores since boot, from the first line of /proc/stat. */
    static double[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user nice system idle iowait irq softirq steal
                total += Long.parseLong(f[i]);
            }
            return new double[] {(total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }
}
