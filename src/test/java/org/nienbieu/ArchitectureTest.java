package org.nienbieu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md, stated so that a change that breaks it fails the build. */
@AnalyzeClasses(packages = "org.nienbieu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.nienbieu.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.nienbieu.article..", "org.nienbieu.extract..", "org.nienbieu.index..",
                    "org.nienbieu.ingest..", "org.nienbieu.export..", "org.nienbieu.timeline..",
                    "org.nienbieu.generate..", "org.nienbieu.bench..", "org.nienbieu.ui..", "org.nienbieu.cli..")
            .because("the model is the vocabulary every layer shares and must stay free of them");

    @ArchTest
    static final ArchRule extractorsReadOnlyTheModel = noClasses()
            .that().resideInAnyPackage("org.nienbieu.article..", "org.nienbieu.extract..", "org.nienbieu.index..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.nienbieu.ingest..", "org.nienbieu.export..", "org.nienbieu.timeline..",
                    "org.nienbieu.generate..", "org.nienbieu.bench..", "org.nienbieu.ui..", "org.nienbieu.cli..")
            .because("reading, extraction and indexing are inner layers: they depend only on the model");

    @ArchTest
    static final ArchRule extractDoesNotReadFiles = noClasses()
            .that().resideInAPackage("org.nienbieu.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nienbieu.article..", "org.nienbieu.index..")
            .because("extractors take text in and give the model out; files and Lucene are other layers' jobs");

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses()
            .that().resideOutsideOfPackage("org.nienbieu.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("JavaFX stays in the ui package so everything else runs and tests without a display");

    @ArchTest
    static final ArchRule luceneOnlyInIndex = noClasses()
            .that().resideOutsideOfPackage("org.nienbieu.index..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
            .because("one package owns Lucene: analyzer, schema and index lifecycle live together");

    @ArchTest
    static final ArchRule standardOutputOnlyInCli = noClasses()
            .that().resideOutsideOfPackages("org.nienbieu.cli..", "org.nienbieu")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("only the command line prints; everything else logs through SLF4J");

    @ArchTest
    static final ArchRule nothingButMainReachesTheCli = noClasses()
            .that().resideOutsideOfPackage("org.nienbieu.cli..")
            .and().doNotHaveFullyQualifiedName("org.nienbieu.Main")
            .should().dependOnClassesThat().resideInAPackage("org.nienbieu.cli..")
            .because("the CLI is a thin shell around the services, never a service itself");

    @ArchTest
    static final ArchRule onlyMainAndCliReachTheUi = noClasses()
            .that().resideOutsideOfPackages("org.nienbieu.ui..", "org.nienbieu.cli..")
            .and().doNotHaveFullyQualifiedName("org.nienbieu.Main")
            .should().dependOnClassesThat().resideInAPackage("org.nienbieu.ui..")
            .because("only the entry point and the commands that show pixels open windows");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.nienbieu.(*)..")
            .should().beFreeOfCycles()
            .because("dependencies point inward along the data's path");
}
