package io.mubiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary is printed character for character as score.py's json.dumps prints it. */
class PythonJsonTest {
    @Test
    void printsLikePythonsJsonDumps() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("gold", 330);
        inner.put("f1", 1.0);
        inner.put("recall", 0.9788);
        inner.put("tiny", 0.00001);
        inner.put("big", 12000000.0);
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("targets", inner);
        res.put("empty", new LinkedHashMap<>());
        res.put("doc", "“津农精品”\"");
        // python3 -c 'import json; print(json.dumps({...}, ensure_ascii=False))' with the same dict
        assertEquals("{\"targets\": {\"gold\": 330, \"f1\": 1.0, \"recall\": 0.9788, \"tiny\": 1e-05, \"big\": 12000000.0}, "
                + "\"empty\": {}, \"doc\": \"“津农精品”\\\"\"}", PythonJson.dumps(res, 0));
        Map<String, Object> small = new LinkedHashMap<>();
        small.put("targets", Map.of("gold", 330));
        small.put("empty", Map.of());
        // json.dumps({"targets": {"gold": 330}, "empty": {}}, indent=1)
        assertEquals("{\n \"targets\": {\n  \"gold\": 330\n },\n \"empty\": {}\n}", PythonJson.dumps(small, 1));
    }
}
