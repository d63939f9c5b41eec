package io.mubiao.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

final class References {
    private References() {
    }

    static void check(String overlay, List<StrictModels.Obj> objects, Map<String, ServiceModules.Service> services,
                      Path repoRoot, List<String> problems) {
    }
}
