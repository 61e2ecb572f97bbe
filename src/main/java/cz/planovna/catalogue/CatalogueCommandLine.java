package cz.planovna.catalogue;

import java.io.PrintStream;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar planovna.jar import-register <folder>} (or {@code generate-register …}): runs
 * the command once the application has started, prints the result and exits with the command's
 * code. Started without such a first argument, the application runs as usual and this does nothing.
 * {@link CatalogueCommandLineEnvironment} keeps the web server from starting in command mode.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CatalogueCommandLine implements ApplicationRunner {

    private final CatalogueCommands commands;
    private final ConfigurableApplicationContext context;
    private final PrintStream out;
    private final IntConsumer exit;

    @Autowired
    CatalogueCommandLine(CatalogueCommands commands, ConfigurableApplicationContext context) {
        this(commands, context, System.out, System::exit);
    }

    /** For tests: where the output goes and what "exit" means. */
    CatalogueCommandLine(
            CatalogueCommands commands, ConfigurableApplicationContext context, PrintStream out, IntConsumer exit) {
        this.commands = commands;
        this.context = context;
        this.out = out;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> arguments = args.getNonOptionArgs();
        if (arguments.isEmpty() || !CatalogueCommands.isCommand(arguments.get(0))) {
            return;
        }
        int code = commands.run(arguments, out);
        out.flush();
        exit.accept(SpringApplication.exit(context, () -> code));
    }
}
