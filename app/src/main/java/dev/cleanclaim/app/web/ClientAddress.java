package dev.cleanclaim.app.web;

import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request came from, as throttling and the audit log record it. Behind a TLS proxy every request
 * comes from the proxy's socket, so the client is in {@code X-Forwarded-For}; but anyone can send that header, so it
 * is believed only when the socket peer is a proxy the operator named ({@code --trusted-proxy} or
 * {@value #VARIABLE}). The header's entries are read from the right (the nearest hop first), skipping trusted
 * proxies: the first other one is the client, as the trusted proxy saw it.
 */
public final class ClientAddress {

    public static final String VARIABLE = "CLEANCLAIM_TRUSTED_PROXY";
    static final String ATTRIBUTE = "clientAddress";
    /** An IPv4 or IPv6 literal; anything else in the header is not an address and is not believed. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    private ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** From the environment: {@value #VARIABLE} holds the trusted proxies' addresses, separated by commas. */
    public static ClientAddress from(Map<String, String> environment) {
        String named = environment.getOrDefault(VARIABLE, "");
        return new ClientAddress(Arrays.stream(named.split(",")).map(String::trim).filter(text -> !text.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The client's address: the forwarded one from a trusted proxy, else the socket's. */
    String of(String socketAddress, String forwardedFor) {
        if (!trustedProxies.contains(socketAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return socketAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                return socketAddress; // a garbled header: the proxy's own address is the honest answer
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return socketAddress;
    }

    /**
     * Whether a trusted proxy says the client reached it over TLS. Its {@code X-Forwarded-Proto} is believed only
     * from its own socket, and only its own (the last) entry: a client can send the header too, and a proxy that
     * appends would keep the client's value in front of its own.
     */
    boolean forwardedOverTls(String socketAddress, String forwardedProto) {
        if (!trustedProxies.contains(socketAddress) || forwardedProto == null || forwardedProto.isBlank()) {
            return false;
        }
        String[] entries = forwardedProto.split(",");
        return entries[entries.length - 1].trim().equalsIgnoreCase("https");
    }

    /** Works the address out once per request, before anything reads it. */
    void remember(Context ctx) {
        ctx.attribute(ATTRIBUTE, of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For")));
    }
}
