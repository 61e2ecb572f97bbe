package cz.planovna.shared.startup;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * First-start work (demo data of independent modules) that may run side by side with the other
 * start-up runners. The application still reports ready only when all of it is done: this runner
 * comes last and waits, and a failure fails the start like a failing runner would. On a machine
 * with two cores it shortens the first start by the time of the longest such piece of work.
 */
@Component
public class StartupWork implements ApplicationRunner, Ordered, DisposableBean {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "startup-work-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final List<Pending> pending = new CopyOnWriteArrayList<>();

    private record Pending(String name, Future<?> result) {}

    /** Starts the work now on another thread; the start of the application waits for it. */
    public void inBackground(String name, Runnable work) {
        pending.add(new Pending(name, executor.submit(work)));
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        for (Pending work : pending) {
            try {
                work.result().get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("start-up work failed: " + work.name(), e.getCause());
            }
        }
        pending.clear();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
