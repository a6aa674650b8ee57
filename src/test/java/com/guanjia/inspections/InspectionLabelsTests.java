package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every kind, state and step the inspection pages show (rounds, checkpoints, findings,
 * rectification notices, evaluations; R11.1–R11.4) is named in Chinese and in English,
 * each under its own key: a refusal "may not … while …" names them too.
 */
class InspectionLabelsTests {

	static <E extends Enum<E>> Stream<String> keys(Class<E> type, Function<E, String> key) {
		return Stream.of(type.getEnumConstants()).map(key);
	}

	@Test
	void everyKindStateAndStepIsNamedInBothLanguages() throws Exception {
		List<String> keys = Stream
			.of(keys(AreaKind.class, AreaKind::messageKey), keys(EvaluationStatus.class, EvaluationStatus::messageKey),
					keys(EvaluationStep.class, EvaluationStep::messageKey),
					keys(FindingStatus.class, FindingStatus::messageKey),
					keys(FindingStep.class, FindingStep::messageKey), keys(Outcome.class, Outcome::messageKey),
					keys(RectificationStatus.class, RectificationStatus::messageKey),
					keys(RectificationStep.class, RectificationStep::messageKey),
					keys(Recurrence.class, Recurrence::messageKey), keys(RoundKind.class, RoundKind::messageKey),
					keys(RoundStatus.class, RoundStatus::messageKey), keys(RoundStep.class, RoundStep::messageKey),
					keys(Trade.class, Trade::messageKey), keys(VisitStatus.class, VisitStatus::messageKey))
			.flatMap(s -> s)
			.toList();
		assertThat(keys).doesNotHaveDuplicates();
		for (String bundle : new String[] { "i18n/inspections.properties", "i18n/inspections_en.properties" }) {
			Properties labels = new Properties();
			try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(keys).allSatisfy(k -> assertThat(labels.getProperty(k)).as(bundle + " " + k).isNotBlank());
		}
	}

}
