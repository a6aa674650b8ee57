package com.guanjia.carpark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.platform.storage.FileType;
import com.guanjia.platform.storage.UploadPolicy;
import com.guanjia.residents.PlateNumber;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plate-recognition cameras (issue 14 item 7): the manager registers a camera and gets
 * its token once (kept as a SHA-256 hash); the camera posts each plate it reads. A
 * confident reading is applied at once — an entry, a card holder's free exit — and tells
 * the camera to open the barrier; a reading below the camera's threshold, or a vehicle at
 * the exit that must pay, waits on the gate page for the guard, who confirms (correcting
 * the plate) or dismisses it.
 */
@Service
@Transactional
public class Cameras {

	/** A camera to register: its code (the id it sends), name, lane and threshold. */
	public record NewCamera(@Nullable String code, @Nullable String name, @Nullable CameraDirection direction,
			@Nullable BigDecimal minConfidence) {
	}

	/** A camera with its token, shown this once. */
	public record CameraToken(CameraView camera, String token) {
	}

	static final int MAX_IMAGE_BYTES = 1024 * 1024;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CameraRepository cameras;

	private final CameraSightingRepository sightings;

	private final StayRepository stays;

	private final Gate gate;

	private final FileStorage files;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final GateTime time;

	Cameras(CameraRepository cameras, CameraSightingRepository sightings, StayRepository stays, Gate gate,
			FileStorage files, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			GateTime time) {
		this.cameras = cameras;
		this.sightings = sightings;
		this.stays = stays;
		this.gate = gate;
		this.files = files;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.time = time;
	}

	// --- the manager's settings --------------------------------------------------------

	public CameraToken register(long communityId, NewCamera camera) {
		scope.require(Permission.CARPARK_ADMIN);
		scope.require(communityId);
		Problems p = new Problems();
		p.text("code", camera.code(), 30);
		p.check(camera.code() == null || camera.code().strip().matches("[A-Za-z0-9_-]+"), "code",
				"validation.code.format");
		p.text("name", camera.name(), 50);
		p.required("direction", camera.direction());
		BigDecimal threshold = camera.minConfidence() == null ? new BigDecimal("0.90") : camera.minConfidence();
		p.check(threshold.compareTo(BigDecimal.ZERO) >= 0 && threshold.compareTo(BigDecimal.ONE) <= 0
				&& threshold.stripTrailingZeros().scale() <= 2, "minConfidence", "carpark.camera.threshold");
		p.throwIfAny();
		String token = newToken();
		long id = cameras.insert(communityId, camera.code().strip().toUpperCase(Locale.ROOT), camera.name().strip(),
				camera.direction(), threshold, hash(token), time.now());
		audit.record(communityId, "parking_camera", id, "register", camera.code());
		return new CameraToken(cameras.find(List.of(communityId), id).orElseThrow(), token);
	}

	/** A new token for the camera; the old one stops working at once. */
	public CameraToken newToken(long cameraId) {
		scope.require(Permission.CARPARK_ADMIN);
		CameraView camera = camera(cameraId);
		String token = newToken();
		cameras.update(camera, hash(token), camera.enabled());
		audit.record(camera.communityId(), "parking_camera", cameraId, "token", null);
		return new CameraToken(camera(cameraId), token);
	}

	public CameraView enable(long cameraId, boolean enabled) {
		scope.require(Permission.CARPARK_ADMIN);
		CameraView camera = camera(cameraId);
		cameras.update(camera, "", enabled);
		audit.record(camera.communityId(), "parking_camera", cameraId, enabled ? "enable" : "disable", null);
		return camera(cameraId);
	}

	@Transactional(readOnly = true)
	public List<CameraView> list(long communityId) {
		scope.require(Permission.CARPARK_ADMIN);
		scope.require(communityId);
		return cameras.list(communityId);
	}

	// --- the camera --------------------------------------------------------------------

	/**
	 * A camera's reading. The token must be an enabled camera's and that camera must be
	 * the one named (401 otherwise, nothing recorded); the same reading sent again
	 * answers what it did the first time.
	 */
	public SightingView receive(@Nullable String token, CameraEvent event) {
		CameraView camera = token == null || token.isBlank() ? null
				: cameras.byTokenHash(hash(token.strip())).orElse(null);
		if (camera == null || event.cameraId() == null || !camera.code().equalsIgnoreCase(event.cameraId().strip())) {
			throw new CameraTokenRefused();
		}
		long c = camera.communityId();
		Problems p = new Problems();
		p.text("plate", event.plate(), 20);
		p.required("time", event.time());
		p.required("confidence", event.confidence());
		p.check(event.confidence() == null || (event.confidence().compareTo(BigDecimal.ZERO) >= 0
				&& event.confidence().compareTo(BigDecimal.ONE) <= 0), "confidence", "carpark.camera.confidence");
		byte[] image = image(p, event.image());
		FileType imageType = image == null ? null : UploadPolicy.PHOTO.check(p, "image", null, image);
		Instant at = event.time() == null ? time.now() : time.recorded(p, "time", event.time());
		p.throwIfAny();
		String read = PlateNumber.normalize(event.plate());
		String plate = read.length() > 10 ? read.substring(0, 10) : read;
		var earlier = sightings.same(c, camera.id(), at, plate);
		if (earlier.isPresent()) {
			return SightingView.of(earlier.get());
		}
		Long imageFile = image == null
				|| imageType == null
						? null
						: files
							.store(c,
									camera.code() + "-" + at.toEpochMilli() + "."
											+ imageType.name().toLowerCase(Locale.ROOT),
									imageType.contentType(), image)
							.id();
		CameraSighting.Reading reading = new CameraSighting.Reading(camera.id(), camera.direction(), plate, at,
				event.confidence().setScale(3, java.math.RoundingMode.HALF_UP), imageFile, time.now());
		String actor = "camera:" + camera.code();
		boolean confident = PlateNumber.isValid(plate) && event.confidence().compareTo(camera.minConfidence()) >= 0;
		Applied applied = confident ? apply(c, camera.direction(), plate, at, actor)
				: new Applied(SightingOutcome.LOW_CONFIDENCE, null);
		CameraSighting s = CameraSighting.record(sightings.nextId(), c, reading, applied.outcome(), applied.stayId(),
				actor);
		return commit(s);
	}

	/** What a confident reading did. */
	private record Applied(SightingOutcome outcome, @Nullable Long stayId) {
	}

	private Applied apply(long c, CameraDirection direction, String plate, Instant at, String actor) {
		var open = stays.openOf(c, plate);
		if (direction == CameraDirection.ENTRY) {
			if (open.isPresent()) {
				return new Applied(SightingOutcome.ALREADY_INSIDE, open.get().id());
			}
			// the lane's guard checks the goods while the camera reads the plate (seed
			// 001
			// item 7: 系统自动控制的停车场出入口)
			StayView entered = gate.enter(c, new EnterVehicle(plate, true, null, false, null, null), at,
					EntrySource.CAMERA, actor);
			return new Applied(SightingOutcome.ENTERED, entered.id());
		}
		if (open.isEmpty() || open.get().status() != StayStatus.INSIDE) {
			return new Applied(SightingOutcome.NOT_INSIDE, open.map(Stay::id).orElse(null));
		}
		Stay stay = stays.lock(List.of(c), open.get().id()).orElseThrow();
		// a pass handed at a guard's lane is taken back by the guard (seed 001 item 5)
		if (!stay.passHanded() && gate.cardCheck(c, plate, null, time.dayOf(c, at)).check() == CardCheck.VALID) {
			gate.exit(stay, ExitVehicle.automatic(at), at, EntrySource.CAMERA, actor);
			return new Applied(SightingOutcome.EXITED_FREE, stay.id());
		}
		// a visitor pays the guard at the exit
		return new Applied(SightingOutcome.AT_EXIT, stay.id());
	}

	// --- the guard ---------------------------------------------------------------------

	/** Readings waiting for the guard, the oldest first. */
	@Transactional(readOnly = true)
	public List<SightingView> pending(long communityId) {
		scope.require(Permission.CARPARK_GATE);
		scope.require(communityId);
		return sightings.pending(communityId).stream().map(SightingView::of).toList();
	}

	@Transactional(readOnly = true)
	public SightingView get(long sightingId) {
		scope.require(Permission.CARPARK_GATE);
		return SightingView.of(sightings.find(scope.allowedIds(), sightingId)
			.orElseThrow(() -> new NotFoundException("sighting", sightingId)));
	}

	/**
	 * The guard confirms an entry reading, with the plate as it really is and the entry's
	 * checks: the vehicle enters at the time the camera saw it.
	 */
	public SightingView confirmEntry(long sightingId, EnterVehicle command) {
		scope.require(Permission.CARPARK_GATE);
		Problems p = new Problems();
		command.validate(p);
		p.throwIfAny();
		CameraSighting s = sightings.lock(scope.allowedIds(), sightingId)
			.orElseThrow(() -> new NotFoundException("sighting", sightingId));
		s.check(SightingAction.CONFIRM);
		if (s.reading().direction() != CameraDirection.ENTRY) {
			throw ValidationException.of("direction", "carpark.camera.notEntry");
		}
		StayView stay = gate.enter(s.communityId(), command, s.reading().capturedAt(), EntrySource.CAMERA,
				scope.actor());
		s.confirm(stay.id(), time.now(), scope.actor());
		return commit(s);
	}

	/** The guard dismisses a reading (a misreading, a vehicle that turned back). */
	public SightingView dismiss(long sightingId) {
		scope.require(Permission.CARPARK_GATE);
		CameraSighting s = sightings.lock(scope.allowedIds(), sightingId)
			.orElseThrow(() -> new NotFoundException("sighting", sightingId));
		s.dismiss(time.now(), scope.actor());
		return commit(s);
	}

	/** The reading's picture, for the guard to compare. */
	@Transactional(readOnly = true)
	public FileStorage.@Nullable StoredFileContent image(long sightingId) {
		scope.require(Permission.CARPARK_GATE);
		CameraSighting s = sightings.find(scope.allowedIds(), sightingId)
			.orElseThrow(() -> new NotFoundException("sighting", sightingId));
		Long file = s.reading().imageFileId();
		return file == null ? null
				: files.load(s.communityId(), file).orElseThrow(() -> new NotFoundException("image", sightingId));
	}

	// --- plumbing ----------------------------------------------------------------------

	private SightingView commit(CameraSighting s) {
		sightings.save(s);
		s.steps()
			.forEach(step -> audit.record(s.communityId(), "camera_sighting", s.id(),
					step.action().toLowerCase(Locale.ROOT), step.note()));
		s.events().forEach(events::publishEvent);
		s.saved();
		return SightingView.of(s);
	}

	private CameraView camera(long cameraId) {
		return cameras.find(scope.allowedIds(), cameraId).orElseThrow(() -> new NotFoundException("camera", cameraId));
	}

	private static byte @Nullable [] image(Problems p, @Nullable String base64) {
		if (base64 == null || base64.isBlank()) {
			return null;
		}
		try {
			byte[] bytes = Base64.getMimeDecoder().decode(base64);
			p.check(bytes.length <= MAX_IMAGE_BYTES, "image", "carpark.camera.imageTooLarge");
			return bytes;
		}
		catch (IllegalArgumentException ex) {
			p.add("image", "validation.format");
			return null;
		}
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "cam_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
