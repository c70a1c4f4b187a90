package dev.cleanclaim.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Gets an API token with a username, password and second-factor code, as a script does: POST /api/v1/tokens. */
final class TokenRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenRequest() {
    }

    /** @param code the user's current second-factor code, for a user who has one (admins and billers do) */
    static String token(HttpClient http, URI server, String username, String password, java.util.Optional<String> code,
                        Duration timeout) throws InterruptedException {
        var json = JSON.createObjectNode().put("username", username).put("password", password).put("label", "load tool");
        code.ifPresent(value -> json.put("code", value));
        String body = json.toString();
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/v1/tokens")).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SetupFailed("cannot reach " + server + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); is the server running?");
        }
        if (response.statusCode() != 201) {
            throw new SetupFailed("the server refused a token for " + username + " (" + response.statusCode() + "): "
                    + response.body().replaceAll("\\s+", " "));
        }
        try {
            JsonNode token = JSON.readTree(response.body()).get("token");
            if (token == null || !token.isTextual()) {
                throw new SetupFailed("the server's answer to POST /api/v1/tokens has no token: " + response.body());
            }
            return token.asText();
        } catch (IOException e) {
            throw new SetupFailed("the server's answer to POST /api/v1/tokens is not JSON: " + response.body());
        }
    }

    /** The load cannot start: no server, or no token. The message says what to fix. */
    static final class SetupFailed extends RuntimeException {
        SetupFailed(String message) {
            super(message);
        }
    }
}
