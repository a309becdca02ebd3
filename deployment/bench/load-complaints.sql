-- Bulk load of @ROWS@ complaints into the tenant @SLUG@, for deployment/bench/complaints.sh. Straight SQL, no
-- application: MariaDB's SEQUENCE engine (seq_1_to_N) drives one INSERT ... SELECT.
--   received_at  evenly over the last 730 days, the newest an hour ago (monotonic in the sequence number);
--   status       by age: recent complaints mostly open, older ones mostly closed, a small backlog left open;
--   tracking id  <tenant.tracking_prefix>-<YY>-<NNNNNN>, numbered per local year after what complaint_sequence
--                already handed out, and complaint_sequence moved past the numbers used;
--   district     the regency's kecamatan in turn; 13 default categories; channel, type and privacy spread;
--   tracking_secret_hash  one valid hash copied from a complaint received through the API.
-- Villages, timeline entries, messages and dispositions are not generated: the lists measured do not read them.

SET SESSION foreign_key_checks = 0, unique_checks = 0;
SET @slug = '@SLUG@', @rows = @ROWS@;
SELECT id, tracking_prefix, kode, CASE time_zone WHEN 'WITA' THEN 8 WHEN 'WIT' THEN 9 ELSE 7 END
  INTO @tenant, @prefix, @kode, @tz FROM tenant WHERE slug = @slug;
SET @hash = (SELECT tracking_secret_hash FROM complaint WHERE tenant_id = @tenant ORDER BY id LIMIT 1);
SET @now = UTC_TIMESTAMP(6), @end = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, @span_us = 730 * 86400 * 1000000;

DROP TEMPORARY TABLE IF EXISTS bench_district;
CREATE TEMPORARY TABLE bench_district (n INT PRIMARY KEY, kode VARCHAR(13), nama VARCHAR(200));
INSERT INTO bench_district SELECT ROW_NUMBER() OVER (ORDER BY kode) - 1, kode, nama FROM region WHERE parent_kode = @kode;
SET @districts = (SELECT COUNT(*) FROM bench_district);

INSERT INTO complaint (tenant_id, tracking_id, complaint_type, category_code, title, description, district_code,
    village_code, address, latitude, longitude, channel, reporter_name, reporter_phone, reporter_email,
    tracking_secret_hash, privacy_mode, status, status_note, forwarded_to_tenant, archive_reason, duplicate_of, rating,
    reopen_count, received_at, verification_due_at, follow_up_due_at, resolved_at, reopenable_until, closed_at,
    updated_at, status_changed_at, version)
SELECT @tenant,
       CONCAT(@prefix, '-', LPAD(y.yr % 100, 2, '0'), '-',
              LPAD(ROW_NUMBER() OVER (PARTITION BY y.yr ORDER BY y.s) - 1 + COALESCE(cs.next_value, 1), 6, '0')),
       CASE WHEN CRC32(CONCAT('t', y.s)) % 100 < 80 THEN 'PENGADUAN'
            WHEN CRC32(CONCAT('t', y.s)) % 100 < 95 THEN 'ASPIRASI' ELSE 'PERMINTAAN_INFORMASI' END,
       ELT(y.cat, 'INFRASTRUKTUR', 'KEBERSIHAN', 'LINGKUNGAN', 'AIR-BERSIH', 'KESEHATAN', 'PENDIDIKAN', 'ADMINDUK',
           'PERIZINAN', 'SOSIAL', 'KETERTIBAN', 'PERHUBUNGAN', 'PELAYANAN-PUBLIK', 'LAINNYA'),
       CONCAT(y.title, ' di Kecamatan ', d.nama),
       CONCAT(y.title, ' di Kecamatan ', d.nama, '. Sudah beberapa kali disampaikan kepada aparat desa tetapi belum ada '
              'tindak lanjut. Mohon perhatian dan penanganan dari dinas terkait. Terima kasih.'),
       d.kode, NULL, CONCAT('Dusun ', 1 + y.s % 9), NULL, NULL,
       ELT(1 + CRC32(CONCAT('ch', y.s)) % 20, 'WEB', 'WEB', 'WEB', 'WEB', 'WEB', 'WEB', 'WEB', 'WEB', 'API', 'API',
           'API', 'API', 'OPEN311', 'PHONE', 'PHONE', 'PHONE', 'WALK_IN', 'WALK_IN', 'SMS', 'SOCIAL_MEDIA'),
       CONCAT('Warga ', y.s), IF(y.s % 2 = 0, CONCAT('+62812', LPAD(y.s, 7, '0')), NULL), NULL,
       @hash,
       CASE WHEN CRC32(CONCAT('p', y.s)) % 100 < 85 THEN 'ANONYMOUS'
            WHEN CRC32(CONCAT('p', y.s)) % 100 < 95 THEN 'PUBLIC' ELSE 'CONFIDENTIAL' END,
       y.st, NULL, NULL, IF(y.st = 'ARCHIVED', ELT(1 + y.s % 3, 'DUPLICATE', 'SPAM', 'INCOMPLETE'), NULL), NULL,
       IF(y.st = 'CLOSED' AND y.s % 2 = 0, 1 + y.s % 5, NULL),
       0, y.at, y.at + INTERVAL 4 DAY,
       IF(y.st IN ('DISPOSED', 'FOLLOWED_UP', 'RESOLVED', 'CLOSED'), y.at + INTERVAL 14 DAY, NULL),
       IF(y.st IN ('RESOLVED', 'CLOSED'), y.at + INTERVAL LEAST(10, FLOOR(y.age / 2)) DAY, NULL),
       IF(y.st = 'RESOLVED', y.at + INTERVAL LEAST(10, FLOOR(y.age / 2)) + 14 DAY, NULL),
       IF(y.st IN ('CLOSED', 'ARCHIVED', 'NOT_OUR_JURISDICTION'), y.at + INTERVAL LEAST(12, FLOOR(y.age / 2)) DAY, NULL),
       LEAST(@now, y.at + INTERVAL LEAST(12, FLOOR(y.age / 2)) DAY),
       LEAST(@now, y.at + INTERVAL LEAST(12, FLOOR(y.age / 2)) DAY), 1 + y.s % 3
FROM (
    SELECT x.*,
           YEAR(x.at + INTERVAL @tz HOUR) AS yr,
           1 + CRC32(CONCAT('c', x.s)) % 13 AS cat,
           ELT(1 + x.s % 13, 'Jalan berlubang dan rusak parah', 'Sampah menumpuk tidak diangkut',
               'Limbah pabrik mencemari sungai', 'Air PDAM tidak mengalir tiga hari', 'Antrean panjang di puskesmas',
               'Pungutan biaya seragam di sekolah', 'KTP-el belum selesai dicetak', 'Izin usaha tidak kunjung terbit',
               'Bansos tidak tepat sasaran', 'Pedagang kaki lima menutup trotoar', 'Parkir liar di depan pasar',
               'Pelayanan kantor camat lambat', 'Pertanyaan tentang jadwal layanan') AS title,
           CASE
             WHEN x.age < 3 THEN CASE WHEN x.b < 80 THEN 'RECEIVED' WHEN x.b < 85 THEN 'DEFERRED'
                                      WHEN x.b < 95 THEN 'VERIFIED' ELSE 'DISPOSED' END
             WHEN x.age < 30 THEN CASE WHEN x.b < 10 THEN 'RECEIVED' WHEN x.b < 15 THEN 'DEFERRED'
                                       WHEN x.b < 20 THEN 'VERIFIED' WHEN x.b < 60 THEN 'DISPOSED'
                                       WHEN x.b < 80 THEN 'FOLLOWED_UP' WHEN x.b < 90 THEN 'RESOLVED'
                                       WHEN x.b < 95 THEN 'ARCHIVED' ELSE 'NOT_OUR_JURISDICTION' END
             WHEN x.age < 90 THEN CASE WHEN x.b < 2 THEN 'RECEIVED' WHEN x.b < 5 THEN 'DEFERRED'
                                       WHEN x.b < 20 THEN 'DISPOSED' WHEN x.b < 30 THEN 'FOLLOWED_UP'
                                       WHEN x.b < 85 THEN 'CLOSED' WHEN x.b < 95 THEN 'ARCHIVED'
                                       ELSE 'NOT_OUR_JURISDICTION' END
             ELSE CASE WHEN x.b < 1 THEN 'RECEIVED' WHEN x.b < 2 THEN 'DEFERRED' WHEN x.b < 4 THEN 'DISPOSED'
                       WHEN x.b < 5 THEN 'FOLLOWED_UP' WHEN x.b < 85 THEN 'CLOSED' WHEN x.b < 95 THEN 'ARCHIVED'
                       ELSE 'NOT_OUR_JURISDICTION' END
           END AS st
    FROM (
        SELECT seq AS s,
               @end - INTERVAL FLOOR((@rows - seq) * (@span_us / @rows)) MICROSECOND AS at,
               FLOOR((@rows - seq) * 730 / @rows) AS age,
               CRC32(seq) % 100 AS b
        FROM seq_1_to_@ROWS@
    ) x
) y
JOIN bench_district d ON d.n = y.s % @districts
LEFT JOIN complaint_sequence cs ON cs.tenant_id = @tenant AND cs.seq_year = y.yr;

-- Move every year's sequence past the highest number now in use.
INSERT INTO complaint_sequence (tenant_id, seq_year, next_value)
SELECT @tenant, 2000 + CAST(SUBSTRING(tracking_id, 5, 2) AS UNSIGNED), MAX(CAST(SUBSTRING(tracking_id, 8) AS UNSIGNED)) + 1
FROM complaint WHERE tenant_id = @tenant GROUP BY SUBSTRING(tracking_id, 5, 2)
ON DUPLICATE KEY UPDATE next_value = GREATEST(next_value, VALUES(next_value));

-- The deadline that applies now (Complaint.currentDue), as the application keeps it.
UPDATE complaint SET current_due_at = CASE
    WHEN status IN ('RECEIVED', 'DEFERRED', 'VERIFIED') THEN verification_due_at
    WHEN status = 'DISPOSED' AND follow_up_due_at IS NOT NULL THEN follow_up_due_at
    ELSE '9999-12-31 00:00:00' END
WHERE tenant_id = @tenant;
-- The running deadline until it is escalated (Complaint.escalateAfter): what an earlier run escalated stays done.
UPDATE complaint SET escalate_after = NULLIF(current_due_at, '9999-12-31 00:00:00')
WHERE tenant_id = @tenant
  AND NOT EXISTS (SELECT 1 FROM complaint_escalation e
                  WHERE e.tenant_id = complaint.tenant_id AND e.complaint_id = complaint.id
                    AND e.due_at = complaint.current_due_at);

ANALYZE TABLE complaint;
