package io.mubiao.extract.core.entity;

/** A word unit of a line: a gazetteer name ({@code entry} set, nature "G") or a (piece of a) HanLP token. */
record Unit(int start, int end, String nature, Gazetteer.Entry entry) {

    int length() {
        return end - start;
    }

    boolean named() {
        return entry != null;
    }

    boolean isType(String type) {
        return entry != null && type.equals(entry.type());
    }
}
