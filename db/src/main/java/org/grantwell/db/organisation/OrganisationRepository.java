package org.grantwell.db.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores and finds organisations. */
@ApplicationScoped
public class OrganisationRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Organisation> find(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  public Optional<Organisation> findByIdentifier(String identifier) {
    return em.createNamedQuery("Organisation.findByIdentifier", Organisation.class)
        .setParameter("identifier", identifier)
        .getResultStream()
        .findFirst();
  }

  public java.util.List<Organisation> findAll() {
    return em.createQuery(
            "SELECT o FROM Organisation o LEFT JOIN FETCH o.forceArea ORDER BY o.type, o.name", Organisation.class)
        .getResultList();
  }

  public Optional<Organisation> findByName(String name) {
    return em.createNamedQuery("Organisation.findByName", Organisation.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /** The local policing body of a force area, by the area's code. */
  public Optional<Organisation> findPccOffice(String areaCode) {
    return em.createNamedQuery("Organisation.findPccOffice", Organisation.class)
        .setParameter("areaCode", areaCode)
        .getResultStream()
        .findFirst();
  }

  public Organisation store(Organisation organisation) {
    if (organisation.getId() == null) {
      em.persist(organisation);
      return organisation;
    }
    return em.merge(organisation);
  }
}
