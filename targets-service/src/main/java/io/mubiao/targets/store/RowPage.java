package io.mubiao.targets.store;

import java.util.List;

/** One page of typed rows and how many rows the whole answer has. */
public record RowPage<T>(List<T> rows, long total) {
}
