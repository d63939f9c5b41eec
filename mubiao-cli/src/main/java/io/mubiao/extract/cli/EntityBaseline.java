package io.mubiao.extract.cli;

import io.mubiao.extract.core.EntityMention;
import io.mubiao.extract.eval.HanLpBaselineRecognizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entity rows of the HanLP-alone baseline ({@link HanLpBaselineRecognizer}: HanLP's person/place/organisation tags,
 * nothing else), for the documents that have entity gold, so that {@code mubiao eval} reports it beside the pipeline.
 */
final class EntityBaseline {
    private EntityBaseline() {
    }

    static List<Map<String, Object>> rows(Map<String, String> texts, List<Map<String, Object>> goldRows) {
        Set<String> docs = new TreeSet<>();
        for (Map<String, Object> g : goldRows) {
            if ("entity".equals(g.get("record"))) {
                docs.add(String.valueOf(g.get("doc")));
            }
        }
        HanLpBaselineRecognizer baseline = new HanLpBaselineRecognizer();
        List<Map<String, Object>> out = new ArrayList<>();
        for (String doc : docs) {
            String text = texts.get(doc);
            if (text == null) {
                continue;
            }
            for (EntityMention e : baseline.recognize(text)) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("record", "entity");
                r.put("doc", doc);
                r.put("text", e.text());
                r.put("type", e.type());
                out.add(r);
            }
        }
        return out;
    }
}
