package com.guanjia.inspections.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.guanjia.inspections.ItemAnswer;
import com.guanjia.inspections.Outcome;
import com.guanjia.inspections.PhotoUpload;
import com.guanjia.inspections.RecordVisit;

import org.springframework.web.multipart.MultipartFile;

/**
 * The checkpoint form on the phone: per item a result, a note and photos (bound as
 * {@code items[3].outcome}, {@code items[3].note}, {@code items[3].photos}), a note and
 * whether the label was scanned.
 */
public class VisitForm {

	/** One item's answer as the form binds it. */
	public static class Item {

		private Outcome outcome;

		private String note;

		private List<MultipartFile> photos = new ArrayList<>();

		public Outcome getOutcome() {
			return outcome;
		}

		public void setOutcome(Outcome outcome) {
			this.outcome = outcome;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public List<MultipartFile> getPhotos() {
			return photos;
		}

		public void setPhotos(List<MultipartFile> photos) {
			this.photos = photos;
		}

	}

	private Map<Integer, Item> items = new TreeMap<>();

	private String note;

	private boolean scanned;

	public Map<Integer, Item> getItems() {
		return items;
	}

	public void setItems(Map<Integer, Item> items) {
		this.items = items;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isScanned() {
		return scanned;
	}

	public void setScanned(boolean scanned) {
		this.scanned = scanned;
	}

	Item item(int position) {
		return items.computeIfAbsent(position, p -> new Item());
	}

	RecordVisit toCommand() {
		List<ItemAnswer> answers = new ArrayList<>();
		List<PhotoUpload> photos = new ArrayList<>();
		items.forEach((position, item) -> {
			answers.add(new ItemAnswer(position, item.getOutcome(), item.getNote()));
			for (MultipartFile file : item.getPhotos()) {
				if (file != null && !file.isEmpty()) {
					photos.add(new PhotoUpload(position, file.getOriginalFilename(),
							String.valueOf(file.getContentType()), bytes(file)));
				}
			}
		});
		return new RecordVisit(answers, note, scanned, photos);
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
