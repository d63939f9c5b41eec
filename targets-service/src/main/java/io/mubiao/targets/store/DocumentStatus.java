package io.mubiao.targets.store;

/** Where a document stands in the pipeline, as far as targets-service has heard. */
public enum DocumentStatus {
    RECEIVED, EXTRACTED, FAILED
}
