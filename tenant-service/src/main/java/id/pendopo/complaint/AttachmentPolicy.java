package id.pendopo.complaint;

import id.pendopo.shared.ValidationException;
import id.pendopo.shared.ValidationException.FieldError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which files a complaint may carry, and how they are cleaned before they are stored.
 *
 * <ul>
 * <li>JPEG, PNG and PDF only, recognised by their first bytes, never by the name or the declared type: a script
 * renamed {@code photo.jpg} is refused.
 * <li>At most {@value #MAX_FILES} files of at most {@value #MAX_BYTES} bytes each.
 * <li>Photos lose their metadata (in JPEG every application segment but the ones decoding needs, and anything
 * after the end of the image; in PNG every chunk but the ones decoding and colour need) always, whatever the
 * privacy mode: a phone's photo carries the place it was taken, which is usually the reporter's home, and the
 * report's own map point is where the location belongs.
 * </ul>
 */
public final class AttachmentPolicy {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_NAME = 200;

    /** A file that passed: its sniffed media type and its cleaned bytes. */
    public record Accepted(String fileName, String mediaType, byte[] content) {
    }

    private AttachmentPolicy() {
    }

    /** Checks and cleans every upload, reporting every refused file at once. */
    public static List<Accepted> accept(List<Upload> uploads) {
        if (uploads == null || uploads.isEmpty()) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        if (uploads.size() > MAX_FILES) {
            errors.add(new FieldError("attachments", "at most " + MAX_FILES + " files, got " + uploads.size()));
        }
        List<Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            String field = "attachments[" + i + "]";
            byte[] content = u.content() == null ? new byte[0] : u.content();
            String name = safeName(u.fileName());
            if (content.length == 0) {
                errors.add(new FieldError(field, "is empty"));
                continue;
            }
            if (content.length > MAX_BYTES) {
                errors.add(new FieldError(field, name + " is " + content.length + " bytes; at most " + MAX_BYTES + " are allowed"));
                continue;
            }
            Optional<String> type = sniff(content);
            if (type.isEmpty()) {
                errors.add(new FieldError(field, name + " is not a JPEG, PNG or PDF file (judged by its content)"));
                continue;
            }
            try {
                byte[] clean = switch (type.get()) {
                    case "image/jpeg" -> stripJpegMetadata(content);
                    case "image/png" -> stripPngMetadata(content);
                    default -> content;
                };
                accepted.add(new Accepted(name, type.get(), clean));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, name + " is a damaged " + type.get() + " file: " + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return accepted;
    }

    /** The media type judged by the first bytes, if it is one the platform accepts. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /**
     * The JPEG with only what decoding needs: every application segment is dropped except JFIF (APP0), an ICC colour
     * profile (APP2 {@code ICC_PROFILE}) and Adobe's colour transform (APP14), and so are comments. That removes EXIF
     * and XMP (APP1), IPTC (APP13), MPF and FlashPix (APP2), C2PA/JUMBF (APP11) and the makers' own segments, any of
     * which can hold the place or the owner. Scans are walked to the end of the image; anything after it (an
     * appended second picture with its own metadata) is dropped.
     */
    static byte[] stripJpegMetadata(byte[] jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(0xD8);
        int p = 2;
        while (true) {
            if (p + 2 > jpeg.length || (jpeg[p] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("segment structure broken at byte " + p);
            }
            int marker = jpeg[p + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                p++;
                continue;
            }
            if (marker == 0xD9) { // end of image: nothing after it is kept
                out.write(jpeg, p, 2);
                return out.toByteArray();
            }
            if (p + 4 > jpeg.length) {
                throw new IllegalArgumentException("segment cut off at byte " + p);
            }
            int length = ((jpeg[p + 2] & 0xFF) << 8) | (jpeg[p + 3] & 0xFF);
            if (length < 2 || p + 2 + length > jpeg.length) {
                throw new IllegalArgumentException("segment length out of bounds at byte " + p);
            }
            if (marker == 0xE0 && length >= 16 && hasIdentifier(jpeg, p + 4, length - 2, "JFIF\0")) {
                // JFIF's own header without its thumbnail, which can show the photo before it was cropped.
                out.write(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16}, 0, 4);
                out.write(jpeg, p + 4, 12);
                out.write(new byte[] {0, 0}, 0, 2);
            } else if (keepJpegSegment(jpeg, p, marker, length)) {
                out.write(jpeg, p, 2 + length);
            }
            p += 2 + length;
            if (marker == 0xDA) { // start of scan: copy the entropy-coded data up to the next marker
                int end = endOfScan(jpeg, p);
                out.write(jpeg, p, end - p);
                p = end;
            }
        }
    }

    private static boolean keepJpegSegment(byte[] jpeg, int p, int marker, int length) {
        if (marker == 0xFE) {
            return false; // comment
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return true; // tables, frame and scan headers, restart interval
        }
        return (marker == 0xE0 && hasIdentifier(jpeg, p + 4, length - 2, "JFIF\0"))
                || (marker == 0xE2 && hasIdentifier(jpeg, p + 4, length - 2, "ICC_PROFILE\0"))
                || (marker == 0xEE && hasIdentifier(jpeg, p + 4, length - 2, "Adobe"));
    }

    private static boolean hasIdentifier(byte[] jpeg, int from, int available, String identifier) {
        byte[] id = identifier.getBytes(StandardCharsets.US_ASCII);
        return available >= id.length && Arrays.equals(jpeg, from, from + id.length, id, 0, id.length);
    }

    /** Where a scan's entropy-coded data ends: at the first marker that is neither a stuffed 0xFF nor a restart. */
    private static int endOfScan(byte[] jpeg, int p) {
        for (int i = p; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                continue;
            }
            int next = jpeg[i + 1] & 0xFF;
            if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no end of image");
    }

    /**
     * The chunks a PNG keeps: what decoding and colour need, and APNG's frames. Everything else goes: eXIf, the text
     * chunks, tIME, and any chunk this list does not know (C2PA's caBX provenance, makers' own), which may name the
     * owner or the place.
     */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP",
            "sBIT", "sRGB", "cICP", "mDCV", "cLLI", "mDCv", "cLLi", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL",
            "fdAT");

    /** The PNG with only the chunks of {@link #PNG_KEPT}. */
    static byte[] stripPngMetadata(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, 8);
        int p = 8;
        while (p < png.length) {
            if (p + 12 > png.length) {
                throw new IllegalArgumentException("chunk header cut off at byte " + p);
            }
            long length = ((png[p] & 0xFFL) << 24) | ((png[p + 1] & 0xFF) << 16) | ((png[p + 2] & 0xFF) << 8) | (png[p + 3] & 0xFF);
            if (length > png.length - p - 12) {
                throw new IllegalArgumentException("chunk length out of bounds at byte " + p);
            }
            String type = new String(png, p + 4, 4, StandardCharsets.US_ASCII);
            int total = (int) length + 12;
            if (PNG_KEPT.contains(type)) {
                out.write(png, p, total);
            }
            p += total;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new IllegalArgumentException("no IEND chunk");
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file name without any path, control characters or excess length; "lampiran" when nothing is left. */
    static String safeName(String name) {
        if (name == null) {
            return "lampiran";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            return "lampiran";
        }
        return base.length() <= MAX_NAME ? base : base.substring(base.length() - MAX_NAME);
    }

    static boolean sameBytes(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }
}
