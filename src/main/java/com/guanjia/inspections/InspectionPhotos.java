package com.guanjia.inspections;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.guanjia.shared.Problems;

/**
 * Checks and shrinks the photos of a visit before anything is saved (R11.2): only JPEG or
 * PNG images (by their content, then decoded), at most {@value #MAX_BYTES_TEXT} each, a
 * few per item; each is resized to at most {@value #MAX_SIDE} pixels on its longer side
 * and stored as a JPEG. A bad photo is named by its item's field and its file name, and
 * the visit is refused whole.
 */
final class InspectionPhotos {

	static final long MAX_BYTES = 8L * 1024 * 1024;

	static final String MAX_BYTES_TEXT = "8 MB";

	static final int MAX_SIDE = 1600;

	static final int MAX_PIXELS_SIDE = 12_000;

	static final int MAX_PER_ITEM = 3;

	/** A photo ready to store: shrunk and re-encoded. */
	record Prepared(int itemPosition, String filename, byte[] jpeg) {
	}

	private InspectionPhotos() {
	}

	static List<Prepared> prepare(List<PhotoUpload> photos, List<ChecklistItem> items) {
		Problems p = new Problems();
		List<Prepared> prepared = new ArrayList<>();
		for (ChecklistItem item : items) {
			long count = photos.stream().filter(ph -> ph.itemPosition() == item.position()).count();
			p.check(count <= MAX_PER_ITEM, field(item.position()), "inspection.photo.tooMany", MAX_PER_ITEM);
		}
		for (PhotoUpload photo : photos) {
			String field = field(photo.itemPosition());
			String name = photo.filename() == null || photo.filename().isBlank() ? "photo" : photo.filename().strip();
			if (items.stream().noneMatch(i -> i.position() == photo.itemPosition())) {
				p.add("photos", "inspection.item.unknown", photo.itemPosition());
				continue;
			}
			if (name.length() > 200) {
				p.add(field, "inspection.photo.name", name.substring(0, 20));
				continue;
			}
			if (photo.content().length == 0) {
				p.add(field, "inspection.photo.empty", name);
				continue;
			}
			if (photo.content().length > MAX_BYTES) {
				p.add(field, "inspection.photo.tooLarge", name, MAX_BYTES_TEXT);
				continue;
			}
			if (!isJpegOrPng(photo.content())) {
				p.add(field, "inspection.photo.notImage", name);
				continue;
			}
			try {
				prepared.add(new Prepared(photo.itemPosition(), name, shrink(photo.content())));
			}
			catch (IOException | RuntimeException ex) {
				p.add(field, "inspection.photo.notImage", name);
			}
		}
		p.throwIfAny();
		return prepared;
	}

	static String field(int itemPosition) {
		return "items[" + itemPosition + "].photos";
	}

	static boolean isJpegOrPng(byte[] b) {
		boolean jpeg = b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
		boolean png = b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
		return jpeg || png;
	}

	/**
	 * Decodes (refusing huge dimensions before decoding), shrinks and re-encodes as JPEG.
	 */
	static byte[] shrink(byte[] content) throws IOException {
		BufferedImage image;
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new IOException("not an image");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if (reader.getWidth(0) > MAX_PIXELS_SIDE || reader.getHeight(0) > MAX_PIXELS_SIDE) {
					throw new IOException("too many pixels");
				}
				image = reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(rgb, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
