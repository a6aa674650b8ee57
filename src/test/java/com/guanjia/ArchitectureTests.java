package com.guanjia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The layering inside a module (issue 8 item 4; CONTRIBUTING "Layout" and "Records with a
 * status"), checked with ArchUnit on the production classes. {@link ModularityTests}
 * checks the boundaries between modules; these rules check what stays inside one: the web
 * layer is thin and holds no SQL, the root package (the module's API and its services)
 * never reaches into its own web layer, controllers are nobody's API, and a status is
 * written only by the repository of its record.
 */
class ArchitectureTests {

	static final JavaClasses production = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.guanjia");

	/** A module's root package: {@code com.guanjia.<module>}, its API and services. */
	static final DescribedPredicate<JavaClass> inModuleRoot = DescribedPredicate.describe("in a module's root package",
			c -> c.getPackageName().matches("com\\.guanjia\\.[a-z]+"));

	@Test
	void webPackagesHoldNoRepositoryAndNoSql() {
		classes().that()
			.resideInAPackage("com.guanjia..web..")
			.should()
			.haveSimpleNameNotEndingWith("Repository")
			.andShould()
			.notBeAnnotatedWith(Repository.class)
			.check(production);
		noClasses().that()
			.resideInAPackage("com.guanjia..web..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.orShould()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository")
			.because("SQL lives in the module's package-private repositories; a controller calls one service")
			.check(production);
	}

	@Test
	void rootPackagesNeverUseTheirWebLayer() {
		List<String> modules = production.stream()
			.map(JavaClass::getPackageName)
			.filter(p -> p.matches("com\\.guanjia\\.[a-z]+"))
			.distinct()
			.toList();
		assertThat(modules).contains("com.guanjia.estate", "com.guanjia.workorders");
		for (String module : modules) {
			noClasses().that()
				.resideInAPackage(module)
				.should()
				.dependOnClassesThat()
				.resideInAPackage(module + ".web..")
				.because("pages and resources call the module's services, never the other way round")
				.check(production);
		}
	}

	@Test
	void controllersLiveInWebPackages() {
		classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.or()
			.areMetaAnnotatedWith(ControllerAdvice.class)
			.should()
			.resideInAPackage("com.guanjia..web..")
			.check(production);
	}

	/** {@code @RestController} is meta-annotated {@code @Controller}: both are meant. */
	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.notBePublic()
			.because("a controller is an entry point over HTTP, never another class's API")
			.check(production);
	}

	/**
	 * A model with a status (decision 0012: a factory, {@code restore(…)} for the
	 * repository, one method per step) keeps its state to itself: only its methods change
	 * it.
	 */
	@Test
	void modelsWithAStatusKeepTheirFieldsPrivate() {
		DescribedPredicate<JavaClass> model = DescribedPredicate.describe(
				"a model restored by its repository (a static restore(…), not itself a repository)",
				c -> !c.isRecord() && !c.getSimpleName().endsWith("Repository") && c.getMethods()
					.stream()
					.anyMatch(m -> m.getName().equals("restore") && m.getModifiers().contains(JavaModifier.STATIC)));
		fields().that()
			.areDeclaredInClassesThat(inModuleRoot.and(model))
			.and()
			.areNotStatic()
			.should()
			.bePrivate()
			.check(production);
	}

	private static final Pattern STATUS_LITERAL = Pattern.compile("set\\s+(status|state)\\s*=\\s*'",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A status is written as a parameter by the repository of its record, which the model
	 * asked first (issue 8 "Done means": {@code set status = '} only in repositories). A
	 * source scan: SQL is text, not bytecode.
	 */
	@Test
	void statusLiteralsAreWrittenOnlyByRepositories() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				if (file.getFileName().toString().endsWith("Repository.java")) {
					continue;
				}
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (STATUS_LITERAL.matcher(lines.get(i)).find()) {
						offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(offenders).as("status literals outside a *Repository").isEmpty();
	}

	private static final Pattern TEMPLATE_STATUS_TEST = Pattern.compile(
			"th:(if|unless)=\"[^\"]*(status|state)\\(\\)(\\.name\\(\\))?\\s*(==|!=|eq|ne)\\s*'",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A page shows a step because the model allows it ({@code possibleSteps()},
	 * {@code allows('…')}, a view's question such as {@code committable()}), never
	 * because a template compared a status name (issue 8 "Done means": no template
	 * decides which steps are allowed). Badges may still be styled by status.
	 */
	@Test
	void templatesNeverDecideStepsFromAStatusName() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (TEMPLATE_STATUS_TEST.matcher(lines.get(i)).find()) {
						offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(offenders).as("templates testing a status name in th:if / th:unless").isEmpty();
	}

	@Test
	void theStatusScanFindsALiteral() {
		assertThat(STATUS_LITERAL.matcher("update receipt_void set status = 'DONE' where").find()).isTrue();
		assertThat(STATUS_LITERAL.matcher("update x set  State='OPEN'").find()).isTrue();
		assertThat(STATUS_LITERAL.matcher("update receipt_void set status = ? where").find()).isFalse();
		assertThat(TEMPLATE_STATUS_TEST.matcher("<a th:if=\"${r.status().name() == 'COMMITTED'}\">").find()).isTrue();
		assertThat(TEMPLATE_STATUS_TEST.matcher("<a th:unless=\"${o.state() != 'OPEN'}\">").find()).isTrue();
		assertThat(
				TEMPLATE_STATUS_TEST.matcher("<span th:classappend=\"${k.status().name() == 'LENT'} ? 'x'\">").find())
			.isFalse();
		assertThat(TEMPLATE_STATUS_TEST.matcher("<a th:if=\"${r.noticesIssued()}\">").find()).isFalse();
	}

}
