package io.mubiao.text;

import java.util.regex.Pattern;

/**
 * The lines the extractor skips: every line {@link BoilerplateRules} calls furniture, and besides a line holding
 * a furniture marker word (版权, 备案, 微信, 电话：, 浏览次数, 主办单位 …) that is not a long paragraph of prose. Their
 * numbers (record numbers, phone numbers, view counts) are never targets. document-formats, which cuts text out
 * of what users see, keeps to the stricter rules of {@link BoilerplateRules} alone.
 */
public final class FurnitureWords {
    private static final Pattern FURNITURE = Pattern.compile(
            "版权|声明|投稿|备案|网安备|ICP|邮箱|微信|手机[:：]|电话[:：]|来源[:：]|关键词[:：]|当前位置|您的位置|扫一扫|分享到|责任编辑|"
                    + "打印|关闭窗口|https?://|www\\.|\\.(jpg|png|gif|htm)|相关政府网站|摘自|查看更多|点赞|收藏|浏览次数|阅读量|主办单位|承办单位");

    private FurnitureWords() {
    }

    /** A line of page furniture: blank, a line of {@link BoilerplateRules}, or a marker word in a short line. */
    public static boolean isFurniture(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return true;
        }
        return hasMarker(t) || BoilerplateRules.classify(t, false) != null;
    }

    /**
     * A marker word in a line that is not a long paragraph of prose: a real paragraph may quote 声明 or 备案;
     * furniture lines are short or carry no full stop (特别声明：…, 凡来源… are furniture however long).
     */
    static boolean hasMarker(String t) {
        if (FURNITURE.matcher(t).find()) {
            return t.length() < 120 || t.indexOf('。') < 0 || t.startsWith("特别声明") || t.startsWith("凡来源");
        }
        return false;
    }
}
