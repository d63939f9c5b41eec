package io.mubiao.targets.documents;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * The section tree of a document from the flat list of headings in document order: a section is the child of the
 * nearest preceding section with a smaller level (1 = outermost), as documents.ingested defines nesting.
 */
public final class SectionTree {

    /** One node: the heading, the range it governs and its subsections. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(int level, String label, String heading, int start, int end, List<Node> children) {
    }

    /** A heading of the flat list. */
    public record Flat(int level, String label, String heading, int start, int end) {
    }

    private SectionTree() {
    }

    public static List<Node> build(List<Flat> flat) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        for (Flat f : flat) {
            Node node = new Node(f.level(), f.label(), f.heading(), f.start(), f.end(), new ArrayList<>());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= f.level()) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                roots.add(node);
            } else {
                stack.get(stack.size() - 1).children().add(node);
            }
            stack.add(node);
        }
        return roots;
    }
}
