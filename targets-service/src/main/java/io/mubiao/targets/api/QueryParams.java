package io.mubiao.targets.api;

import io.mubiao.web.ProblemException;

/**
 * Numeric query parameters parsed by hand: JAX-RS would answer a non-number with 404, where the client
 * deserves a 400 that names the parameter.
 */
final class QueryParams {
    private QueryParams() {
    }

    static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "Bad Request", "'" + name + "' must be a whole number; got '"
                    + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'.");
        }
    }

    static Integer year(String name, String value) {
        return value == null || value.isBlank() ? null : integer(name, value, 0);
    }
}
