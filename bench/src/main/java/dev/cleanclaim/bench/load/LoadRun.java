package dev.cleanclaim.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * N clients sending requests to the server until the bounds are reached. Every client takes its next request
 * number from one shared counter; the number picks the kind (from the mix) and, in an open loop, the time the
 * request is due. Each client keeps its own tally, merged at the end, so measuring takes no locks.
 */
final class LoadRun {

    private final HttpClient http;
    private final Requests requests;
    private final RequestMix mix;
    private final Pacing pacing;
    private final int clients;

    LoadRun(HttpClient http, Requests requests, RequestMix mix, Pacing pacing, int clients) {
        if (clients < 1) {
            throw new IllegalArgumentException("at least one client, got " + clients);
        }
        this.http = http;
        this.requests = requests;
        this.mix = mix;
        this.pacing = pacing;
        this.clients = clients;
    }

    /** What a run saw, and how long it took from its start to its last answer. */
    record Result(Tally tally, Duration elapsed) {
    }

    Result run(Bounds bounds) throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + bounds.duration().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "load-client");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Client>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> new Client().run(sequence, start, deadline, bounds.maxRequests())));
            }
            Tally total = new Tally();
            long lastAnswer = start;
            for (Future<Client> future : running) {
                Client client = future.get();
                total.add(client.tally);
                lastAnswer = Math.max(lastAnswer, client.lastAnswer);
            }
            return new Result(total, Duration.ofNanos(lastAnswer - start));
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private final class Client {
        private final Tally tally = new Tally();
        private long lastAnswer;

        Client run(AtomicLong sequence, long start, long deadline, long maxRequests) throws InterruptedException {
            lastAnswer = start;
            while (true) {
                long number = sequence.getAndIncrement();
                long due = pacing.intendedNanos(start, number, System.nanoTime());
                if (number >= maxRequests || due - deadline >= 0) {
                    return this;
                }
                waitUntil(due);
                send(mix.kindOf(number), due);
            }
        }

        private void send(RequestKind kind, long due) throws InterruptedException {
            HttpRequest request = requests.of(kind);
            Outcome outcome;
            String answer;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                outcome = new Outcome.Answered(response.statusCode());
                answer = response.body();
            } catch (IOException e) {
                outcome = new Outcome.Failed(e.getClass().getSimpleName());
                answer = String.valueOf(e.getMessage());
            }
            lastAnswer = System.nanoTime();
            tally.record(kind, outcome, lastAnswer - due, answer);
        }

        // parkNanos may wake early (or spuriously), so park again until the due time has really come.
        private static void waitUntil(long due) throws InterruptedException {
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }
    }
}
