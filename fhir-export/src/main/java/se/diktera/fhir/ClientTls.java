package se.diktera.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Objects;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509KeyManager;
import javax.net.ssl.X509TrustManager;

import okhttp3.OkHttpClient;
import se.diktera.core.problem.Explained;
import se.diktera.core.problem.Problem;

/**
 * Mutual TLS, for a region whose FHIR server (or the proxy in front of it) asks for a client
 * certificate: the device's certificate and private key in a PKCS#12 file, and, when the server's
 * certificate comes from the region's own authority rather than one the JDK trusts, that
 * authority's certificates in a PEM file. The password is given by the caller (from the
 * environment, never from a settings file) and never printed.
 *
 * @param keyStore            the PKCS#12 file with the client certificate and its key; null to present none
 * @param password            its password; may be empty
 * @param trustedCertificates PEM file of the authorities to trust for the server; null for the JDK's
 */
public record ClientTls(Path keyStore, String password, Path trustedCertificates) {

    /** The client certificate or the trusted certificates cannot be used; nothing was sent. */
    public static final class Unusable extends IllegalArgumentException implements Explained {

        private static final long serialVersionUID = 1L;

        Unusable(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public Problem problem() {
            return Problem.CLIENT_CERTIFICATE_UNUSABLE;
        }
    }

    public ClientTls {
        if (keyStore == null && trustedCertificates == null) {
            throw new IllegalArgumentException("Mutual TLS needs a client certificate or trusted certificates");
        }
        password = password == null ? "" : password;
    }

    /**
     * An HTTP client builder that presents the certificate and trusts the given authorities.
     *
     * @throws Unusable when a file is missing, unreadable, of the wrong kind, or the password is wrong
     */
    public OkHttpClient.Builder httpClient() {
        return httpClient(new CertificateRequests());
    }

    /** As {@link #httpClient()}, recording in {@code requests} when a server asks for the certificate. */
    public OkHttpClient.Builder httpClient(CertificateRequests requests) {
        try {
            KeyManagerFactory keys = null;
            if (keyStore != null) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(keyStore)) {
                    store.load(in, password.toCharArray());
                }
                if (!hasKey(store)) {
                    throw new Unusable("The client certificate file " + keyStore.getFileName() + " holds no private key", null);
                }
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, password.toCharArray());
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustedCertificates == null ? null : authorities(trustedCertificates));
            X509TrustManager trustManager = x509(trust.getTrustManagers());
            SSLContext context = SSLContext.getInstance("TLS");
            X509KeyManager presented = keys == null ? null : x509Keys(keys.getKeyManagers());
            context.init(new KeyManager[] {requests.recording(presented)}, new TrustManager[] {trustManager}, null);
            return new OkHttpClient.Builder().sslSocketFactory(context.getSocketFactory(), trustManager);
        } catch (IOException e) {
            throw new Unusable("The client certificate " + name(keyStore) + " or the trusted certificates " + name(trustedCertificates)
                    + " cannot be read (" + e.getClass().getSimpleName() + "; a wrong password reads as a damaged file)", e);
        } catch (GeneralSecurityException e) {
            throw new Unusable("The client certificate " + name(keyStore) + " or the trusted certificates " + name(trustedCertificates)
                    + " cannot be used (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static boolean hasKey(KeyStore store) throws GeneralSecurityException {
        for (var aliases = store.aliases(); aliases.hasMoreElements();) {
            if (store.isKeyEntry(aliases.nextElement())) {
                return true;
            }
        }
        return false;
    }

    private static KeyStore authorities(Path pem) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pem)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (certificates.isEmpty()) {
            throw new Unusable("The trusted certificates file " + pem.getFileName() + " holds no certificate", null);
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int i = 0;
        for (Certificate c : certificates) {
            store.setCertificateEntry("authority-" + i++, c);
        }
        return store;
    }

    private static X509KeyManager x509Keys(KeyManager[] managers) {
        for (KeyManager m : managers) {
            if (m instanceof X509KeyManager x) {
                return x;
            }
        }
        throw new IllegalStateException("The JDK offers no X.509 key manager");
    }

    private static X509TrustManager x509(TrustManager[] managers) {
        for (TrustManager m : managers) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("The JDK offers no X.509 trust manager");
    }

    private static String name(Path p) {
        return p == null ? "(none)" : Objects.toString(p.getFileName());
    }

    @Override
    public String toString() {
        return "ClientTls[" + name(keyStore) + ", password hidden, " + name(trustedCertificates) + "]";
    }
}
