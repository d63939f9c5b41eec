package io.mubiao.targets.api;

import java.util.List;
import java.util.Map;

/** The shape of every list answer: {@code {"items": [...], "total": N, "page": P, "size": S, "links": {...}}}. */
public record Page<T>(List<T> items, long total, int page, int size, Map<String, String> links) {
}
