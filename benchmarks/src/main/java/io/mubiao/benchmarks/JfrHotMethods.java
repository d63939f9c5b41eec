package io.mubiao.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service spent its CPU during a run: from a JFR recording's execution samples, the top methods by self
 * samples (the top frame) and the top stack entries of the project's own and library code by inclusive samples.
 * Usage: {@code JfrHotMethods FILE.jfr [N] [SINCE]}; prints markdown. SINCE (an ISO instant) leaves out the events
 * before it: the recording starts with the JVM (JFR started in a running JVM makes it compile thousands of methods
 * again, which would be profiled instead of the load), the summary covers the measured run only.
 */
public final class JfrHotMethods {
    private JfrHotMethods() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Instant since = args.length > 2 ? Instant.parse(args[2].strip()) : Instant.MIN;
        System.out.println(summarize(file, top, since));
    }

    public static String summarize(Path file, int top, Instant since) throws Exception {
        List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                .filter(e -> !e.getStartTime().isBefore(since)).toList();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("JFR ").append(file.getFileName()).append(": ").append(samples).append(" execution samples\n\n");
        b.append("| self % | method (top frame) |\n|---:|---|\n");
        for (var e : topOf(self, top).entrySet()) {
            b.append(String.format("| %.1f | `%s` |%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
        }
        b.append("\n| inclusive % | method (anywhere on the stack; io.mubiao, Hibernate, JDBC, Kafka, Jackson) |\n|---:|---|\n");
        Map<String, Integer> ours = new HashMap<>();
        inclusive.forEach((k, v) -> {
            if (interesting(k)) {
                ours.put(k, v);
            }
        });
        for (var e : topOf(ours, top).entrySet()) {
            b.append(String.format("| %.1f | `%s` |%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
        }
        // Off-CPU: threads sampled inside native code (socket reads, waits) while running the project's code.
        Map<String, Integer> blocked = new HashMap<>();
        Map<String, Integer> blockedTop = new HashMap<>();
        int nativeSamples = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.NativeMethodSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.stream().noneMatch(f -> name(f).startsWith("io.mubiao."))) {
                continue;
            }
            nativeSamples++;
            blockedTop.merge(name(frames.get(0)), 1, Integer::sum);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (interesting(n) && seen.add(n)) {
                    blocked.merge(n, 1, Integer::sum);
                }
            }
        }
        b.append("\nOff CPU: ").append(nativeSamples).append(" native-method samples (jdk.NativeMethodSample, 20 ms) of threads running io.mubiao code\n\n");
        b.append("| % | native top frame |\n|---:|---|\n");
        for (var e : topOf(blockedTop, 5).entrySet()) {
            b.append(String.format("| %.1f | `%s` |%n", 100.0 * e.getValue() / Math.max(1, nativeSamples), e.getKey()));
        }
        b.append("\n| % | blocked under (inclusive) |\n|---:|---|\n");
        for (var e : topOf(blocked, top).entrySet()) {
            b.append(String.format("| %.1f | `%s` |%n", 100.0 * e.getValue() / Math.max(1, nativeSamples), e.getKey()));
        }
        // CPU by thread (jdk.ThreadCPULoad, sampled every 10 to 20 s): how much went to the JIT compilers, the
        // consumers and request threads. GC threads are not Java threads and are not in it.
        Map<String, Double> byThread = new HashMap<>();
        double load = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.ThreadCPULoad") || e.getThread() == null) {
                continue;
            }
            double l = e.getFloat("user") + e.getFloat("system");
            String t = e.getThread().getJavaName() == null ? e.getThread().getOSName() : e.getThread().getJavaName();
            byThread.merge(t == null ? "?" : t.replaceAll("\\d+", "#"), l, Double::sum);
            load += l;
        }
        if (load > 0) {
            b.append("\nCPU by thread (jdk.ThreadCPULoad; Java threads only, GC threads not included)\n\n| % | thread (numbers as #) |\n|---:|---|\n");
            double total = load;
            byThread.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(8)
                    .forEach(e -> b.append(String.format("| %.1f | %s |%n", 100 * e.getValue() / total, e.getKey())));
        }
        return b.toString();
    }

    private static boolean interesting(String k) {
        return k.startsWith("io.mubiao.") || k.startsWith("org.hibernate.") || k.startsWith("org.postgresql.")
                || k.startsWith("org.apache.kafka.") || k.startsWith("com.fasterxml.jackson.");
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static Map<String, Integer> topOf(Map<String, Integer> m, int n) {
        Map<String, Integer> out = new LinkedHashMap<>();
        m.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
