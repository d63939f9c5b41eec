package io.mubiao.targets.config;

import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.targets.indicators.IndicatorSynonyms;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The reference data the read model is built with: the theme taxonomy ({@code mubiao.targets.taxonomy-file},
 * env {@code MUBIAO_TARGETS_TAXONOMY_FILE}; the built-in Tianjin ten actions when unset) and the indicator
 * synonyms. Both are loaded at start-up: a malformed taxonomy file stops the service with the loader's message.
 */
@ApplicationScoped
public class ReferenceData {
    private static final Logger LOG = Logger.getLogger(ReferenceData.class);

    @ConfigProperty(name = "mubiao.targets.taxonomy-file")
    Optional<Path> taxonomyFile;

    @Produces
    @Singleton
    ThemeTaxonomy taxonomy() {
        ThemeTaxonomy t = ThemeTaxonomy.load(taxonomyFile);
        LOG.infof("theme taxonomy %s (%s): %d themes", t.name(), taxonomyFile.map(Path::toString).orElse("built in"),
                t.themes().size());
        return t;
    }

    @Produces
    @Singleton
    IndicatorSynonyms synonyms() {
        return IndicatorSynonyms.loadDefault();
    }

    /** Loads both now, so that a bad file fails the start and not the first request. */
    void onStart(@Observes StartupEvent event, ThemeTaxonomy taxonomy, IndicatorSynonyms synonyms) {
        synonyms.names();
        taxonomy.themes();
    }
}
