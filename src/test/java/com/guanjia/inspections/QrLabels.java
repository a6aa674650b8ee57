package com.guanjia.inspections;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a checkpoint's QR label back in tests, as a phone's scanner would. */
final class QrLabels {

	private QrLabels() {
	}

	/**
	 * The image is a generated, clean code, so the pure-barcode reading (no detection of
	 * finder patterns, which failed on some tokens whatever the load) is tried first,
	 * then the general one trying harder.
	 */
	static String decode(BufferedImage image) throws ReaderException {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
		}
		catch (NotFoundException ex) {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
	}

}
