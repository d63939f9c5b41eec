package io.mubiao.extract.service;

import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.documents.UploadLimits;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.preview.Preview;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds the one {@link Extractor} of the service at start-up, with the theme taxonomy of
 * {@code mubiao.extract.taxonomy-file} (env {@code MUBIAO_EXTRACT_TAXONOMY_FILE}; the default taxonomy when unset).
 * A malformed or unreadable file stops start-up with the loader's message.
 */
@ApplicationScoped
public class ExtractorProducer {
    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class);

    @ConfigProperty(name = "mubiao.extract.taxonomy-file")
    Optional<String> taxonomyFile;

    @Produces
    @Singleton
    @Startup
    Extractor extractor() {
        ThemeTaxonomy taxonomy = taxonomy(taxonomyFile);
        LOG.infof("theme taxonomy: %s (%d themes) from %s", taxonomy.name(), taxonomy.themes().size(),
                taxonomyFile.filter(f -> !f.isBlank()).orElse("the default"));
        return new Extractor(taxonomy);
    }

    /** The preview of POST /extract, with the service's extractor and the limits of an upload. */
    @Produces
    @Singleton
    Preview preview(Extractor extractor,
                    @ConfigProperty(name = "mubiao.extract.preview-max-bytes", defaultValue = "20971520") long maxBytes) {
        return new Preview(extractor, new UploadLimits(maxBytes, "mubiao.extract.preview-max-bytes"));
    }

    /** The configured taxonomy; throws {@link ThemeTaxonomy.InvalidTaxonomyException} naming the file and the problem. */
    static ThemeTaxonomy taxonomy(Optional<String> file) {
        return ThemeTaxonomy.load(file.map(String::strip).filter(f -> !f.isEmpty()).map(Path::of));
    }
}
