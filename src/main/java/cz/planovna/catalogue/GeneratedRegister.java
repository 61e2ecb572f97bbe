package cz.planovna.catalogue;

import java.nio.file.Path;

/** What {@link RegisterGenerator} wrote: {@code rpss.json} and the code lists in {@code folder}. */
public record GeneratedRegister(Path folder, int services, int facilities, int providers, int endedServices) {

    public Path registerFile() {
        return folder.resolve(RegisterImport.REGISTER_FILE);
    }
}
