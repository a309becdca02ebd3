package id.pendopo.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Looks up official regions: a regency's districts (kecamatan) and a district's villages (desa/kelurahan). */
@ApplicationScoped
public class RegionDirectory {

    @PersistenceContext(unitName = "pendopo")
    EntityManager em;

    public RegionDirectory() {
    }

    /** For tools and tests outside a container. */
    public RegionDirectory(EntityManager em) {
        this.em = em;
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
