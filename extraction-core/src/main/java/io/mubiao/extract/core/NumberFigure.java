package io.mubiao.extract.core;

/**
 * A number with its unit as a figure: 2400万元, 十二万人, 4.5%-5%, 8-10万个, 万元/人, 6万余套（间）, 600万吨以上.
 * One instance per number read; {@link #figure()} says what it gives with what follows it, or null when it is not a
 * figure (a name, a date, a duration, a slogan's count, a threshold that describes a noun).
 */
final class NumberFigure {
    private final String text;
    private final int from;
    private final int to;
    private final int start;
    private final FigureClaims claims;
    private NumberParser.Reading r;
    private int j;
    private double value;
    private Double valueMax;
    private String magnitude;
    private String unit;
    private int unitEnd;
    private String written;
    private int numberEnd;

    NumberFigure(String text, int from, int to, int start, NumberParser.Reading r, FigureClaims claims) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.start = start;
        this.r = r;
        this.claims = claims;
    }

    /** The figure the number read at {@code start} gives with what follows it, or null when it is not one. */
    Mention figure() {
        j = r.end();
        boolean words = r.chinese() && !r.arabic();
        if (r.arabic() && NamedNumbers.insideName(text, from, start, j)) {
            return null;
        }
        if (words && (r.digitRun() || !NumbersInWords.mayStart(text, from, start, r))) {
            return null;
        }
        value = r.head();
        magnitude = r.magnitude();
        range();
        if (!unit()) {
            return null;
        }
        rateUnit();
        if ("成".equals(unit) && !tenth()) {
            return null;
        }
        if ("成".equals(unit) && unitEnd < to && text.charAt(unitEnd) == '半') {
            value += 0.5; // 三成半
            unitEnd++;
        }
        if (words && !NumbersInWords.areFigure(text, unitEnd, unit, r)) {
            return null;
        }
        if (NamedNumbers.inShortQuote(text, from, start) && !"time".equals(Units.category(unit))) {
            return null; // “117项目”, “双20条”, “新二十条”: a short quoted name (“1小时交通圈” still says a radius)
        }
        if (ExcludedUnits.excluded(text, unitEnd, Units.unitHead(Units.strip(written)), to)) {
            return null;
        }
        numberEnd = unitEnd;
        parenthesisedQualifier();
        if ((text.startsWith("及以上", numberEnd) || text.startsWith("及以下", numberEnd)) && !clauseEnds(text, numberEnd + 3, to)) {
            return null; // 10万千瓦及以下燃煤机组: a threshold that describes a noun
        }
        return qualified();
    }

    /** 4.5%-5%, 8-10万个, 两到三万: one figure, the lower bound with the upper kept. */
    private void range() {
        int k = j;
        boolean percentFirst = k < to && isPercent(text.charAt(k));
        if (percentFirst) {
            k++;
        }
        if (!(k + 1 < to && (isRangeDash(text.charAt(k)) || text.charAt(k) == '到') && Numerals.isNumeral(text.charAt(k + 1))
                && !claims.isTaken(k + 1))) {
            return;
        }
        NumberParser.Reading q = NumberParser.read(text, k + 1, to);
        if (q != null && !q.bare() && (magnitude == null || magnitude.equals(q.magnitude()))
                && (q.arabic() || q.chinese() && !r.arabic()) && q.head() > value
                && (!percentFirst || k + 1 < to && q.end() < to && isPercent(text.charAt(q.end())))) {
            valueMax = q.head();
            magnitude = q.magnitude();
            r = new NumberParser.Reading(r.value(), q.end(), r.chinese() || q.chinese(), r.arabic() || q.arabic(),
                    r.approx() || q.approx(), magnitude, false, false);
            j = q.end();
        }
    }

    /** The unit after the number; false when there is none and none is implied. */
    private boolean unit() {
        unit = Units.unitAt(text, j);
        if (unit == null && magnitude != null && PeopleNouns.startsAt(text, j)) {
            unit = "人"; // 30万群众, 20万就业困难人员: people counted without a classifier
            unitEnd = j;
        } else if (unit == null && magnitude != null && clauseEnds(text, j, to)) {
            unit = listUnit(); // 海洋生产总值突破万亿: the magnitude closes the clause, its unit unsaid
            unitEnd = j;
        } else if (unit == null) {
            return false;
        } else {
            unitEnd = j + unit.length();
        }
        written = magnitude == null ? unit : magnitude + unit;
        return true;
    }

    /** 分别达1409万、1305万人次: in a list the unit of the next item with the same magnitude is also this one's. */
    private String listUnit() {
        if (j + 1 < to && text.charAt(j) == '、' && Numerals.isNumeral(text.charAt(j + 1))) {
            NumberParser.Reading next = NumberParser.read(text, j + 1, to);
            String u = next == null ? null : Units.unitAt(text, next.end());
            if (u != null && magnitude.equals(next.magnitude())) {
                return u;
            }
        }
        return "";
    }

    /** A rate unit: 万元/人, 元/平方米, 吨/万元, 千瓦时/人. */
    private void rateUnit() {
        if (unitEnd + 1 < to && text.charAt(unitEnd) == '/' && !unit.isEmpty()) {
            String mag = Units.magnitudeAt(text, unitEnd + 1);
            int at = unitEnd + 1 + (mag == null ? 0 : mag.length());
            String per = Units.unitAt(text, at);
            if (per != null) {
                written = written + text.substring(unitEnd, at + per.length());
                unitEnd = at + per.length();
            }
        }
    }

    /** 七成, 9.5成, 十成 are tenths; 三成为, 一成不变 are words (numbers.txt, tenth.word.after). */
    private boolean tenth() {
        return value <= 10 && (unitEnd >= text.length() || NumberWords.startingAt(text, unitEnd, "tenth.word.after") == null);
    }

    /** A short parenthesised qualifier belongs to the unit: 6万余套（间）. */
    private void parenthesisedQualifier() {
        if (numberEnd < to && (text.charAt(numberEnd) == '（' || text.charAt(numberEnd) == '(')) {
            int close = numberEnd + 1;
            while (close < to && close - numberEnd <= 3 && text.charAt(close) != '）' && text.charAt(close) != ')') {
                close++;
            }
            if (close < to && close - numberEnd <= 3 && close - numberEnd >= 2) {
                written = written + text.substring(numberEnd, close + 1);
                numberEnd = close + 1;
            }
        }
    }

    /** The figure with the qualifier after it (600万吨以上, 5%左右), if any. */
    private Mention qualified() {
        String comparator = r.approx() ? "at_least" : null;
        Comparators.Suffix suffix = Comparators.suffixAt(text, numberEnd);
        int end = numberEnd;
        if (suffix != null && !"approx".equals(suffix.comparator())) {
            int after = numberEnd + suffix.word().length();
            if (after < to && text.charAt(after) == '的' && !"%".equals(Units.baseUnit(written))
                    && NumberWords.startingAt(text, after + 1, "threshold.level") == null) {
                return null; // 150万吨以上的物流园区: a threshold that describes a noun (60%以上的机构 is a share)
            }
        }
        if (suffix != null && numberEnd + suffix.word().length() <= to) {
            end = numberEnd + suffix.word().length();
            comparator = suffix.comparator();
        }
        return new Mention(start, end, numberEnd, value, valueMax, written, comparator, null, 0);
    }

    /** The clause ends at {@code at}, after an optional qualifier (以上, 左右). */
    static boolean clauseEnds(String text, int at, int to) {
        Comparators.Suffix q = Comparators.suffixAt(text, at);
        if (q != null && q.word().length() > 1) {
            at += q.word().length();
        }
        if (at >= to) {
            return true;
        }
        char c = text.charAt(at);
        return SentenceSplitter.isClauseBreak(c) || "）)”’、".indexOf(c) >= 0;
    }

    private static boolean isPercent(char c) {
        return c == '%' || c == '％';
    }

    static boolean isRangeDash(char c) {
        return c == '-' || c == '—' || c == '–' || c == '~' || c == '～' || c == '至' || c == '－';
    }
}
