package io.mubiao.targets.store;

import io.mubiao.targets.indicators.IndicatorSynonyms;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps {@code targets.indicator_key} true to the synonym resource this build carries: at start-up, every stored
 * indicator whose key the resource now computes differently is re-keyed (rows written before a resource change, or
 * before the key existed). Keys are never guessed per request.
 */
@ApplicationScoped
public class IndicatorKeyRefresh {
    private static final Logger LOG = Logger.getLogger(IndicatorKeyRefresh.class);

    @Inject
    EntityManager em;

    @Inject
    IndicatorSynonyms synonyms;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct indicator, indicator_key from targets").getResultList();
        int changed = 0;
        for (Object[] row : rows) {
            String indicator = (String) row[0];
            String key = synonyms.key(indicator);
            if (!key.equals(row[1])) {
                changed += em.createNativeQuery("update targets set indicator_key = ?1 where indicator = ?2 and indicator_key = ?3")
                        .setParameter(1, key).setParameter(2, indicator).setParameter(3, row[1]).executeUpdate();
            }
        }
        if (changed > 0) {
            LOG.infof("re-keyed %d targets to the current indicator synonyms", changed);
        }
    }
}
