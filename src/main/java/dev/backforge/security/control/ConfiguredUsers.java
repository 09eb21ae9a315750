package dev.backforge.security.control;

import dev.backforge.kernel.Hashes;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Checks user name and password against the users file. An unknown name costs the same PBKDF2 work as a known one
 * (against a hash of a random password), so the answer's timing does not tell which names exist. A verified password
 * is remembered for a few minutes (as a salted digest in memory) so that a client sending Basic credentials on every
 * request does not pay PBKDF2 each time.
 */
@ApplicationScoped
public class ConfiguredUsers implements IdentityStore {

    private static final Duration REMEMBER = Duration.ofMinutes(5);

    @Inject
    UsersFile users;

    @Inject
    MetricRegistry metrics;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final AtomicReference<String> dummy = new AtomicReference<>();
    private final String pepper = UUID.randomUUID().toString();

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential c)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<UserLines.User> user = users.user(c.getCaller());
        String hash = user.isPresent() ? user.get().hash() : dummy();
        String remembered = Hashes.sha256(pepper + "\u0000" + c.getCaller() + "\u0000" + c.getPasswordAsString()
                + "\u0000" + hash);
        Instant until = verified.get(remembered);
        if (until == null || until.isBefore(Instant.now())) {
            checks().inc();
            boolean matches = PasswordHashes.verify(c.getPassword().getValue(), hash);
            if (!matches || user.isEmpty()) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            verified.put(remembered, Instant.now().plus(REMEMBER));
        }
        return new CredentialValidationResult(c.getCaller(), Set.of(user.get().role()));
    }

    /**
     * The stand-in hash is made at boot, on a managed thread: making it is as slow as a password check, and the
     * first request with credentials would otherwise pay for it and for compiling PBKDF2's loop besides.
     */
    void prepare(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.execute(this::dummy);
    }

    private String dummy() {
        String made = dummy.get();
        if (made == null) {
            // two threads may both make one; the first one stored is used by all
            dummy.compareAndSet(null, PasswordHashes.hash(UUID.randomUUID().toString().toCharArray()));
            made = dummy.get();
        }
        return made;
    }

    private Counter checks() {
        return metrics.counter("backforge_password_checks");
    }
}
