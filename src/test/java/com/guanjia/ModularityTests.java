package com.guanjia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: no cycles, no use of another module's internals, and (issue 8 item
 * 4) every module names what it may use: another module's types only through that
 * module's API, the types marked {@code @NamedInterface("api")}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(GuanjiaApplication.class);

	@Test
	void verifiesModularStructure() {
		modules.verify();
	}

	/**
	 * {@code verify()} checks a dependency against {@code allowedDependencies} only where
	 * a module declares them, and {@code "estate"} would allow estate's unmarked public
	 * types: so every closed module declares its list, names closed modules as
	 * {@code "<module> :: api"}, and says in one sentence which of its types other
	 * modules use ("Other modules use …", or "No other module uses it" when it marks
	 * none; CONTRIBUTING "Module APIs").
	 */
	@Test
	void everyModuleDeclaresItsDependenciesThroughApis() throws IOException {
		Set<String> open = modules.stream()
			.map(m -> m.getBasePackage().getName())
			.filter(p -> declaration(p) != null && declaration(p).type() == ApplicationModule.Type.OPEN)
			.map(p -> p.substring(p.lastIndexOf('.') + 1))
			.collect(Collectors.toSet());
		assertThat(open).containsExactlyInAnyOrder("platform", "shared");
		List<String> problems = new ArrayList<>();
		for (var module : modules) {
			String base = module.getBasePackage().getName();
			String name = base.substring(base.lastIndexOf('.') + 1);
			if (open.contains(name)) {
				continue;
			}
			ApplicationModule declared = declaration(base);
			if (declared == null || declared.allowedDependencies().length == 0) {
				problems.add(name + ": no @ApplicationModule(allowedDependencies = …) in its package-info");
				continue;
			}
			Arrays.stream(declared.allowedDependencies())
				.filter(d -> !open.contains(d) && !d.matches("[a-z]+ :: api"))
				.forEach(d -> problems.add(name + ": allows \"" + d + "\"; name a module's API, \"<module> :: api\""));
			Path source = Path.of("src/main/java", base.replace('.', '/'), "package-info.java");
			String javadoc = Files.readString(source).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
			boolean hasApi = module.getNamedInterfaces().getByName("api").isPresent();
			if (hasApi && !javadoc.contains("Other modules use")) {
				problems.add(name
						+ ": marks types @NamedInterface(\"api\"), its package-info must say \"Other modules use …\"");
			}
			if (!hasApi && !javadoc.contains("No other module uses")) {
				problems.add(name
						+ ": marks no type @NamedInterface(\"api\"), its package-info must say \"No other module uses it\"");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

	private static ApplicationModule declaration(String basePackage) {
		try {
			return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
