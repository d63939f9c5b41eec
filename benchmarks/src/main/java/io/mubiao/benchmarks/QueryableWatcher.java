package io.mubiao.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches targets-service's read model (its PostgreSQL) for documents leaving RECEIVED: for each, the row's
 * {@code updated_at} (set in the transaction that stores the extraction, just before it commits) and the time this
 * poll first saw the committed row (an upper bound: poll period 50 ms, 250 ms while more than 100 are pending).
 */
public final class QueryableWatcher implements AutoCloseable {
    /** A document's final state in the read model. */
    public record Seen(String status, long updatedAtMillis, long observedAtMillis) {
    }

    private final Connection db;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** The PostgreSQL server process serving this watcher's connection (its CPU is the benchmark's, not the stack's). */
    private final long backendPid;

    public QueryableWatcher(String url, String user, String password) throws SQLException {
        db = DriverManager.getConnection(url, user, password);
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
            rs.next();
            backendPid = rs.getLong(1);
        }
        thread = new Thread(this::run, "queryable-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    public void watch(String id) {
        if (!seen.containsKey(id)) {
            pending.add(id);
        }
    }

    public long backendPid() {
        return backendPid;
    }

    public Seen seen(String id) {
        return seen.get(id);
    }

    public int pending() {
        return pending.size();
    }

    private void run() {
        try (PreparedStatement ps = db.prepareStatement(
                "select id, status, updated_at from documents where id = any(?) and status <> 'RECEIVED'")) {
            while (running) {
                if (!pending.isEmpty()) {
                    Array ids = db.createArrayOf("varchar", pending.toArray());
                    ps.setArray(1, ids);
                    try (ResultSet rs = ps.executeQuery()) {
                        long now = System.currentTimeMillis();
                        while (rs.next()) {
                            String id = rs.getString(1);
                            seen.putIfAbsent(id, new Seen(rs.getString(2), rs.getTimestamp(3).getTime(), now));
                            pending.remove(id);
                        }
                    }
                }
                // Every id pending is looked up on each poll: with hundreds queued (the throughput run) poll less
                // often, so the measurement does not take the stack's CPU; the latency run has few and keeps 50 ms.
                Thread.sleep(pending.size() > 100 ? 250 : 50);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("polling targets-service's database failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until nothing is pending; false on timeout. */
    public boolean awaitAll(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        return pending.isEmpty();
    }

    @Override
    public void close() throws Exception {
        running = false;
        thread.join(5000);
        db.close();
    }
}
