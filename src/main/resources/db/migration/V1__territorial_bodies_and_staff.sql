-- Territorial police bodies (one per region / city of republican significance) and public service centres.
-- Source: shared/data/kz-regions.csv (17 regions and 3 cities, police department names in three languages).
CREATE TABLE territorial_body (
    code             VARCHAR(32) PRIMARY KEY,
    region_name_en   VARCHAR(200) NOT NULL,
    region_name_ru   VARCHAR(200) NOT NULL,
    region_name_kk   VARCHAR(200) NOT NULL,
    admin_centre_en  VARCHAR(200) NOT NULL,
    name_en          VARCHAR(300) NOT NULL,
    name_ru          VARCHAR(300) NOT NULL,
    name_kk          VARCHAR(300) NOT NULL,
    sort_order       INTEGER NOT NULL
);
INSERT INTO territorial_body (code, region_name_en, region_name_ru, region_name_kk, admin_centre_en, name_en, name_ru, name_kk, sort_order) VALUES
    ('ASTANA', 'Astana', 'город Астана', 'Астана қаласы', 'Astana', 'Police Department of Astana', 'Департамент полиции города Астаны', 'Астана қаласының Полиция департаменті', 1),
    ('ALMATY_CITY', 'Almaty', 'город Алматы', 'Алматы қаласы', 'Almaty', 'Police Department of Almaty', 'Департамент полиции города Алматы', 'Алматы қаласының Полиция департаменті', 2),
    ('SHYMKENT', 'Shymkent', 'город Шымкент', 'Шымкент қаласы', 'Shymkent', 'Police Department of Shymkent', 'Департамент полиции города Шымкент', 'Шымкент қаласының Полиция департаменті', 3),
    ('ABAI', 'Abai Region', 'область Абай', 'Абай облысы', 'Semey', 'Police Department of Abai Region', 'Департамент полиции области Абай', 'Абай облысының Полиция департаменті', 4),
    ('AKMOLA', 'Akmola Region', 'Акмолинская область', 'Ақмола облысы', 'Kokshetau', 'Police Department of Akmola Region', 'Департамент полиции Акмолинской области', 'Ақмола облысының Полиция департаменті', 5),
    ('AKTOBE', 'Aktobe Region', 'Актюбинская область', 'Ақтөбе облысы', 'Aktobe', 'Police Department of Aktobe Region', 'Департамент полиции Актюбинской области', 'Ақтөбе облысының Полиция департаменті', 6),
    ('ALMATY_REGION', 'Almaty Region', 'Алматинская область', 'Алматы облысы', 'Konaev (Qonaev)', 'Police Department of Almaty Region', 'Департамент полиции Алматинской области', 'Алматы облысының Полиция департаменті', 7),
    ('ATYRAU', 'Atyrau Region', 'Атырауская область', 'Атырау облысы', 'Atyrau', 'Police Department of Atyrau Region', 'Департамент полиции Атырауской области', 'Атырау облысының Полиция департаменті', 8),
    ('EAST_KAZAKHSTAN', 'East Kazakhstan Region', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', 'Oskemen (Ust-Kamenogorsk)', 'Police Department of East Kazakhstan Region', 'Департамент полиции Восточно-Казахстанской области', 'Шығыс Қазақстан облысының Полиция департаменті', 9),
    ('ZHAMBYL', 'Zhambyl Region', 'Жамбылская область', 'Жамбыл облысы', 'Taraz', 'Police Department of Zhambyl Region', 'Департамент полиции Жамбылской области', 'Жамбыл облысының Полиция департаменті', 10),
    ('ZHETYSU', 'Zhetysu Region', 'область Жетісу', 'Жетісу облысы', 'Taldykorgan', 'Police Department of Zhetysu Region', 'Департамент полиции области Жетісу', 'Жетісу облысының Полиция департаменті', 11),
    ('KARAGANDA', 'Karaganda Region', 'Карагандинская область', 'Қарағанды облысы', 'Karaganda', 'Police Department of Karaganda Region', 'Департамент полиции Карагандинской области', 'Қарағанды облысының Полиция департаменті', 12),
    ('KOSTANAY', 'Kostanay Region', 'Костанайская область', 'Қостанай облысы', 'Kostanay', 'Police Department of Kostanay Region', 'Департамент полиции Костанайской области', 'Қостанай облысының Полиция департаменті', 13),
    ('KYZYLORDA', 'Kyzylorda Region', 'Кызылординская область', 'Қызылорда облысы', 'Kyzylorda', 'Police Department of Kyzylorda Region', 'Департамент полиции Кызылординской области', 'Қызылорда облысының Полиция департаменті', 14),
    ('MANGYSTAU', 'Mangystau Region', 'Мангистауская область', 'Маңғыстау облысы', 'Aktau', 'Police Department of Mangystau Region', 'Департамент полиции Мангистауской области', 'Маңғыстау облысының Полиция департаменті', 15),
    ('NORTH_KAZAKHSTAN', 'North Kazakhstan Region', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы', 'Petropavl', 'Police Department of North Kazakhstan Region', 'Департамент полиции Северо-Казахстанской области', 'Солтүстік Қазақстан облысының Полиция департаменті', 16),
    ('PAVLODAR', 'Pavlodar Region', 'Павлодарская область', 'Павлодар облысы', 'Pavlodar', 'Police Department of Pavlodar Region', 'Департамент полиции Павлодарской области', 'Павлодар облысының Полиция департаменті', 17),
    ('TURKISTAN', 'Turkistan Region', 'Туркестанская область', 'Түркістан облысы', 'Turkistan', 'Police Department of Turkistan Region', 'Департамент полиции Туркестанской области', 'Түркістан облысының Полиция департаменті', 18),
    ('ULYTAU', 'Ulytau Region', 'область Ұлытау', 'Ұлытау облысы', 'Zhezkazgan', 'Police Department of Ulytau Region', 'Департамент полиции области Ұлытау', 'Ұлытау облысының Полиция департаменті', 19),
    ('WEST_KAZAKHSTAN', 'West Kazakhstan Region', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы', 'Oral (Uralsk)', 'Police Department of West Kazakhstan Region', 'Департамент полиции Западно-Казахстанской области', 'Батыс Қазақстан облысының Полиция департаменті', 20);

-- "Government for Citizens" public service centres where front-office staff key in walk-in applications.
CREATE TABLE service_centre (
    code        VARCHAR(40) PRIMARY KEY,
    region_code VARCHAR(32) NOT NULL REFERENCES territorial_body (code),
    name_en     VARCHAR(300) NOT NULL,
    name_ru     VARCHAR(300) NOT NULL,
    name_kk     VARCHAR(300) NOT NULL
);
INSERT INTO service_centre (code, region_code, name_en, name_ru, name_kk)
SELECT code || '-PSC-1', code,
       'Public Service Centre No. 1, ' || region_name_en,
       'ЦОН № 1, ' || region_name_ru,
       '№ 1 ХҚКО, ' || region_name_kk
FROM territorial_body;

-- Portal staff: which body an operator works for and which centre a front-office employee works at is portal data,
-- keyed by the login name from the identity provider. Roles themselves come from the identity provider.
CREATE TABLE staff (
    login               VARCHAR(100) PRIMARY KEY,
    full_name           VARCHAR(200) NOT NULL,
    territorial_body    VARCHAR(32)  REFERENCES territorial_body (code),
    service_centre      VARCHAR(40)  REFERENCES service_centre (code),
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);
