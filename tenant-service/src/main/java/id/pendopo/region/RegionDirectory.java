package id.pendopo.region;

import id.pendopo.shared.Expiring;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Looks up official regions: a regency's districts (kecamatan) and a district's villages (desa/kelurahan). */
@ApplicationScoped
public class RegionDirectory {

    @PersistenceContext(unitName = "pendopo")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pendopo.cache.seconds", defaultValue = "10")
    int cacheSeconds;

    /** Regions as read recently, detached; only found ones are kept (see {@link Expiring}). */
    private Expiring<String, Region> known;

    public RegionDirectory() {
    }

    /** For tools and tests outside a container: nothing is kept. */
    public RegionDirectory(EntityManager em) {
        this.em = em;
        this.clock = Clock.systemUTC();
        init();
    }

    @PostConstruct
    void init() {
        known = new Expiring<>(clock, Duration.ofSeconds(cacheSeconds));
    }

    /**
     * The region of {@code kode} as read at most {@code pendopo.cache.seconds} ago, for checking every report's
     * location; a code not found is looked up again each time, so a new import counts at once. Read it only.
     */
    public Optional<Region> recent(String kode) {
        return known.present(kode, () -> find(kode));
    }

    public Optional<Region> find(String kode) {
        return Optional.ofNullable(em.find(Region.class, kode));
    }

    /** The regions one level below {@code parentKode}, ordered by code. */
    public List<Region> childrenOf(String parentKode) {
        return em.createQuery("SELECT r FROM Region r WHERE r.parentKode = :p ORDER BY r.kode", Region.class)
                .setParameter("p", parentKode)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM Region r", Long.class).getSingleResult();
    }

    /** How many districts and villages lie under a regency code. */
    public long countUnder(String regencyKode, RegionLevel level) {
        return em.createQuery("SELECT COUNT(r) FROM Region r WHERE r.kode LIKE :prefix AND r.level = :level", Long.class)
                .setParameter("prefix", regencyKode + ".%")
                .setParameter("level", level.number())
                .getSingleResult();
    }
}
