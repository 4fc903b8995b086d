package se.diktera.fhir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import okhttp3.OkHttpClient;

/**
 * TLS for tests, as a region's own certificate authority would give it: a key and self-signed
 * certificate for localhost made by the JDK's keytool, an HTTPS server on 127.0.0.1 that presents
 * it (and, for mutual TLS, asks for a client certificate it trusts), and an HTTP client that
 * trusts it (and nothing else).
 */
public final class TestTls {

    static final String PASSWORD = "changeit";
    private final Path dir;
    private final KeyStore keys;

    private TestTls(Path dir, KeyStore keys) {
        this.dir = dir;
        this.keys = keys;
    }

    /** Makes the key in {@code dir}. */
    public static TestTls forLocalhost(Path dir) throws Exception {
        Path file = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        return new TestTls(dir, load(file, PASSWORD));
    }

    /** The server's certificate as a PEM file, as a region hands out its authority's certificate. */
    public Path serverCertificatePem() throws Exception {
        Path pem = dir.resolve("server.pem");
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", dir.resolve("server.p12").toString(), "-storepass", PASSWORD,
                "-file", pem.toString());
        return pem;
    }

    /**
     * A device's client certificate and key, as a region issues them (here self-signed), in a PKCS#12
     * file with {@code password}; its certificate is also written as {@code <name>.pem}.
     */
    public Path clientCertificate(String name, String subject, String password) throws Exception {
        Path p12 = dir.resolve(name + ".p12");
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", password, "-keypass", password);
        keytool("-exportcert", "-rfc", "-alias", name, "-keystore", p12.toString(), "-storepass", password,
                "-file", dir.resolve(name + ".pem").toString());
        return p12;
    }

    /** An HTTPS server on 127.0.0.1 (any free port) presenting the certificate; the caller adds contexts and starts it. */
    public HttpsServer server() throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(context(null)));
        return https;
    }

    /**
     * As {@link #server()}, refusing any client that does not present one of the certificates of
     * these clients (made by {@link #clientCertificate}).
     */
    public HttpsServer mutualServer(String... clients) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        for (String client : clients) {
            try (InputStream in = Files.newInputStream(dir.resolve(client + ".pem"))) {
                trusted.setCertificateEntry(client, java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
        }
        SSLContext tls = context(trusted);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = tls.getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        return https;
    }

    private SSLContext context(KeyStore trustedClients) throws Exception {
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, PASSWORD.toCharArray());
        TrustManagerFactory tm = null;
        if (trustedClients != null) {
            tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tm.init(trustedClients);
        }
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(km.getKeyManagers(), tm == null ? null : tm.getTrustManagers(), null);
        return tls;
    }

    /** An HTTP client that trusts the certificate and nothing else. */
    public OkHttpClient.Builder trustingClient() throws Exception {
        TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tm.init(keys);
        X509TrustManager trust = (X509TrustManager) tm.getTrustManagers()[0];
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new X509TrustManager[] {trust}, null);
        return new OkHttpClient.Builder().sslSocketFactory(tls.getSocketFactory(), trust);
    }

    private static KeyStore load(Path file, String password) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keys.load(in, password.toCharArray());
        }
        return keys;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        keytool.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool could not make a test key (" + args[0] + ")");
        }
    }
}
