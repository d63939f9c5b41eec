package io.mubiao.extract.core.entity;

/**
 * Marks that a modifier may grow over when it meets them on its way left: a quotation (绿电“三进”|工程) and a bracketed
 * place (北京（京津冀）|国际科技创新中心). Stateless.
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
}
