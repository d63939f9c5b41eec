package io.mubiao.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options with defaults; unknown names are refused. */
public final class Args {
    private final Map<String, String> values = new HashMap<>();

    public Args(String[] args, Map<String, String> defaults) {
        values.putAll(defaults);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !defaults.containsKey(a.substring(2)) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + a + "; options: " + defaults);
            }
            values.put(a.substring(2), args[++i]);
        }
    }

    public String get(String name) {
        return values.get(name);
    }

    public int integer(String name) {
        return Integer.parseInt(values.get(name));
    }

    public double real(String name) {
        return Double.parseDouble(values.get(name));
    }

    /** An environment variable, or the fallback when it is unset or blank. */
    public static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
