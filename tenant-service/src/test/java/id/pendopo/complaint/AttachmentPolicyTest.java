package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    /** A JPEG with a JFIF header, an EXIF segment carrying a GPS marker, a comment, and a tiny scan. */
    static byte[] jpegWithExif() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(out, 0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0");
        segment(out, 0xE1, "Exif\0\0GPSLatitude=3.5952;GPSLongitude=98.6722");
        segment(out, 0xFE, "taken at home");
        segment(out, 0xDB, "\0" + "x".repeat(64));
        segment(out, 0xDA, "\1\1\0\0?\0");
        out.writeBytes(new byte[] {0x12, 0x34, (byte) 0xFF, 0x00, 0x56, (byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, String payload) {
        byte[] p = payload.getBytes(StandardCharsets.ISO_8859_1);
        out.write(0xFF);
        out.write(marker);
        out.write((p.length + 2) >> 8);
        out.write((p.length + 2) & 0xFF);
        out.writeBytes(p);
    }

    static byte[] png(String... extraChunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", "\0\0\0\1\0\0\0\1\10\2\0\0\0");
        for (String c : extraChunks) {
            chunk(out, c, "GPS 3.5952 98.6722");
        }
        chunk(out, "IDAT", "data");
        chunk(out, "IEND", "");
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, String data) {
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(new byte[] {0, 0, (byte) (d.length >> 8), (byte) d.length});
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(d);
        out.writeBytes(new byte[] {1, 2, 3, 4}); // CRC, not checked here
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void photosLoseTheirLocationAndCommentsButKeepTheirImage() {
        var accepted = AttachmentPolicy.accept(List.of(new Upload("IMG_2041.jpg", jpegWithExif())));

        byte[] clean = accepted.get(0).content();
        String text = new String(clean, StandardCharsets.ISO_8859_1);
        assertThat(accepted.get(0).mediaType()).isEqualTo("image/jpeg");
        assertThat(text).doesNotContain("GPS").doesNotContain("Exif").doesNotContain("taken at home").contains("JFIF");
        assertThat(text).endsWith(new String(new byte[] {0x12, 0x34, (byte) 0xFF, 0x00, 0x56, (byte) 0xFF, (byte) 0xD9},
                StandardCharsets.ISO_8859_1));
    }

    @Test
    void onlyTheSegmentsDecodingNeedsAreKeptAndNothingAfterTheEndOfTheImage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(out, 0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0");
        segment(out, 0xE0, "JFXX\0\023 thumbnail of the uncropped photo");
        segment(out, 0xE2, "ICC_PROFILE\0\1\1sRGB profile");
        segment(out, 0xE2, "MPF\0II*\0 second picture at offset 9000");
        segment(out, 0xEB, "JP\0\0 c2pa.location 3.5952,98.6722");
        segment(out, 0xEE, "Adobe\0\144\0\0\0\0\1");
        segment(out, 0xDB, "\0" + "q".repeat(64));
        segment(out, 0xDA, "\1\1\0\0?\0");
        out.writeBytes(new byte[] {0x11, (byte) 0xFF, 0x00, (byte) 0xFF, (byte) 0xD0, 0x22}); // stuffing, a restart
        segment(out, 0xC4, "\0" + "h".repeat(17)); // a progressive JPEG: more tables and a second scan
        segment(out, 0xDA, "\1\1\0\0?\0");
        out.writeBytes(new byte[] {0x33, (byte) 0xFF, (byte) 0xD9});
        out.writeBytes(jpegWithExif()); // an appended second picture, with its own EXIF

        byte[] clean = AttachmentPolicy.accept(List.of(new Upload("burst.jpg", out.toByteArray()))).get(0).content();
        String text = new String(clean, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("JFIF", "ICC_PROFILE", "Adobe", "q".repeat(64), "h".repeat(17))
                .doesNotContain("MPF", "c2pa", "GPS", "Exif", "taken at home", "JFXX", "thumbnail");
        assertThat(text).endsWith(new String(new byte[] {0x33, (byte) 0xFF, (byte) 0xD9}, StandardCharsets.ISO_8859_1));
        assertThat(text.indexOf(new String(new byte[] {0x11, (byte) 0xFF, 0x00, (byte) 0xFF, (byte) 0xD0, 0x22},
                StandardCharsets.ISO_8859_1))).as("the first scan's data as it was").isPositive();
    }

    /** JFIF's header may carry a thumbnail of the photo as taken, before it was cropped: the header stays, it goes. */
    @Test
    void theJfifHeaderLosesItsThumbnail() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(out, 0xE0, "JFIF\0\1\2\1\0\110\0\110\2\1" + "UNCROP");
        segment(out, 0xDA, "\1\1\0\0?\0");
        out.writeBytes(new byte[] {0x11, (byte) 0xFF, (byte) 0xD9});

        byte[] clean = AttachmentPolicy.accept(List.of(new Upload("crop.jpg", out.toByteArray()))).get(0).content();

        String text = new String(clean, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("UNCROP")
                .startsWith("\u00FF\u00D8\u00FF\u00E0\0\u0010JFIF\0\1\2\1\0\110\0\110\0\0");
    }

    @Test
    void pngMetadataChunksAreDropped() {
        byte[] clean = AttachmentPolicy.accept(List.of(new Upload("peta.png", png("eXIf", "tEXt", "iTXt")))).get(0).content();

        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("GPS").contains("IHDR").contains("IDAT")
                .endsWith("IEND\1\2\3\4");
    }

    /** C2PA's provenance (caBX) and makers' private chunks can name the owner: a chunk not known to be safe goes. */
    @Test
    void pngChunksNotKnownToBeSafeAreDroppedAndColourIsKept() {
        byte[] clean = AttachmentPolicy.accept(List.of(new Upload("peta.png", png("caBX", "prVt", "sRGB", "pHYs"))))
                .get(0).content();

        String text = new String(clean, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("caBX", "prVt").contains("IHDR", "sRGB", "pHYs", "IDAT", "IEND");
    }

    @Test
    void theTypeIsJudgedByContentNotByName() {
        var pdf = AttachmentPolicy.accept(List.of(new Upload("scan.jpg", PDF))).get(0);
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");

        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> AttachmentPolicy.accept(List.of(new Upload("foto.jpg", script))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> {
                            assertThat(f.field()).isEqualTo("attachments[0]");
                            assertThat(f.message()).contains("foto.jpg").contains("not a JPEG, PNG or PDF");
                        }));
    }

    @Test
    void sizeCountAndEmptinessAreLimitedAndEveryProblemIsReported() {
        byte[] huge = new byte[AttachmentPolicy.MAX_BYTES + 1];
        huge[0] = '%';
        huge[1] = 'P';
        huge[2] = 'D';
        huge[3] = 'F';
        huge[4] = '-';
        List<Upload> six = Collections.nCopies(6, new Upload("a.pdf", PDF));

        assertThatThrownBy(() -> AttachmentPolicy.accept(List.of(new Upload("big.pdf", huge), new Upload("e.png", new byte[0]))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactly("attachments[0]", "attachments[1]"));
        assertThatThrownBy(() -> AttachmentPolicy.accept(six)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 5 files");
    }

    @Test
    void aTruncatedJpegIsRefusedAsDamaged() {
        byte[] broken = java.util.Arrays.copyOf(jpegWithExif(), 30);
        assertThatThrownBy(() -> AttachmentPolicy.accept(List.of(new Upload("x.jpg", broken))))
                .hasMessageContaining("damaged image/jpeg");
    }

    @Test
    void fileNamesLosePathsAndControlCharacters() {
        assertThat(AttachmentPolicy.safeName("C:\\Users\\budi\\foto 1.jpg")).isEqualTo("foto 1.jpg");
        assertThat(AttachmentPolicy.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentPolicy.safeName("a\u0000b\"c.pdf")).isEqualTo("abc.pdf");
        assertThat(AttachmentPolicy.safeName("  ")).isEqualTo("lampiran");
    }
}
