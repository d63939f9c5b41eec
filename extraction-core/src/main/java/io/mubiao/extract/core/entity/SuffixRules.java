package io.mubiao.extract.core.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * The suffix table: a span that ends with one of these words and whose left part passes the profile's filter becomes
 * a candidate of the given type. Immutable.
 */
final class SuffixRules {

    /** How the left part of a suffix candidate is collected and checked. */
    enum Profile {
        /** Name-like units only (nouns, abbreviations, gazetteer names); needs a place/organisation anchor. */
        NAMED,
        /** Like NAMED but also accepts verbs (推进…领导小组); stops at a generic body (市政府) and at punctuation. */
        TASK_GROUP,
        /** Company names: any content units up to a hard boundary; no anchor needed. */
        COMPANY,
        /** Universities and schools: name-like units, no anchor needed. */
        SCHOOL,
        /** Railways: two to four characters of short units (津兴城际, 京滨城际, 津潍高铁). */
        RAIL,
        /** A single place name right before (天津港, 天津西站). */
        PLACE_ONLY
    }

    record Rule(String suffix, String type, Profile profile, int maxPrefix) {
    }

    static final Map<String, Rule> RULES = new HashMap<>();
    static final int MAX_SUFFIX;
    /** The last characters of all suffixes: a unit ending otherwise cannot end a suffix match. */
    static final String FINAL_CHARS;

    private static void add(String type, Profile p, int maxPrefix, String... suffixes) {
        for (String s : suffixes) {
            RULES.put(s, new Rule(s, type, p, maxPrefix));
        }
    }

    static {
        add("ORG", Profile.NAMED, 14, "集团", "控股集团", "研究院", "研究所", "研究中心", "设计院", "科学院", "实验室", "银行",
                "委员会", "办公室", "联合会", "商会", "协会", "学会", "基金会", "促进会", "研究会", "联盟", "中心", "政务网",
                "门户网站", "网站", "日报", "晚报", "报社", "电视台", "广播电视台", "法院", "检察院", "局", "委", "厅", "公司");
        add("ORG", Profile.TASK_GROUP, 16, "领导小组", "工作领导小组", "工作组", "指挥部", "工作专班");
        add("ORG", Profile.COMPANY, 20, "有限公司", "股份有限公司", "有限责任公司", "股份公司");
        add("ORG", Profile.SCHOOL, 10, "大学", "学院", "党校", "职业学院", "职业技术学院", "研究生院");
        add("FACILITY", Profile.NAMED, 14, "科技园", "产业园", "科创园", "创新园", "软件园", "工业园", "物流园", "产业园区",
                "工业园区", "科技园区", "园区", "园", "科技城", "新城", "生态城", "智慧城", "产业新城", "示范区", "功能区", "先行区",
                "试验区", "开发区", "高新区", "保税区", "综合保税区", "保税港区", "自贸区", "经济区", "工业区", "产业区", "合作区",
                "集聚区", "商务区", "金融区", "港区", "机场", "国际机场", "工程", "基地", "码头", "医院", "博物馆", "图书馆",
                "美术馆", "科技馆", "体育场", "体育馆", "体育中心", "会展中心", "剧院", "大剧院", "公园", "湿地公园", "网", "大桥",
                "隧道", "高速公路");
        add("FACILITY", Profile.RAIL, 4, "城际", "高铁", "铁路", "城际铁路", "高速铁路", "地铁", "轻轨");
        add("FACILITY", Profile.PLACE_ONLY, 8, "港", "站", "西站", "南站", "北站", "东站");
        add("LOCATION", Profile.NAMED, 10, "新区");
        add("POLICY", Profile.NAMED, 16, "规划", "规划纲要", "总体规划", "发展规划", "专项规划", "行动计划", "行动方案", "实施方案",
                "实施意见", "三年行动", "条例", "战略", "纲要", "计划", "行动", "方案");
        add("EVENT", Profile.NAMED, 18, "博览会", "论坛", "峰会", "大会", "会议", "座谈会", "交易会", "洽谈会", "展览会", "运动会",
                "大赛", "年会", "联席会议", "发布会", "推介会", "研讨会", "交流会");
        int m = 0;
        for (String s : RULES.keySet()) {
            m = Math.max(m, s.length());
        }
        MAX_SUFFIX = m;
        StringBuilder f = new StringBuilder();
        for (String x : RULES.keySet()) {
            char c = x.charAt(x.length() - 1);
            if (f.indexOf(String.valueOf(c)) < 0) {
                f.append(c);
            }
        }
        FINAL_CHARS = f.toString();
    }

    private SuffixRules() {
    }
}
