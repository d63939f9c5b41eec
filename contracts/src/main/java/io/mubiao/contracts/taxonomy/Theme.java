package io.mubiao.contracts.taxonomy;

import java.util.List;

/**
 * One policy theme of a taxonomy.
 *
 * @param code           stable identifier used in events, the store and the API ({@code green})
 * @param nameZh         Chinese name as the source document gives it (绿色低碳发展行动)
 * @param nameEn         English name
 * @param description    what the theme covers, from the document that defines it
 * @param headingCues    words that, found in a section heading, file the targets under it under this theme
 * @param indicatorCues  words that, found in an indicator or its sentence, signal this theme
 */
public record Theme(
        String code,
        String nameZh,
        String nameEn,
        String description,
        List<String> headingCues,
        List<String> indicatorCues) {
}
