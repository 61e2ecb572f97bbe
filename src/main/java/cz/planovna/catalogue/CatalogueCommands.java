package cz.planovna.catalogue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The catalogue's command-line commands. Exit codes: 0 done (an import with single records
 * rejected is done), {@link #EXIT_REFUSED} the register file was refused as a whole and nothing
 * changed, {@link #EXIT_ERROR} wrong arguments or an unexpected failure.
 */
@Component
class CatalogueCommands {

    static final String IMPORT = "import-register";
    static final String GENERATE = "generate-register";
    static final Set<String> NAMES = Set.of(IMPORT, GENERATE);

    static final int EXIT_OK = 0;
    static final int EXIT_ERROR = 1;
    static final int EXIT_REFUSED = 2;

    static final int DEFAULT_SERVICES = 6_700;
    static final long DEFAULT_SEED = 2026;

    private final RegisterImport registerImport;
    private final CatalogueTexts texts = CatalogueTexts.czech();

    CatalogueCommands(RegisterImport registerImport) {
        this.registerImport = registerImport;
    }

    static boolean isCommand(String firstArgument) {
        return firstArgument != null && NAMES.contains(firstArgument);
    }

    /** @param args the non-option arguments, the command first */
    int run(List<String> args, PrintStream out) {
        if (args.isEmpty() || !isCommand(args.get(0))) {
            return usage(out);
        }
        return IMPORT.equals(args.get(0)) ? importRegister(args, out) : generate(args, out);
    }

    private int importRegister(List<String> args, PrintStream out) {
        if (args.size() != 2) {
            return usage(out);
        }
        ImportReport report = registerImport.importFolder(Path.of(args.get(1)));
        out.print(new ImportReportPrinter(texts).print(report));
        return switch (report.status()) {
            case APPLIED -> EXIT_OK;
            case REFUSED -> EXIT_REFUSED;
            default -> EXIT_ERROR;
        };
    }

    private int generate(List<String> args, PrintStream out) {
        if (args.size() < 2 || args.size() > 4) {
            return usage(out);
        }
        int services;
        long seed;
        try {
            services = args.size() > 2 ? Integer.parseInt(args.get(2)) : DEFAULT_SERVICES;
            seed = args.size() > 3 ? Long.parseLong(args.get(3)) : DEFAULT_SEED;
        } catch (NumberFormatException e) {
            out.println(texts.get("catalogue.cli.badNumber", e.getMessage()));
            return EXIT_ERROR;
        }
        try {
            GeneratedRegister generated = new RegisterGenerator().generate(Path.of(args.get(1)), services, seed);
            out.println(texts.get(
                    "catalogue.cli.generated",
                    generated.services(),
                    generated.facilities(),
                    generated.providers(),
                    generated.folder().toString()));
            return EXIT_OK;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            out.println(e.getMessage());
            return EXIT_ERROR;
        }
    }

    private int usage(PrintStream out) {
        out.println(texts.get("catalogue.cli.usage"));
        return EXIT_ERROR;
    }
}
