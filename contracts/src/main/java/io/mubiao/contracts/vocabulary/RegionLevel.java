package io.mubiao.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/** How high the area a document speaks for stands ({@code regionLevel} in events and the API). */
public enum RegionLevel {
    /** 全国. */
    NATIONAL("national"),
    /** A provincial-level division: 省, 直辖市 (天津市), 自治区, 特别行政区. */
    PROVINCE("province"),
    /** A city below a province: 深圳市. */
    CITY("city"),
    /** A district, county or banner: 天津市滨海新区, 县, 旗. */
    DISTRICT("district");

    private final String wire;

    RegionLevel(String wire) {
        this.wire = wire;
    }

    /** The value in events and the API. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Every wire value. */
    public static Set<String> wireValues() {
        return Vocabulary.wireValues(values(), RegionLevel::wire);
    }

    /** The constant of a wire value; IllegalArgumentException naming the accepted values for any other string. */
    @JsonCreator
    public static RegionLevel of(String wire) {
        return Vocabulary.of(values(), RegionLevel::wire, wire, "RegionLevel");
    }
}
