package io.mubiao.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Everything a rendered overlay must pass: strict models, then references. */
final class Checks {
    private Checks() {
    }

    static List<String> all(String overlay, String renderedYaml) {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> docs = Repo.parseDocuments(renderedYaml);
        List<StrictModels.Obj> objects = StrictModels.parse(docs, problems);
        if (problems.isEmpty()) {
            References.check(overlay, objects, ServiceModules.load(Repo.root()), Repo.root(), problems);
        }
        return problems;
    }

    static List<String> renderAndCheck(Path kustomizeDir, String overlay) {
        return all(overlay, Repo.kustomize(kustomizeDir));
    }
}
