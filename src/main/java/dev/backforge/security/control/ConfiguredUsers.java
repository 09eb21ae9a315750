package dev.backforge.security.control;

import dev.backforge.kernel.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The users, from configuration: {@code backforge.security.users=alice:operator,bob:viewer} and, per user,
 * {@code backforge.security.password-hash.<user>} (a PBKDF2 hash, see {@code backforge-cli.jar hash-password}).
 * No password is in the code or in clear anywhere. A verified password is remembered for a few minutes (as a salted
 * digest in memory) so that a client sending Basic credentials on every request does not pay PBKDF2 each time.
 */
@ApplicationScoped
public class ConfiguredUsers implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ConfiguredUsers.class.getName());
    public static final Set<String> ROLES = Set.of("operator", "viewer");
    private static final Duration REMEMBER = Duration.ofMinutes(5);

    @Inject
    Config config;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final String pepper = UUID.randomUUID().toString();

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential c)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<String> role = role(c.getCaller());
        Optional<String> hash = config.getOptionalValue("backforge.security.password-hash." + c.getCaller(),
                String.class);
        if (role.isEmpty() || hash.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String remembered = Hashes.sha256(pepper + "\u0000" + c.getCaller() + "\u0000" + c.getPasswordAsString()
                + "\u0000" + hash.get());
        Instant until = verified.get(remembered);
        if (until == null || until.isBefore(Instant.now())) {
            if (!PasswordHashes.verify(c.getPassword().getValue(), hash.get())) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            verified.put(remembered, Instant.now().plus(REMEMBER));
        }
        return new CredentialValidationResult(c.getCaller(), Set.of(role.get()));
    }

    private Optional<String> role(String user) {
        String users = config.getOptionalValue("backforge.security.users", String.class).orElse("");
        for (String entry : users.split(",")) {
            String[] pair = entry.trim().split(":");
            if (pair.length == 2 && pair[0].equals(user)) {
                if (ROLES.contains(pair[1])) {
                    return Optional.of(pair[1]);
                }
                LOG.warning(() -> "user " + user + " has the unknown role " + pair[1] + "; use operator or viewer");
            }
        }
        return Optional.empty();
    }
}
