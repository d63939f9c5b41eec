package io.mubiao.extract.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Each value of a list goes to its own subject where the subjects are not written as a list of their own:
 * a paired compound stands for its two members (城乡居民人均可支配收入分别达6.9万元、3.4万元 → 城镇居民…, 农村居民…;
 * cues.txt {@code indicator.paired}), and a list of values with no subject of its own after a list of subjects
 * follows that list in order (航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9% → 8.3% is the
 * passengers', 7.9% the freight's).
 */
final class ListSubjects {
    private ListSubjects() {
    }

    /** One indicator passing several levels in turn (进出口总额接连突破8万亿元、9万亿元): no pair. */
    private static final Pattern SUCCESSIVE = Pattern.compile("接连|连续|相继|先后|跨上|迈上|跨越");

    /** The k names a paired compound opening {@code core} stands for, or null; {@code pre} is the clause before them. */
    static List<String> paired(String core, String pre, int k) {
        if (!pre.contains("分别") && SUCCESSIVE.matcher(pre).find()) {
            return null;
        }
        for (String line : Lexicon.cues("indicator.paired")) {
            String[] parts = line.split("\\s+");
            int at = core.indexOf(parts[0]);
            if (parts.length - 1 == k && at >= 0 && at <= 2) { // 全省城乡…: a scope word may stand before it
                List<String> names = new ArrayList<>(k);
                for (int p = 1; p < parts.length; p++) {
                    names.add(core.substring(at + parts[0].length()).isEmpty() ? parts[p]
                            : parts[p] + core.substring(at + parts[0].length()));
                }
                return names;
            }
        }
        return null;
    }

    /** The names of the k figures right before {@code before} in {@code out} when they are k different ones, or null. */
    static List<String> fromPrevious(List<Draft> out, int before, int k) {
        if (before < k) {
            return null;
        }
        List<String> names = new ArrayList<>(k);
        for (int t = before - k; t < before; t++) {
            names.add(out.get(t).indicator());
        }
        return new HashSet<>(names).size() == k ? names : null;
    }
}
