package cz.planovna.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StartupWorkTest {

    @Test
    void theRunnerReturnsOnlyWhenTheBackgroundWorkIsDone() throws Exception {
        StartupWork startup = new StartupWork();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        startup.inBackground("slow", () -> {
            await(release);
            done.set(true);
        });
        assertThat(done).isFalse();
        Thread releaser = new Thread(() -> {
            sleep(100);
            release.countDown();
        });
        releaser.start();

        startup.run(null);

        assertThat(done).isTrue();
        startup.destroy();
    }

    @Test
    void aFailureFailsTheStartAndNamesTheWork() {
        StartupWork startup = new StartupWork();
        startup.inBackground("demo catalogue", () -> {
            throw new IllegalArgumentException("broken register");
        });

        assertThatThrownBy(() -> startup.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo catalogue")
                .hasRootCauseMessage("broken register");
        startup.destroy();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
