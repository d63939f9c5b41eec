package io.mubiao.extract.core.entity;

import java.util.List;

/**
 * One way of finding names in a line (as OpenNLP's TokenNameFinder): a dictionary finder, a head-word finder, a
 * quoted-name finder … Each adds its candidates; {@link OverlapResolver} picks among them. Implementations are
 * stateless and thread-safe (the per-line state lives in {@link LineContext}).
 */
interface NameFinder {

    void find(LineContext line, List<Span> out);
}
