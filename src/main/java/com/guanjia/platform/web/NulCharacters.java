package com.guanjia.platform.web;

import java.beans.PropertyEditorSupport;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A NUL character (U+0000) in any text is refused as bad input naming the field (issue 9
 * item 16): PostgreSQL cannot store it in text, and it is never meaningful in what staff
 * type. We refuse rather than strip, so nothing is saved different from what was sent. A
 * JSON body's string fails to read (400, {@code validation.nul} on its path); a request
 * parameter, path variable or form field fails to bind (400 for the API; a form re-shows
 * the field's error).
 */
@ControllerAdvice
class NulCharacters {

	static final char NUL = '\u0000';

	static boolean contains(@Nullable Object value) {
		return value instanceof String text && text.indexOf(NUL) >= 0;
	}

	@InitBinder
	void refuseNulInParameters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new Editor());
	}

	/** JSON bodies read with {@link RefusingStringDeserializer}. */
	static JacksonModule module() {
		return new SimpleModule("nul-characters").addDeserializer(String.class, new RefusingStringDeserializer());
	}

	/** Text as sent; one with a NUL cannot be converted. */
	static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (contains(text)) {
				throw new IllegalArgumentException("text contains a NUL character");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}

	}

	/** Jackson's string reader, failing on a string with a NUL. */
	static final class RefusingStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String text = super.deserialize(p, ctxt);
			if (contains(text)) {
				return (String) ctxt.handleWeirdStringValue(String.class, text, "contains a NUL character");
			}
			return text;
		}

	}

}
