package io.mubiao.extract.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places named in a list closed by 等 and a word for places ({@code [place-list-nouns]}: 县, 市, 县市, 城市, 地 …), within
 * one clause (巩义、永城、林州等10个有条件的县（市）, 潜江、松滋等10个县市获批): county-level cities and towns the gazetteer
 * leaves out. An item of two or three characters is taken when the segmenter does not know it as a common word: a
 * place word (ns), a name or abbreviation tag (nz, j), or two or three pieces without a function word (巩/nr 义/ng,
 * 永/d 城/n). Lists of markets or kinds close with other words (东盟、中亚等新兴市场, 检验检测等市级经营).
 */
final class PlaceListFinder implements NameFinder {

    /** Characters between 等 and the word for places (10个有条件的). */
    private static final int MAX_GAP = 10;
    private static final String CLAUSE_END = "，。；：！？\t ";

    private final Set<String> placeWords;

    PlaceListFinder(CueLexicon cues) {
        this.placeWords = cues.set("place-list-nouns");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        for (int i = s.indexOf('等'); i > 0; i = s.indexOf('等', i + 1)) {
            if (line.unitAt(i).length() == 1 && closedByPlaces(line, i + 1)) {
                for (int[] item : items(line, i)) {
                    out.add(new Span(item[0], item[1], "LOCATION", s.substring(item[0], item[1]), 0));
                }
            }
        }
    }

    private boolean closedByPlaces(LineContext line, int from) {
        for (int k = from < line.length() ? line.unitIndexAt(from) : line.units.size(); k < line.units.size(); k++) {
            Unit u = line.unit(k);
            if (u.start() - from > MAX_GAP || CLAUSE_END.indexOf(line.s.charAt(u.start())) >= 0) {
                return false;
            }
            if (!u.named() && placeWords.contains(line.text(u))) {
                return true;
            }
        }
        return false;
    }

    /** The items of the list ending at {@code end} (right to left, separated by 、) that read as place names. */
    private static List<int[]> items(LineContext line, int end) {
        List<int[]> out = new ArrayList<>();
        int itemEnd = end;
        for (int k = line.unitIndexAt(end - 1); k >= 0; ) {
            int j = k;
            while (j >= 0 && !line.text(line.unit(j)).equals("、") && itemEnd - line.unit(j).start() <= 3
                    && !LineContext.hardStop(line.unit(j).nature())) {
                j--;
            }
            int start = line.unit(j + 1).start();
            boolean whole = j < 0 || line.text(line.unit(j)).equals("、") || line.unit(j).nature().startsWith("v");
            if (whole && itemEnd - start >= 2 && placeName(line, j + 1, k)) {
                out.add(new int[] {start, itemEnd});
            }
            if (j < 0 || !line.text(line.unit(j)).equals("、")) {
                break;
            }
            itemEnd = line.unit(j).start();
            k = j - 1;
        }
        return out;
    }

    /** Units [a, b] read as a place name: not a gazetteer name (found already), a place or name word, or pieces. */
    private static boolean placeName(LineContext line, int a, int b) {
        if (a > b || line.unit(a).named()) {
            return false;
        }
        if (a == b) {
            String nat = line.unit(a).nature();
            return nat.startsWith("ns") || nat.equals("nz") || nat.equals("j");
        }
        return true;
    }
}
