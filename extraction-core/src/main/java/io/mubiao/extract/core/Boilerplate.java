package io.mubiao.extract.core;

import java.util.regex.Pattern;

/**
 * Web-page furniture around the text of a document: navigation, datelines, share buttons, legal
 * footers, contact lines. Their numbers (record numbers, phone numbers, view counts) are never targets.
 */
public final class Boilerplate {
    private static final Pattern FURNITURE = Pattern.compile(
            "版权|声明|投稿|备案|网安备|ICP|邮箱|微信|手机[:：]|电话[:：]|来源[:：]|关键词[:：]|当前位置|您的位置|扫一扫|分享到|责任编辑|"
                    + "打印|关闭窗口|https?://|www\\.|\\.(jpg|png|gif|htm)|相关政府网站|摘自|查看更多|点赞|收藏|浏览次数|阅读量|主办单位|承办单位");

    private Boilerplate() {
    }

    /** A line of page furniture: a marker word in a line that is not a long paragraph of prose. */
    public static boolean isFurniture(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (FURNITURE.matcher(t).find()) {
            // a real paragraph may quote 声明 or 备案; furniture lines are short or carry no full stop
            return t.length() < 120 || t.indexOf('。') < 0 || t.startsWith("特别声明") || t.startsWith("凡来源");
        }
        return false;
    }
}
