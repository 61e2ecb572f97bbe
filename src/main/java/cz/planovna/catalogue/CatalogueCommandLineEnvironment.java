package cz.planovna.catalogue;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * In command mode ({@code import-register …}, {@code generate-register …}) the application needs
 * its database but no web server, banner or chatty startup log: a command must not fail because
 * the HTTP port is taken by the running application. {@code server.port=-1} keeps the web
 * application context (the security configuration needs one) but starts no server; {@code
 * web-application-type=none} would need every web-only configuration to be conditional on a web
 * application. Registered in {@code META-INF/spring.factories}.
 */
class CatalogueCommandLineEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "catalogueCommandLine";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!CatalogueCommands.isCommand(firstNonOptionArgument(environment))) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        SOURCE_NAME,
                        Map.of(
                                "server.port", "-1",
                                "spring.main.banner-mode", "off",
                                "logging.level.root", "WARN",
                                "spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap")));
    }

    static String firstNonOptionArgument(ConfigurableEnvironment environment) {
        PropertySource<?> commandLine =
                environment.getPropertySources().get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (commandLine == null) {
            return null;
        }
        Object nonOptions = commandLine.getProperty(CommandLinePropertySource.DEFAULT_NON_OPTION_ARGS_PROPERTY_NAME);
        if (nonOptions == null) {
            return null;
        }
        // the property joins all non-option arguments with commas; the command is the first
        String joined = nonOptions.toString();
        int comma = joined.indexOf(',');
        return comma < 0 ? joined : joined.substring(0, comma);
    }
}
