package id.pkd.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** The feature boundaries, as a failing test. */
@AnalyzeClasses(packages = "id.pkd.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArsitekturTest {

    @ArchTest
    static final ArchRule fiturTidakSalingBergantungMelingkar =
            slices().matching("id.pkd.portal.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule repositoriHanyaDipakaiDiFiturnya = classes()
            .that()
            .areAssignableTo(Repository.class)
            .should()
            .notBePublic()
            .because("tenant-owned data is reached only through the feature's service, which scopes it");

    @ArchTest
    static final ArchRule kernelTenantTidakMengenalFitur = noClasses()
            .that()
            .resideInAPackage("id.pkd.portal.tenant..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "id.pkd.portal.daerah..",
                    "id.pkd.portal.pengguna..",
                    "id.pkd.portal.plugin..",
                    "id.pkd.portal.dokumen..",
                    "id.pkd.portal.api..");

    @ArchTest
    static final ArchRule intiTidakMengenalUrusanTertentu = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("id.pkd.urusan..")
            .because("the core knows no urusan by name; plugins are loaded by PF4J");

    @ArchTest
    static final ArchRule mesinCapaianMurni = noClasses()
            .that()
            .resideInAPackage("id.pkd.portal.capaian..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "id.pkd.portal.capaian..", "id.pkd.plugin.api..")
            .because("the capaian rules are plain values, testable like the regulation they encode");

    @ArchTest
    static final ArchRule perencanaanTidakBergantungPadaAlurPersetujuan = noClasses()
            .that()
            .resideInAPackage("id.pkd.portal.perencanaan..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("id.pkd.portal.persetujuan..", "id.pkd.portal.pengukuran..")
            .because("planning data knows the approval lock only through PenjagaPerubahan");

    @ArchTest
    static final ArchRule pengukuranDanPluginTidakBergantungPadaAlurPersetujuan = noClasses()
            .that()
            .resideInAnyPackage("id.pkd.portal.pengukuran..", "id.pkd.portal.plugin..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("id.pkd.portal.persetujuan..")
            .because("the workflow freezes figures and guards plugin data through PembekuanPengukuran and"
                    + " PenjagaDataUrusan; the measurement and the plugins never ask the workflow");

    /** Services hold the rules and the transactions; they know nothing of the screens. */
    @ArchTest
    static final ArchRule layananTidakMengenalVaadin = noClasses()
            .that()
            .areAnnotatedWith(org.springframework.stereotype.Service.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..");

    /** Screens reach the database only through services: never a repository or a JdbcClient of their own. */
    @ArchTest
    static final ArchRule layarTidakMenyentuhBasisData = noClasses()
            .that()
            .areAssignableTo(com.vaadin.flow.component.Component.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(org.springframework.jdbc.core.simple.JdbcClient.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(org.springframework.jdbc.core.JdbcTemplate.class);
}
