package io.mubiao.contracts.regions;

import io.mubiao.contracts.vocabulary.RegionLevel;

/**
 * The administrative area a document speaks for: 全国, a provincial-level division under its full name (天津市,
 * 广西壮族自治区), or a city or district below it as the document names it (深圳市, 天津市滨海新区).
 *
 * @param name  the normalized name (天津 / 天津市 / 津 → 天津市)
 * @param level how high the area stands (national, province, city, district)
 */
public record Region(String name, RegionLevel level) {
    public static final Region NATIONAL = new Region("全国", RegionLevel.NATIONAL);
}
