package io.mubiao.extract.core;

import java.util.List;

/**
 * Finds the figures of one sentence: numbers however written ({@link NumberParser}: 2400万, 十二万,
 * 壹佰伍拾, 1.2万亿, 一千多万) with a unit ({@link NumberFigure}), percentages and fractions in words
 * ({@link FractionFigures}: 百分之五, 千分之三, 三分之一, 1/3), tenths (七成), ranks ({@link RankFigures}: 位居全国第三,
 * 全国首位, 勇夺亚军), halves ({@link HalfFigures}: 过半, 一半), digit-less figures (超千亿元) and fixed readings
 * ({@link FixedReadings}: 两位数, 翻番). Leaves out what only looks like a figure: dates, ordinals, numbers inside
 * names ({@link NamedNumbers}: PM2.5, 5G, 地铁4号线, 《…》, “十项行动”), durations, ages and size classes
 * ({@link ExcludedUnits}: 连续5年, 5年来, 千亿级, 25兆瓦级), slogans' counts ({@link NumbersInWords}: 两个维护),
 * thresholds that describe a noun (150万吨以上的物流园区) and bare numbers without a unit.
 */
public final class MentionScanner {
    /** The patterns, in the order they claim text: a rank's or a fraction's numeral is not read again. */
    private static final List<FigurePattern> PATTERNS = List.of(RankFigures::ranks, FractionFigures::inWords,
            FractionFigures::slashed, RankFigures::titles, FixedReadings::digitsClass, HalfFigures::find,
            FixedReadings::doubling, FixedReadings::flatOrUp);

    private MentionScanner() {
    }

    /** Figures in {@code text[from, to)}, in text order. */
    public static List<Mention> scan(String text, int from, int to) {
        FigureClaims claims = new FigureClaims(from, to);
        String region = text.substring(from, to);
        for (FigurePattern p : PATTERNS) {
            p.find(region, claims);
        }
        List<Mention> out = claims.mentions();
        for (int k = 0; k < out.size(); k++) {
            out.set(k, withSuffix(text, out.get(k), to, claims));
        }
        numbers(text, from, to, claims);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A qualifier right after a figure read by a pattern (七成以上, 千亿元左右) belongs to it. */
    private static Mention withSuffix(String text, Mention m, int to, FigureClaims claims) {
        if (m.comparator() != null || m.end() >= to) {
            return m;
        }
        Comparators.Suffix s = Comparators.suffixAt(text, m.end());
        if (s == null || m.end() + s.word().length() > to) {
            return m;
        }
        claims.take(m.end(), m.end() + s.word().length());
        return new Mention(m.start(), m.end() + s.word().length(), m.numberEnd(), m.value(), m.valueMax(), m.unit(),
                s.comparator(), m.measure(), m.spanYears());
    }

    /** Numbers with a unit, in digits, in words or mixed: the run of numerals is read in one piece. */
    private static void numbers(String text, int from, int to, FigureClaims claims) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean halfHundred = c == '半' && i + 1 < to && Numerals.chineseUnit(text.charAt(i + 1)) >= 100; // 半百
            if (claims.isTaken(i) || !(Numerals.isNumeral(c) || halfHundred) || i > from && Numerals.isNumeral(text.charAt(i - 1))) {
                i++;
                continue;
            }
            NumberParser.Reading r = NumberParser.read(text, i, to);
            int runEnd = i + 1;
            while (runEnd < to && Numerals.isNumeral(text.charAt(runEnd))) {
                runEnd++;
            }
            if (r == null) {
                i = runEnd;
                continue;
            }
            Mention m = new NumberFigure(text, from, to, i, r, claims).figure();
            if (m == null) {
                i = Math.max(runEnd, i + 1);
                continue;
            }
            claims.addAt(m);
            i = m.end();
        }
    }
}
