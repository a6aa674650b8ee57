package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.ReaderException;
import com.guanjia.platform.web.QrImages;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: {@code InspectionPageTests.aQrLabelOpensItsCheckpointOnTodaysRound} failed
 * now and then. The cause was the token, not the load: a checkpoint's random token
 * changes the code's pattern, and ZXing's finder-pattern detection missed a few of them.
 * Read the way the page test reads, every one of many labels of the checkpoint page's
 * size comes back.
 */
class QrLabelReadBackTests {

	@Test
	void everyGeneratedLabelReadsBack() throws IOException {
		SecureRandom random = new SecureRandom();
		List<String> unread = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			byte[] bytes = new byte[12];
			random.nextBytes(bytes);
			String url = "http://localhost/inspections/scan/" + HexFormat.of().formatHex(bytes);
			var image = ImageIO.read(new ByteArrayInputStream(QrImages.png(url, 240)));
			try {
				if (!QrLabels.decode(image).equals(url)) {
					unread.add(url + " (misread)");
				}
			}
			catch (ReaderException ex) {
				unread.add(url);
			}
		}
		assertThat(unread).isEmpty();
	}

}
