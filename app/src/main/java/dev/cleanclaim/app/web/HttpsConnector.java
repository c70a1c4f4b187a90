package dev.cleanclaim.app.web;

import dev.cleanclaim.app.tls.ServerIdentity;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The one connector of a server with its own certificate: HTTPS only, TLS 1.2 and 1.3, so no request (and no session
 * cookie) ever crosses the network in the clear. A plain-HTTP request to this port fails its handshake.
 */
final class HttpsConnector {

    /** TLS 1.0 and 1.1 are broken or deprecated (RFC 8996); Jetty's default cipher exclusions apply on top. */
    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private HttpsConnector() {
    }

    static ServerConnector create(Server server, HttpConfiguration http, Listener listener, ServerIdentity identity) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(identity.keyStore());
        tls.setKeyStorePassword(new String(identity.keyPassword()));
        tls.setCertAlias(ServerIdentity.ALIAS);
        tls.setIncludeProtocols(PROTOCOLS);
        // Marks each request as secure (ctx.scheme() is "https") and carries the TLS session's facts to it
        http.setSecureScheme("https");
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // A client asking by IP address, or for a name the certificate lacks, still gets an answer; browsers check names
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(http));
        connector.setHost(listener.host());
        connector.setPort(listener.port());
        return connector;
    }
}
