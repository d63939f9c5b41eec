package io.mubiao.extract.core.entity;

/**
 * Marks that a modifier may grow over when it meets them on its way left: a quotation (绿电“三进”|工程) and a bracketed
 * place (北京（京津冀）|国际科技创新中心), and the 沿 or 环 of a belt along or around a place (沿沪宁|产业创新带). Stateless.
 */
final class ModifierEdges {

    private ModifierEdges() {
    }

    /** 北京（京津冀）国际科技创新中心: the （ of a bracketed place name closed at {@code close}, or -1. */
    static int bracketedPlace(LineContext line, int close) {
        String s = line.s;
        for (int i = close - 1; i >= 0 && close - i <= 8; i--) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                return i > 0 && i + 1 < close && line.unitAt(i + 1).isType("LOCATION") && line.unitAt(i - 1).named() ? i : -1;
            }
            if ("，。；：！？、".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code u} is the ） of a bracketed place after a name (中国（河南）), which a dash may follow inside a name. */
    static boolean closesBracketedPlace(LineContext line, Unit u) {
        String t = line.text(u);
        return (t.equals("）") || t.equals(")")) && bracketedPlace(line, u.start()) >= 0;
    }

    /** The “ that opens the quotation closed at {@code close}, within one clause, or -1. */
    static int openingQuote(String s, int close) {
        for (int i = close - 1; i >= 0 && close - i <= 16; i--) {
            char c = s.charAt(i);
            if (c == '“') {
                return i;
            }
            if ("，。；：！？”".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 沿沪宁产业创新带, 环太湖科创圈, 沿黄生态廊道: a belt named by the place it runs along or around keeps 沿 or 环 and
     * that place (a place word, an abbreviation, or one character: 沿江, 沿黄) in its name. True for unit {@code idx}
     * when it is that 沿/环 before the modifier's first piece, or the one character right after a 沿/环.
     */
    static boolean along(LineContext line, int idx, java.util.List<Modifier.Piece> pieces) {
        Unit u = line.unit(idx);
        if (u.length() == 1 && idx > 0 && isAlong(line, line.unit(idx - 1)) && !LineContext.hardStop(u.nature())) {
            return true;
        }
        if (!isAlong(line, u) || pieces.isEmpty() || pieces.get(0).unit() < 0) {
            return false;
        }
        Unit place = line.unit(pieces.get(0).unit());
        String nat = place.nature();
        return place.length() == 1 || place.isType("LOCATION") || nat.startsWith("ns") || nat.equals("j");
    }

    static boolean isAlong(LineContext line, Unit u) {
        String t = line.text(u);
        return t.equals("沿") || t.equals("环");
    }
}
