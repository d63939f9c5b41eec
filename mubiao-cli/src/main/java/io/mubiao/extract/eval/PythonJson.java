package io.mubiao.extract.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * JSON as score.py prints it ({@code json.dumps(res, ensure_ascii=False)} and {@code indent=1}), so that
 * {@code mubiao eval} and the reference scorer print the same text for the same figures: ", " and ": "
 * between items, floats as Python writes them (1.0, 0.9969), characters unescaped.
 */
public final class PythonJson {
    private PythonJson() {
    }

    /** {@code json.dumps(value, ensure_ascii=False)} or, with {@code indent} &gt; 0, {@code indent=indent}. */
    public static String dumps(Object value, int indent) {
        StringBuilder b = new StringBuilder();
        write(b, value, indent, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v, int indent, int depth) {
        if (v instanceof Map<?, ?> m) {
            items(b, m.entrySet().stream().map(e -> (Object) e).toList(), indent, depth, '{', '}');
        } else if (v instanceof List<?> l) {
            items(b, List.copyOf(l), indent, depth, '[', ']');
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Double || v instanceof Float) {
            b.append(pyFloat(((Number) v).doubleValue()));
        } else if (v instanceof Boolean bool) {
            b.append(bool ? "true" : "false");
        } else if (v == null) {
            b.append("null");
        } else {
            b.append(v);
        }
    }

    private static void items(StringBuilder b, List<Object> items, int indent, int depth, char open, char close) {
        b.append(open);
        if (items.isEmpty()) {
            b.append(close);
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(indent > 0 ? "," : ", ");
            }
            if (indent > 0) {
                b.append('\n').append(" ".repeat(indent * (depth + 1)));
            }
            Object item = items.get(i);
            if (item instanceof Map.Entry<?, ?> e) {
                string(b, String.valueOf(e.getKey()));
                b.append(": ");
                write(b, e.getValue(), indent, depth + 1);
            } else {
                write(b, item, indent, depth + 1);
            }
        }
        if (indent > 0) {
            b.append('\n').append(" ".repeat(indent * depth));
        }
        b.append(close);
    }

    /** Python's repr of a float: shortest digits, plain from 1e-4 up to 1e16, with ".0" when whole. */
    public static String pyFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        double a = Math.abs(d);
        if (a != 0 && (a < 1e-4 || a >= 1e16)) {
            String s = Double.toString(d).replace("E", "e");  // 1.0E-5 -> 1e-05
            String mant = s.substring(0, s.indexOf('e'));
            int exp = Integer.parseInt(s.substring(s.indexOf('e') + 1));
            if (mant.endsWith(".0")) {
                mant = mant.substring(0, mant.length() - 2);
            }
            return mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        String plain = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
