package se.diktera.fhir;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

/**
 * Whether a server recently asked this device for a client certificate during a TLS handshake,
 * and whether the device presented one. Under TLS 1.3 a server that refuses the certificate (or
 * its absence) does so after the handshake, so the client sees only a broken connection; this is
 * what tells that apart from a broken network. Thread-safe.
 */
public final class CertificateRequests {

    static final Duration RECENT = Duration.ofMinutes(1);

    private volatile Instant lastAsked;
    private volatile boolean lastPresented;

    void asked(boolean presented) {
        lastPresented = presented;
        lastAsked = Instant.now();
    }

    /** Empty unless a server asked for a client certificate within the last minute; then whether one was presented. */
    public Optional<Boolean> recentlyAsked() {
        Instant at = lastAsked;
        return at != null && at.isAfter(Instant.now().minus(RECENT)) ? Optional.of(lastPresented) : Optional.empty();
    }

    /** A key manager that presents what {@code keys} has (nothing when null) and records each request. */
    X509ExtendedKeyManager recording(X509KeyManager keys) {
        return new X509ExtendedKeyManager() {
            @Override
            public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
                String alias = keys == null ? null : keys.chooseClientAlias(keyType, issuers, socket);
                asked(alias != null);
                return alias;
            }

            @Override
            public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
                String alias = keys instanceof X509ExtendedKeyManager x ? x.chooseEngineClientAlias(keyType, issuers, engine)
                        : keys == null ? null : keys.chooseClientAlias(keyType, issuers, null);
                asked(alias != null);
                return alias;
            }

            @Override
            public String[] getClientAliases(String keyType, Principal[] issuers) {
                return keys == null ? null : keys.getClientAliases(keyType, issuers);
            }

            @Override
            public X509Certificate[] getCertificateChain(String alias) {
                return keys == null ? null : keys.getCertificateChain(alias);
            }

            @Override
            public PrivateKey getPrivateKey(String alias) {
                return keys == null ? null : keys.getPrivateKey(alias);
            }

            @Override
            public String[] getServerAliases(String keyType, Principal[] issuers) {
                return null;
            }

            @Override
            public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
                return null;
            }
        };
    }
}
