package io.mubiao.documents;

import io.mubiao.contracts.regions.Region;
import io.mubiao.contracts.regions.Regions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The area a document speaks for and where it came from. In order: the upload's field; the title
 * (2026年四川省人民政府工作报告, 陕西省2026年政府工作报告, 国务院关于…); the issuer or a speaker line at the top
 * (河南省人民政府省长 王凯, 广东省省长 孟凡利, 国务院总理); the congress a report is delivered to
 * (在广东省第十四届人民代表大会第五次会议上, 在第十四届全国人民代表大会); the government a report is made for
 * (我代表江苏省人民政府向大会报告工作, 代表国务院). Every candidate name must normalize ({@link Regions}), so
 * 省人民政府 or 全省 name nothing and the search goes on.
 */
final class RegionFinder {
    private static final String YEAR = "(?:(?:19|20)\\d\\d年)?";
    private static final String AREA = "([\\p{IsHan}]{2,16}?)";
    /** 2026年天津市政府工作报告, 陕西省2026年政府工作报告, 北京市人民政府关于…, 天津市国民经济和社会发展第十四个五年规划. */
    private static final Pattern TITLE = Pattern.compile(
            "^" + YEAR + AREA + YEAR + "(?:人民政府|政府|人民代表大会|国民经济|第[一二三四五六七八九十]+个五年)");
    /** 河南省人民政府省长 王凯, 天津市市长 张工, 广西壮族自治区主席, 天津市人民政府. */
    private static final Pattern SPEAKER = Pattern.compile(
            "^" + AREA + "(?:人民政府|政府)?(?:代)?(?:省长|市长|区长|县长|州长|旗长|主席|人民政府$|政府$)");
    /** 在广东省第十四届\n人民代表大会 (a line may break inside). */
    private static final Pattern CONGRESS = Pattern.compile(
            "在" + AREA + "第[一二三四五六七八九十]+届\\s*人民代表大会");
    private static final Pattern ON_BEHALF = Pattern.compile("代表" + AREA + "(?:人民)?政府\\s*向");
    /** National: 国务院 issues or reports, 在第十四届全国人民代表大会. */
    private static final Pattern NATIONAL_TITLE = Pattern.compile("^" + YEAR + "(?:国务院|中共中央、?国务院|中华人民共和国国务院)");
    private static final Pattern NATIONAL_BODY = Pattern.compile(
            "在第[一二三四五六七八九十]+届\\s*全国人民代表大会|代表国务院\\s*向");
    private static final int OPENING = 3000;
    /** How often the opening must name one provincial-level division, and by how much more than any other. */
    private static final int DOMINANT_MENTIONS = 3;
    private static final int DOMINANT_FACTOR = 2;

    private RegionFinder() {
    }

    /**
     * @throws RejectedDocument 400 when the upload names a region that is no administrative area
     */
    static Found<Region> find(CleanText clean, TitleFinder.Head head, Found<String> title, Found<String> issuer,
                              UploadFields fields) {
        if (fields.region() != null && !fields.region().isBlank()) {
            Region r = Regions.normalize(fields.region());
            if (r == null) {
                throw RejectedDocument.badRequest("'region' must name an administrative area: 全国, a province, "
                        + "municipality or autonomous region (河北省, 北京市, 广西壮族自治区 or 河北, 京), or a city or "
                        + "district ending in 市, 州, 盟, 区, 县 or 旗; '" + fields.region().strip() + "' is none of these.");
            }
            return new Found<>(r, "upload");
        }
        Found<Region> r = first(title, TITLE, NATIONAL_TITLE);
        if (r == null) {
            r = first(issuer, SPEAKER, NATIONAL_TITLE);
        }
        for (int i = 0; r == null && i < head.lines().size(); i++) {
            int s = head.ranges().get(i)[0];
            r = first(Found.inText(head.lines().get(i), s, s + head.lines().get(i).length()), SPEAKER, NATIONAL_TITLE);
        }
        String opening = clean.text().substring(0, Math.min(clean.text().length(), OPENING));
        if (r == null) {
            r = inOpening(opening, CONGRESS);
        }
        if (r == null) {
            r = inOpening(opening, ON_BEHALF);
        }
        if (r == null) {
            Matcher m = NATIONAL_BODY.matcher(opening);
            if (m.find()) {
                r = Found.inText(Region.NATIONAL, m.start(), m.end());
            }
        }
        return r != null ? r : dominant(opening);
    }

    /**
     * Last: a document that names its area nowhere formal speaks for the provincial-level division its opening keeps
     * naming (市长张工在报告中说，2024年是…天津实施“十四五”规划…在天津发展历史进程中…: 天津市) — at least three times and
     * more than twice as often as any other, so a text about 京津冀 names none. The evidence is the first mention.
     */
    private static Found<Region> dominant(String opening) {
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (String name : Regions.provincialShortNames()) {
            int n = count(opening, name);
            if (n > bestCount) {
                second = bestCount;
                best = name;
                bestCount = n;
            } else if (n > second) {
                second = n;
            }
        }
        if (best == null || bestCount < DOMINANT_MENTIONS || bestCount <= DOMINANT_FACTOR * second) {
            return null;
        }
        int at = opening.indexOf(best);
        return Found.inText(Regions.normalize(best), at, at + best.length());
    }

    private static int count(String text, String name) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            n++;
        }
        return n;
    }

    /** The area a metadata value names: in its text range when it was found in the text, else from that value. */
    private static Found<Region> first(Found<String> found, Pattern area, Pattern national) {
        if (found == null) {
            return null;
        }
        String v = found.value();
        int offset = found.source().startsWith("text:") ? Integer.parseInt(found.source().substring(5).split("-")[0]) : -1;
        Matcher n = national.matcher(v);
        if (n.find()) {
            return at(Region.NATIONAL, found, offset, n.start(), n.end());
        }
        Matcher m = area.matcher(v);
        if (m.find()) {
            Region r = Regions.normalize(m.group(1));
            if (r != null) {
                return at(r, found, offset, m.start(1), m.end(1));
            }
        }
        return null;
    }

    private static Found<Region> at(Region r, Found<String> found, int offset, int start, int end) {
        // a title from the file name or the page's <title> is not in the text: keep its own source
        return offset < 0 ? new Found<>(r, found.source()) : Found.inText(r, offset + start, offset + end);
    }

    private static Found<Region> inOpening(String opening, Pattern p) {
        Matcher m = p.matcher(opening);
        while (m.find()) {
            Region r = Regions.normalize(m.group(1));
            if (r != null) {
                return Found.inText(r, m.start(1), m.end(1));
            }
        }
        return null;
    }
}
