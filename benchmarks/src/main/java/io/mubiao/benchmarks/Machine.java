package io.mubiao.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on, and how busy it was: read from /proc (Linux). */
public final class Machine {
    private Machine() {
    }

    /** The 1-, 5- and 15-minute load averages, e.g. "3.12 2.80 2.41". */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    public static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }

    public static String memTotal() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            for (String l : lines) {
                if (l.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(l.replaceAll("\\D+", ""));
                    return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return "n/a";
    }

    /** One markdown line describing the machine and the JVM. */
    public static String describe() {
        return "nproc " + Runtime.getRuntime().availableProcessors() + ", RAM " + memTotal() + ", CPU " + cpuModel()
                + ", Java " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }
}
