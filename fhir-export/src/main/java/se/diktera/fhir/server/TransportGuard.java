package se.diktera.fhir.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;

import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Decides on the connection actually made, not on the name in the settings: a request goes out
 * over plain HTTP only when the socket is connected, without a proxy, to an address that is this
 * machine (a name that resolves elsewhere is refused before a byte is written), and the bearer
 * token is added only on a TLS connection, so it never travels in plain text, not even to
 * loopback. Runs as an OkHttp network interceptor, after the connection is made and before the
 * request is sent.
 */
final class TransportGuard implements Interceptor {

    private final String bearerToken;

    /** @param bearerToken sent as {@code Authorization: Bearer} over TLS; null for none */
    TransportGuard(String bearerToken) {
        this.bearerToken = bearerToken;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Connection connection = chain.connection();
        Request request = chain.request().newBuilder().removeHeader("Authorization").build();
        if (connection != null && connection.handshake() != null) {
            return chain.proceed(bearerToken == null ? request
                    : request.newBuilder().header("Authorization", "Bearer " + bearerToken).build());
        }
        if (connection == null || !isDirectToThisMachine(connection)) {
            throw new PlainHttpRefused();
        }
        return chain.proceed(request);
    }

    private static boolean isDirectToThisMachine(Connection connection) {
        if (connection.route().proxy().type() != Proxy.Type.DIRECT) {
            return false;
        }
        InetAddress peer = connection.socket().getInetAddress();
        return peer != null && peer.isLoopbackAddress();
    }

    /** Whether {@code failure} is, or was caused by, this guard refusing plain http. */
    static boolean refusedIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PlainHttpRefused) {
                return true;
            }
        }
        return false;
    }

    /** A plain-HTTP request that would have left this machine; nothing of it was sent. */
    static final class PlainHttpRefused extends IOException {
        private static final long serialVersionUID = 1L;

        PlainHttpRefused() {
            super("Plain http is allowed to this machine only: the server's address is another machine, use https");
        }
    }
}
