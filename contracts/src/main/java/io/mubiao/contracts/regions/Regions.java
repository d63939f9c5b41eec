package io.mubiao.contracts.regions;

import io.mubiao.contracts.vocabulary.RegionLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of administrative areas, normalized so every document names an area the same way: a provincial-level
 * division by its full name from {@code provincial-divisions.tsv} (天津 / 天津市 / 津 → 天津市; 广西 → 广西壮族自治区),
 * a city or district below it by the name it is written with, after its province's full name when one is written
 * (天津滨海新区 → 天津市滨海新区), 全国 for the whole country (全国, 中国, 国家).
 */
public final class Regions {
    private static final String DATA = "provincial-divisions.tsv";
    /** A city (市, 自治州, 州, 盟, 地区) or a district (区, 县, 旗) as its name ends. */
    private static final Pattern SUB_AREA = Pattern.compile(
            "[\\p{IsHan}]{1,10}?(?:(自治州|州|盟|地区|市)|(自治县|自治旗|县|旗|区))");
    /** Words that refer to an area without naming it (全省, 本市, 我区; placeholders 某市, ×××县) or are no area (人民政府). */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^[全本我该各此两三辖某其]|[×XＸ]|人民|政府|代表|委员|大会|^(?:地区|城区|市区|新区|园区|社区|景区|山区|郊区|辖区)$");
    private static final List<String> NATIONAL = List.of("全国", "中国", "国家", "中华人民共和国");

    private static final Map<String, String> PROVINCE_BY_ALIAS = load();
    /** The short names of the provincial-level divisions (天津, 广西, 内蒙古): every full name begins with one. */
    private static final List<String> SHORT_NAMES = shortNames();
    /** Full and short names, longest first, so a prefix is matched whole (黑龙江省 before 黑龙江). */
    private static final List<String> PREFIXES = PROVINCE_BY_ALIAS.keySet().stream()
            .filter(a -> a.length() > 1).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private Regions() {
    }

    /**
     * The normalized region a name stands for, or null when it names no area this class recognizes.
     * One-character abbreviations (津, 粤) count only when they are the whole name.
     */
    public static Region normalize(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replaceAll("\\s+", "");
        if (n.isEmpty()) {
            return null;
        }
        if (NATIONAL.contains(n)) {
            return Region.NATIONAL;
        }
        String province = PROVINCE_BY_ALIAS.get(n);
        if (province != null) {
            return new Region(province, RegionLevel.PROVINCE);
        }
        for (String prefix : PREFIXES) {
            if (n.startsWith(prefix) && n.length() > prefix.length()) {
                RegionLevel below = subAreaLevel(n.substring(prefix.length()));
                if (below != null) {
                    return new Region(PROVINCE_BY_ALIAS.get(prefix) + n.substring(prefix.length()), below);
                }
                break; // 吉林市, 河北区: a name of its own that begins like a province's
            }
        }
        RegionLevel level = subAreaLevel(n);
        return level == null ? null : new Region(n, level);
    }

    /** Whether the name is one of the provincial-level divisions, under any of its names. */
    public static boolean isProvincial(String name) {
        return name != null && PROVINCE_BY_ALIAS.containsKey(name.strip());
    }

    /** The provincial-level divisions by their short names (天津, 广西), as running text names them most. */
    public static List<String> provincialShortNames() {
        return SHORT_NAMES;
    }

    private static List<String> shortNames() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : PROVINCE_BY_ALIAS.entrySet()) {
            String alias = e.getKey();
            if (alias.length() >= 2 && !alias.equals(e.getValue()) && e.getValue().startsWith(alias)) {
                out.add(alias);
            }
        }
        out.sort(Comparator.naturalOrder());
        return List.copyOf(out);
    }

    private static RegionLevel subAreaLevel(String n) {
        if (n.length() < 2 || NOT_A_NAME.matcher(n).find()) {
            return null;
        }
        Matcher m = SUB_AREA.matcher(n);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) != null ? RegionLevel.CITY : RegionLevel.DISTRICT;
    }

    private static Map<String, String> load() {
        Map<String, String> byAlias = new HashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException(DATA + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<String> aliases = new ArrayList<>(List.of(f[0], f[1]));
                aliases.addAll(List.of(f[2].split(",")));
                for (String a : aliases) {
                    String before = byAlias.put(a.strip(), f[0]);
                    if (before != null && !before.equals(f[0])) {
                        throw new IllegalStateException(DATA + ": '" + a + "' names both " + before + " and " + f[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byAlias);
    }
}
