package io.mubiao.gateway.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The SSE clients connected to this gateway instance and what they are sent: every lifecycle event as it comes off
 * Kafka, and a comment every {@code mubiao.events.keep-alive} so that proxies keep idle streams open.
 */
@ApplicationScoped
public class LifecycleBroadcaster {
    private static final Logger LOG = Logger.getLogger(LifecycleBroadcaster.class);

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "mubiao.events.keep-alive", defaultValue = "20s")
    java.time.Duration keepAlive;

    private Sse sse;
    private SseBroadcaster broadcaster;
    private ScheduledExecutorService timer;
    private final AtomicInteger clients = new AtomicInteger();

    /** Registers a client; the first one sets up the broadcaster (it needs the request's Sse). */
    public synchronized void register(SseEventSink sink, Sse context) {
        if (broadcaster == null) {
            sse = context;
            broadcaster = context.newBroadcaster();
            broadcaster.onClose(s -> clients.decrementAndGet());
            broadcaster.onError((s, e) -> LOG.debugf("SSE client dropped: %s", e.getMessage()));
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sse-keep-alive");
                t.setDaemon(true);
                return t;
            });
            long ms = Math.max(1000, keepAlive.toMillis());
            timer.scheduleAtFixedRate(() -> send(sse.newEventBuilder().comment("keep-alive").build()), ms, ms, TimeUnit.MILLISECONDS);
        }
        // A first comment makes the response start at once, so the client knows it is connected.
        sink.send(sse.newEventBuilder().comment("connected").build());
        broadcaster.register(sink);
        clients.incrementAndGet();
    }

    public void publish(LifecycleEvent event) {
        SseBroadcaster b;
        Sse s;
        synchronized (this) {
            b = broadcaster;
            s = sse;
        }
        if (b == null) {
            return;
        }
        try {
            // Data as a ready string: no media type, so the stream carries only the standard id/event/data fields.
            send(s.newEventBuilder().name(event.type()).id(event.id())
                    .data(String.class, json.writeValueAsString(event)).build());
        } catch (JsonProcessingException e) {
            LOG.warnf("cannot write the event of %s: %s", event.documentId(), e.getMessage());
        }
    }

    private void send(OutboundSseEvent event) {
        SseBroadcaster b;
        synchronized (this) {
            b = broadcaster;
        }
        if (b != null) {
            b.broadcast(event);
        }
    }

    public int clients() {
        return Math.max(0, clients.get());
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            if (timer != null) {
                timer.shutdownNow();
            }
            if (broadcaster != null) {
                broadcaster.close();
            }
        }
    }
}
