package io.mubiao.targets.query;

import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF; a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes with its quotes doubled. Null is an empty field.
 */
public final class Csv {
    private Csv() {
    }

    public static void appendRecord(StringBuilder out, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i));
        }
        out.append("\r\n");
    }

    static void appendField(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
            out.append(s);
            return;
        }
        out.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
