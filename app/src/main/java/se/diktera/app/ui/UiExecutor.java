package se.diktera.app.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The client's one background executor: named daemon threads, failures logged (ids only), never lost. */
public final class UiExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(UiExecutor.class);

    private UiExecutor() {
    }

    public static ExecutorService create() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "diktera-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught failure on {}", thread.getName(), e));
            return t;
        };
        return Executors.newFixedThreadPool(2, factory);
    }
}
