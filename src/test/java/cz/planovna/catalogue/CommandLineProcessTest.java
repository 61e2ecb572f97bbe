package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands as an operator runs them: a separate JVM started through {@code
 * PlanovnaApplication.main}, its exit code and what it printed. The HTTP port it is given is taken
 * on purpose: in command mode no web server may start, or the command would fail on it.
 */
class CommandLineProcessTest {

    @TempDir
    Path temp;

    record Outcome(int exitCode, String output) {}

    /** One JVM is slow to start: exit 0 and the report are covered by {@link CatalogueCommandLineTest}. */
    @Test
    void aRefusedFileEndsTheProcessWithExitCodeTwo() throws Exception {
        Path truncated = RegisterFolderMother.truncate(
                RegisterFolderMother.sample(temp.resolve("cut"), RegisterFolderMother.uniqueTag()), 0.8);

        try (ServerSocket taken = new ServerSocket(0)) {
            Outcome refused = run(taken.getLocalPort(), "import-register", truncated.toString());

            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(CatalogueCommands.EXIT_REFUSED);
            assertThat(refused.output())
                    .contains("Výsledek: soubor byl ODMÍTNUT jako celek, v katalogu se nic nezměnilo.")
                    .contains("Důvod: soubor je neúplný (useknutý)");
        }
    }

    private Outcome run(int port, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dspring.profiles.active=" + System.getProperty("spring.profiles.active", "test"),
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                "-XX:TieredStopAtLevel=1",
                "cz.planovna.PlanovnaApplication",
                "--server.port=" + port));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(temp, "command", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish: " + Files.readString(log));
        }
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
