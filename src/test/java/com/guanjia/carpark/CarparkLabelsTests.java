package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every kind, state and step the car-park pages show (cards, stays, held vehicles, shift
 * logs, camera sightings, space-check findings; R12.1–R12.5) is named in Chinese and in
 * English, each under its own key: a refusal "may not … while …" names them too.
 */
class CarparkLabelsTests {

	static <E extends Enum<E>> Stream<String> keys(Class<E> type, Function<E, String> key) {
		return Stream.of(type.getEnumConstants()).map(key);
	}

	@Test
	void everyKindStateAndStepIsNamedInBothLanguages() throws Exception {
		List<String> keys = Stream.of(keys(CameraDirection.class, CameraDirection::messageKey),
				keys(CardAction.class, CardAction::messageKey), keys(CardCheck.class, CardCheck::messageKey),
				keys(CardKind.class, CardKind::messageKey), keys(CardStatus.class, CardStatus::messageKey),
				keys(DocumentKind.class, DocumentKind::messageKey), keys(EntrySource.class, EntrySource::messageKey),
				keys(FindingAction.class, FindingAction::messageKey),
				keys(FindingStatus.class, FindingStatus::messageKey), keys(FreeReason.class, FreeReason::messageKey),
				keys(HeldAction.class, HeldAction::messageKey), keys(HeldStatus.class, HeldStatus::messageKey),
				keys(HoldReason.class, HoldReason::messageKey), keys(MismatchKind.class, MismatchKind::messageKey),
				keys(ShiftAction.class, ShiftAction::messageKey), keys(ShiftStatus.class, ShiftStatus::messageKey),
				keys(SightingAction.class, SightingAction::messageKey),
				keys(SightingOutcome.class, SightingOutcome::messageKey),
				keys(SightingStatus.class, SightingStatus::messageKey), keys(StayAction.class, StayAction::messageKey),
				keys(StayStatus.class, StayStatus::messageKey))
			.flatMap(s -> s)
			.toList();
		assertThat(keys).doesNotHaveDuplicates();
		for (String bundle : new String[] { "i18n/carpark.properties", "i18n/carpark_en.properties" }) {
			Properties labels = new Properties();
			try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(keys).allSatisfy(k -> assertThat(labels.getProperty(k)).as(bundle + " " + k).isNotBlank());
		}
	}

}
