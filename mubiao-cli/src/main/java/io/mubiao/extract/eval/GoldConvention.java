package io.mubiao.extract.eval;

import io.mubiao.extract.core.entity.BoilerplateFilter.LineKind;
import io.mubiao.extract.core.entity.EntityRecognizer;
import java.util.Set;

/**
 * The annotation convention of {@code seeds/gold} for entities on web pages: the names in link lists (相关政府网站:
 * 天津政务网 …) and in copyright and address lines (版权所有:天津绍兴商会) are annotated, navigation, URLs and credits
 * are not. The product skips all of that boilerplate; this recognizer reads as the annotators did, to tell how much
 * of the recall gap is the convention and how much the rules.
 */
public final class GoldConvention {
    /** The boilerplate line kinds the gold annotates names in. */
    public static final Set<LineKind> ANNOTATED_BOILERPLATE = Set.of(LineKind.LINK_LIST, LineKind.LEGAL);

    private GoldConvention() {
    }

    public static EntityRecognizer recognizer() {
        return new EntityRecognizer(ANNOTATED_BOILERPLATE);
    }
}
