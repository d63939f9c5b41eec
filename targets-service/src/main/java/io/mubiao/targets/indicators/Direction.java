package io.mubiao.targets.indicators;

/** Which way an indicator improves: more is better (GDP, good-air days) or less is better (PM2.5, unemployment). */
public enum Direction {
    UP, DOWN
}
