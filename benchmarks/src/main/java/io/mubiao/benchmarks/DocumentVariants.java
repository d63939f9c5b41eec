package io.mubiao.benchmarks;

/**
 * New documents made from the seeds: each gets a unique marker line, so its bytes (and so its id, a SHA-256 prefix)
 * are new and the service extracts it instead of answering "already uploaded".
 */
public final class DocumentVariants {
    private final SeedCorpus corpus;
    private final String run;

    /** @param run a token unique to this benchmark run (documents of an earlier run are not reused) */
    public DocumentVariants(SeedCorpus corpus, String run) {
        this.corpus = corpus;
        this.run = run;
    }

    static String marker(String run, int i) {
        return "\n（基准测试 " + run + " 第" + i + "份）\n";
    }

    /** Variant i: seed i mod n with the marker appended. */
    public String variant(int i) {
        SeedCorpus.Doc d = corpus.documents().get(i % corpus.documents().size());
        return d.text() + marker(run, i);
    }

    /**
     * Variant i of exactly {@code length} characters: the longest seeds cycled, cut to make room for the marker
     * (which ends the text). The seeds must be at least that long.
     */
    public String ofLength(int i, int length) {
        var longOnes = corpus.documents().stream().filter(d -> d.text().length() >= length).toList();
        if (longOnes.isEmpty()) {
            throw new IllegalStateException("no seed has " + length + " characters");
        }
        String marker = marker(run, i);
        String text = longOnes.get(i % longOnes.size()).text();
        return text.substring(0, length - marker.length()) + marker;
    }
}
