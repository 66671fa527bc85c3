package org.grantwell.db.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.organisation.Organisation;

/**
 * A person who logs in: their password (a PBKDF2 hash, never the password), the organisation they
 * act for, their roles, and for assessors the force area they come from (they never score a bid of
 * their own area).
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "AppUser.findByUsername", query = "SELECT u FROM AppUser u WHERE u.username = :username")
public class AppUser {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "home_force_area_id")
  private ForceArea homeForceArea;

  @Column(nullable = false)
  private boolean enabled = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "app_user_id"))
  @Column(name = "role", nullable = false)
  private Set<String> roles = new TreeSet<>();

  @Version private long version;

  protected AppUser() {}

  public AppUser(
      String username,
      String passwordHash,
      String displayName,
      Organisation organisation,
      ForceArea homeForceArea,
      Set<String> roles) {
    if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
      throw new IllegalArgumentException("A username is 2-64 lower-case letters, digits, dots or dashes");
    }
    this.username = username;
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.homeForceArea = homeForceArea;
    this.roles = new TreeSet<>(roles);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public ForceArea getHomeForceArea() {
    return homeForceArea;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<String> getRoles() {
    return Collections.unmodifiableSet(roles);
  }
}
