package io.mubiao.contracts.regions;

/**
 * The administrative area a document speaks for: 全国, a provincial-level division under its full name (天津市,
 * 广西壮族自治区), or a city or district below it as the document names it (深圳市, 天津市滨海新区).
 *
 * @param name  the normalized name (天津 / 天津市 / 津 → 天津市)
 * @param level how high the area stands
 */
public record Region(String name, Level level) {
    public static final Region NATIONAL = new Region("全国", Level.NATIONAL);

    /** national (全国), province (provinces, municipalities, autonomous regions, SARs), city, district (区, 县, 旗). */
    public enum Level {
        NATIONAL, PROVINCE, CITY, DISTRICT;

        /** The level as written in events and the API: national, province, city, district. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
