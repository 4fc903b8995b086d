package se.diktera.app.ui;

import java.time.Clock;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.diktera.app.AuditCheck;
import se.diktera.core.people.Role;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;

/**
 * The audit trail checked off the FX thread after each sign-in ({@link AuditCheck}); an
 * administrator is told when it is broken before anything else, everyone else works on (the
 * finding is in the trail and the log either way).
 */
final class AuditWarning {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWarning.class);

    private AuditWarning() {
    }

    /**
     * @param broken run when the user is an administrator and the trail is broken (the details are in the trail)
     * @param then   otherwise, once the check is done (or could not be made)
     */
    static void check(Vault vault, StoreSession session, Clock clock, Executor background, Executor fx,
            Runnable broken, Runnable then) {
        BackgroundTask.of(() -> AuditCheck.atSignIn(vault, session, clock))
                .onSuccess(v -> {
                    if (!v.intact() && session.user().role() == Role.ADMINISTRATOR) {
                        broken.run();
                    } else {
                        then.run();
                    }
                })
                .onFailure(failure -> {
                    LOG.warn("The audit trail could not be checked at sign-in ({})", failure.getClass().getSimpleName());
                    then.run();
                })
                .run(background, fx);
    }
}
