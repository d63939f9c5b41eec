package io.mubiao.fault;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A separate JVM (a service, the broker, PostgreSQL) that a fault test can stop, kill -9 and start again. */
final class ChildProcess {
    final String name;
    final Path log;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path dir;
    private Process process;

    ChildProcess(String name, Path log, Path dir, List<String> command, Map<String, String> env) {
        this.name = name;
        this.log = log;
        this.dir = dir;
        this.command = command;
        this.env = env;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    synchronized ChildProcess start() throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).directory(new File(dir.toString()));
        pb.environment().putAll(env);
        process = pb.start();
        return this;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM and wait: a graceful stop (shutdown hooks run). */
    void stop() {
        if (process != null) {
            process.destroy();
            waitExit(Duration.ofSeconds(40));
        }
    }

    /** SIGKILL: nothing runs after it, as in a crash. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitExit(Duration.ofSeconds(20));
        }
    }

    private void waitExit(Duration d) {
        try {
            if (!process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void awaitUntil(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!alive()) {
                throw new IllegalStateException(name + " exited before " + what + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": no " + what + " within " + timeout + ":\n" + tail());
            }
            Thread.sleep(250);
        }
    }

    boolean logContains(String s) {
        try {
            return Files.exists(log) && Files.readString(log).contains(s);
        } catch (IOException e) {
            return false;
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
