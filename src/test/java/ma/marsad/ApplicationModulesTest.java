package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a Spring Modulith module: its root package is its API, its sub-packages are
 * internal unless named as an interface (base's security and ui). A reach into another module's internals,
 * or a cycle between modules, fails the build here. The same model writes the diagrams of
 * docs/architecture.md (see scripts/architecture-docs.sh).
 */
class ApplicationModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(MarsadApplication.class);

    @Test
    void everyModuleReachesOthersOnlyThroughTheirApi() {
        MODULES.verify();
    }

    @Test
    void theFeaturesAreTheModulesTheArchitectureDocumentNames() throws IOException {
        String architecture = Files.readString(Path.of("docs/architecture.md"));
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .allSatisfy(module -> assertThat(architecture).as("docs/architecture.md names module " + module)
                        .contains("`" + module + "`"));
    }

    @Test
    void theModuleDiagramsAreWrittenFromTheCode() {
        Path out = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(out.resolve("components.puml")).exists().content().contains("\"Progress\"").contains("\"Review\"");
    }
}
