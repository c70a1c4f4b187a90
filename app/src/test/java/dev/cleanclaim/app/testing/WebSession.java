package dev.cleanclaim.app.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's conversation with the web app over plain HTTP: signed in through the sign-in form, keeping its cookies
 * and posting forms with the session's CSRF token as the pages carry it. Redirects are not followed, so a test sees
 * them.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestWorkspace workspace;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrf = "";

    private WebSession(TestWorkspace workspace) {
        this.workspace = workspace;
    }

    public static WebSession signIn(TestWorkspace workspace, String username) throws Exception {
        WebSession session = new WebSession(workspace);
        HttpResponse<String> form = session.get("/login");
        String loginToken = csrfOf(form.body());
        HttpResponse<String> signedIn = session.post("/login", List.of("_csrf", loginToken, "username", username,
                "password", TestWorkspace.PASSWORD, "next", "/"));
        if (signedIn.statusCode() == 302 && location(signedIn).startsWith("/login/code")) {
            signedIn = session.post("/login/code", List.of("_csrf", loginToken, "code", workspace.secondFactorCode(username),
                    "next", "/"));
        }
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode());
        }
        session.csrf = csrfOf(session.get("/").body());
        return session;
    }

    /** A browser nobody has signed in with yet (cookies kept); {@link #adoptCsrf} takes a form's token. */
    public static WebSession anonymous(TestWorkspace workspace) {
        return new WebSession(workspace);
    }

    /** Sends the CSRF token of this page's forms with every later {@link #submit}. */
    public void adoptCsrf(String html) {
        csrf = csrfOf(html);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(workspace.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the fields (name, value, name, value, ...) as a form, with this session's CSRF token added. */
    public HttpResponse<String> submit(String path, String... fields) throws Exception {
        List<String> all = new ArrayList<>(List.of("_csrf", csrf));
        all.addAll(List.of(fields));
        return post(path, all);
    }

    /** Posts exactly the fields given: no CSRF token unless they hold one. */
    public HttpResponse<String> post(String path, List<String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.size(); i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(URI.create(workspace.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(workspace.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Uploads a file as a multipart form with this session's CSRF token, as a browser's file input sends it. */
    public HttpResponse<String> upload(String path, String field, String fileName, byte[] content) throws Exception {
        String boundary = "cleanclaim-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(workspace.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sets up the signed-in user's authenticator app as a person does on the set-up page: reads the key it shows and
     * types the code an app computes from it now; the recovery codes the page then shows.
     */
    public List<String> setUpSecondFactor() throws Exception {
        String page = get("/account/two-factor").body();
        adoptCsrf(page);
        Matcher secret = Pattern.compile("id=\"two-factor-secret\">([A-Z2-7 ]+)<").matcher(page);
        if (!secret.find()) {
            throw new IllegalStateException("the set-up page shows no key");
        }
        String code = dev.cleanclaim.app.security.Totp.code(secret.group(1).replace(" ", ""),
                dev.cleanclaim.app.security.Totp.step(TestWorkspace.CLOCK.instant()));
        HttpResponse<String> done = submit("/account/two-factor", "code", code);
        if (done.statusCode() != 200) {
            throw new IllegalStateException("the set-up refused the code: " + done.statusCode());
        }
        List<String> codes = new ArrayList<>();
        Matcher listed = Pattern.compile("<li><code>([a-z0-9-]+)</code></li>").matcher(done.body());
        while (listed.find()) {
            codes.add(listed.group(1));
        }
        return codes;
    }

    /** Where a redirect points. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
    }

    private static String csrfOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("the page has no CSRF token");
        }
        return matcher.group(1);
    }
}
