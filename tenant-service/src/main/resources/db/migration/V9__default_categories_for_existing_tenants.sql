-- Tenants provisioned before complaint categories existed get the default categories (DefaultCategories),
-- as new tenants do at provisioning. Safe on an empty platform.

INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'INFRASTRUKTUR', 'Infrastruktur, Jalan dan Jembatan', 'Jalan rusak, jembatan, drainase, lampu jalan', 'jalan,lubang,jembatan,drainase,lampu', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'INFRASTRUKTUR');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'KEBERSIHAN', 'Kebersihan dan Sampah', 'Pengangkutan sampah, TPS liar, kebersihan lingkungan', 'sampah,tps,kotor,bau', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'KEBERSIHAN');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'LINGKUNGAN', 'Lingkungan Hidup', 'Pencemaran air, udara dan tanah, penebangan liar', 'limbah,pencemaran,asap,banjir', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'LINGKUNGAN');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'AIR-BERSIH', 'Air Bersih', 'Layanan PDAM dan sumber air bersih', 'air,pdam,pipa,keran', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'AIR-BERSIH');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'KESEHATAN', 'Kesehatan', 'Puskesmas, rumah sakit, BPJS, pelayanan kesehatan', 'puskesmas,rsud,bpjs,obat,dokter', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'KESEHATAN');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'PENDIDIKAN', 'Pendidikan', 'Sekolah, guru, PPDB, bantuan pendidikan', 'sekolah,guru,ppdb,beasiswa', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'PENDIDIKAN');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'ADMINDUK', 'Administrasi Kependudukan', 'KTP-el, Kartu Keluarga, akta kelahiran', 'ktp,kk,akta,dukcapil', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'ADMINDUK');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'PERIZINAN', 'Perizinan dan Investasi', 'Perizinan usaha dan bangunan, pelayanan terpadu satu pintu', 'izin,pbg,imb,nib,usaha', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'PERIZINAN');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'SOSIAL', 'Bantuan Sosial', 'Bansos, PKH, data kesejahteraan sosial', 'bansos,pkh,bantuan,dtks', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'SOSIAL');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'KETERTIBAN', 'Ketertiban Umum', 'Pedagang kaki lima, bangunan liar, gangguan ketertiban', 'pkl,ketertiban,satpol,liar', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'KETERTIBAN');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'PERHUBUNGAN', 'Perhubungan dan Lalu Lintas', 'Angkutan umum, parkir, rambu dan lalu lintas', 'parkir,angkot,rambu,macet', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'PERHUBUNGAN');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'PELAYANAN-PUBLIK', 'Pelayanan Publik dan Aparatur', 'Sikap dan kinerja aparatur, pungutan liar', 'pungli,pelayanan,aparatur,pegawai', TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'PELAYANAN-PUBLIK');
INSERT INTO complaint_category (tenant_id, code, name, description, keywords, active, created_at)
SELECT t.id, 'LAINNYA', 'Lainnya', 'Topik lain', NULL, TRUE, t.created_at FROM tenant t
WHERE NOT EXISTS (SELECT 1 FROM complaint_category c WHERE c.tenant_id = t.id AND c.code = 'LAINNYA');
