package io.mubiao.extract.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helper: runs one finder on one line. */
final class Lines {

    private Lines() {
    }

    static LineContext of(String s) {
        return new LineContext(s, Gazetteer.get(), EntityRecognizer.newSegment());
    }

    static List<Span> find(NameFinder finder, String s) {
        List<Span> out = new ArrayList<>();
        finder.find(of(s), out);
        return out;
    }

    static Optional<Span> span(NameFinder finder, String s, String text) {
        return find(finder, s).stream().filter(x -> s.substring(x.start(), x.end()).equals(text)).findFirst();
    }

    static List<String> texts(NameFinder finder, String s) {
        return find(finder, s).stream().map(x -> s.substring(x.start(), x.end())).toList();
    }
}
