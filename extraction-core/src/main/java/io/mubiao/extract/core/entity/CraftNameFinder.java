package io.mubiao.extract.core.entity;

import java.util.regex.Pattern;

/**
 * Ships, submersibles and spacecraft are named by a quotation followed by 号, with their kind when it follows
 * (“奋斗者”号极限深潜, “未来”号试验船, “梦想”号大洋钻探船) → FACILITY, quotation marks kept (SCHEMA: marks inside a name
 * stay). Not a call (响应“…”号召).
 */
final class CraftNameFinder extends PatternFinder {

    private static final Pattern CRAFT = Pattern.compile(
            "“[^“”\\n]{1,8}”号(?!召)(?:\\p{IsHan}{0,5}(?:船|舰|艇|潜水器|卫星|飞船|探测器))?");

    CraftNameFinder() {
        super("”号", CRAFT, "FACILITY");
    }
}
