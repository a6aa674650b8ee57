package com.guanjia.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module under {@code i18n/}: {@code estate.properties} holds the
 * Chinese text (the default), {@code estate_en.properties} the English. Every bundle
 * found is loaded, so a new module only adds its files.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	@Bean
	MessageSource messageSource() {
		TreeSet<String> basenames = new TreeSet<>();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
				String name = r.getFilename();
				if (name != null && !name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties")) {
					basenames.add("classpath:i18n/" + name.substring(0, name.length() - ".properties".length()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setCacheSeconds(-1);
		return source;
	}

}
