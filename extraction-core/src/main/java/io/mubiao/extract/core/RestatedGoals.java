package io.mubiao.extract.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan states its goals for a year (到2025年，主要粮食作物耕种收综合机械化率达到98%以上) and restates
 * them in its task sections without the year (…机械化率达到98%以上). The restatement is the same goal:
 * it keeps the year first stated when its own scope is only the plan's span around that year. The same
 * goal is the same kind, value and unit with a name that contains the other or ends with the same head
 * (粮食生产无人农场 / 水稻生产无人农场).
 */
final class RestatedGoals {
    private static final int HEAD = 4;
    private final List<Target> dated = new ArrayList<>();

    /** {@code t} with the year of the goal it restates, if any; remembers goals stated for one year. */
    Target apply(Target t) {
        Span span = Span.of(t.year());
        if (span == null || !"target".equals(t.kind())) { // only a plan restates its goals
            return t;
        }
        if (span.from() == span.to()) {
            dated.add(t);
            return t;
        }
        for (int i = dated.size() - 1; i >= 0; i--) {
            Target d = dated.get(i);
            int y = Integer.parseInt(d.year());
            if (y >= span.from() && y <= span.to() && sameGoal(d, t)) {
                return t.withYear(d.year());
            }
        }
        return t;
    }

    static boolean sameGoal(Target a, Target b) {
        if (!a.kind().equals(b.kind()) || a.value() != b.value() || !a.unit().equals(b.unit())) {
            return false;
        }
        String x = a.indicator();
        String y = b.indicator();
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.contains(y) || y.contains(x)
                || x.length() >= HEAD && y.length() >= HEAD && x.endsWith(y.substring(y.length() - HEAD));
    }

    private record Span(int from, int to) {
        static Span of(String year) {
            if (year == null) {
                return null;
            }
            int dash = year.indexOf('-');
            return dash < 0 ? new Span(Integer.parseInt(year), Integer.parseInt(year))
                    : new Span(Integer.parseInt(year.substring(0, dash)), Integer.parseInt(year.substring(dash + 1)));
        }
    }
}
