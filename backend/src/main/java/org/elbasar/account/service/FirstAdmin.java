package org.elbasar.account.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.account.domain.Person;
import org.elbasar.account.domain.PlatformRole;
import org.jboss.logging.Logger;

/**
 * Creates the first admin of a new installation from ELBASAR_ADMIN_EMAIL and ELBASAR_ADMIN_PASSWORD,
 * when no account has that address yet; nothing happens otherwise.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final Optional<String> email;
    private final Optional<String> password;
    private final PasswordHasher hasher;
    private final Clock clock;

    public FirstAdmin(@ConfigProperty(name = "elbasar.admin.email") Optional<String> email,
            @ConfigProperty(name = "elbasar.admin.password") Optional<String> password, PasswordHasher hasher, Clock clock) {
        this.email = email;
        this.password = password;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (email.isEmpty() || password.isEmpty() || Person.findByEmail(email.get()).isPresent()) {
            return;
        }
        if (password.get().length() < 12) {
            LOG.error("ELBASAR_ADMIN_PASSWORD must have at least 12 characters: no admin created");
            return;
        }
        Person admin = new Person();
        admin.id = UUID.randomUUID();
        admin.email = email.get().trim();
        admin.firstName = "Admin";
        admin.lastName = "elBasar";
        admin.passwordHash = hasher.hash(password.get());
        admin.locale = "fr";
        admin.platformRole = PlatformRole.ADMIN;
        admin.active = true;
        admin.createdAt = clock.instant();
        admin.passwordChangedAt = admin.createdAt;
        admin.persist();
        LOG.infof("First admin %s created", admin.email);
    }
}
