package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** In command mode the application starts no web server; otherwise nothing changes. */
class CatalogueCommandLineEnvironmentTest {

    @Test
    void aCommandStartsNoWebServerAndKeepsTheOutputReadable() {
        StandardEnvironment environment = environment("import-register", "/data/register", "--server.port=8080");

        new CatalogueCommandLineEnvironment().postProcessEnvironment(environment, new SpringApplication());

        // before the command line's own --server.port
        assertThat(environment.getProperty("server.port")).isEqualTo("-1");
        assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
        assertThat(environment.getProperty("logging.level.root")).isEqualTo("WARN");
        assertThat(environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.type"))
                .isEqualTo("local-heap");
    }

    @Test
    void anOrdinaryStartIsLeftAlone() {
        StandardEnvironment environment = environment("--server.port=8081", "import-registers");

        new CatalogueCommandLineEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.port")).isEqualTo("8081");
        assertThat(environment.getPropertySources().contains(CatalogueCommandLineEnvironment.SOURCE_NAME))
                .isFalse();
    }

    @Test
    void withoutCommandLineArgumentsNothingHappens() {
        StandardEnvironment environment = new StandardEnvironment();

        new CatalogueCommandLineEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(CatalogueCommandLineEnvironment.SOURCE_NAME))
                .isFalse();
    }

    private static StandardEnvironment environment(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return environment;
    }
}
