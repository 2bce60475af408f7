-- The register of the matching benchmark: :persons persons (names from matching-names.sql, skewed: a few names are
-- much more common; ages 18–70 weighted to the young; 4 % born on a 1 January, as when only the year is known), each
-- with a passport and an ACTIVE IIN, then 1 % planted duplicates: a second register person made from an original by
-- one of the cases below, with a new passport. bench_planted says which original each duplicate copies, and how.
-- Statements are separated by lines holding only "--;".
CREATE FUNCTION pg_temp.icao(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s,
      'Щ', 'SHCH'), 'Ж', 'ZH'), 'Х', 'KH'), 'Ц', 'TS'), 'Ч', 'CH'), 'Ш', 'SH'), 'Ю', 'IU'), 'Я', 'IA'), 'Ъ', 'IE'),
      'Ь', ''), 'Ў', 'U'),
      'АБВГДЕЁЗИЙКЛМНОПРСТУФЫЭӘҒҚҢӨҰҮҺІҲ', 'ABVGDEEZIIKLMNOPRSTUFYEAGKNOUUHIH')
$$;
--;
CREATE FUNCTION pg_temp.alt(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
      regexp_replace(s, '^Е', 'YE'),
      'Щ', 'SCH'), 'Ж', 'J'), 'Х', 'H'), 'Ц', 'TS'), 'Ч', 'CH'), 'Ш', 'SH'), 'Ю', 'YU'), 'Я', 'YA'), 'Ъ', ''),
      'Ь', ''), 'Ғ', 'GH'), 'Ё', 'YO'),
      'АБВГДЕЗИЙКЛМНОПРСТУФЫЭӘҚҢӨҰҮҺІЎҲ', 'ABVGDEZIYKLMNOPRSTUFYEAQNOUUHIUH')
$$;
--;
CREATE FUNCTION pg_temp.mrz(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(replace(replace(replace(s, 'Ä', 'AE'), 'Ö', 'OE'), 'Ü', 'UE'), 'ÇŞĞİ''', 'CSGI ')
$$;
--;
-- TR passports' MRZ drop the diacritics rather than expanding them
CREATE FUNCTION pg_temp.latin(nat text, s text, cyrillic boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN cyrillic THEN pg_temp.icao(s)
              WHEN nat = 'TR' THEN translate(s, 'ÇŞĞİÖÜ', 'CSGIOU')
              ELSE pg_temp.mrz(s) END
$$;
--;
CREATE TEMP TABLE bench_draw AS
SELECT id, c.nat, c.sex, c.cyrillic,
       floor(power(random(), 1.6) * c.families)::int AS fi,
       floor(power(random(), 1.4) * c.givens)::int AS gi,
       CASE WHEN NOT c.cyrillic AND random() < 0.3 THEN floor(random() * c.givens)::int END AS gi2,
       (make_date(2007 - (18 + floor(power(random(), 1.5) * 52))::int, 1, 1)
           + CASE WHEN random() < 0.04 THEN 0 ELSE floor(random() * 365)::int END) AS birth,
       c.cyrillic AND random() < 0.5 AS with_cyrillic
FROM (SELECT id, random() * 200 AS r FROM generate_series(1, :persons) id) g
JOIN bench_counts c ON g.r >= c.from_weight AND g.r < c.to_weight;
--;
INSERT INTO person (id, family_name, given_names, family_name_cyrillic, given_names_cyrillic, birth_date, sex,
                    citizenship, stateless, created_at, version)
SELECT d.id, pg_temp.latin(d.nat, f.native, d.cyrillic),
       pg_temp.latin(d.nat, g.native, d.cyrillic) || coalesce(' ' || pg_temp.latin(d.nat, g2.native, d.cyrillic), ''),
       CASE WHEN d.with_cyrillic THEN f.native END, CASE WHEN d.with_cyrillic THEN g.native END,
       d.birth, d.sex, d.nat, false, now(), 0
FROM bench_draw d
JOIN bench_family f ON f.nat = d.nat AND f.sex = d.sex AND f.i = d.fi
JOIN bench_given g ON g.nat = d.nat AND g.sex = d.sex AND g.i = d.gi
LEFT JOIN bench_given g2 ON g2.nat = d.nat AND g2.sex = d.sex AND g2.i = d.gi2 AND d.gi2 <> d.gi;
--;
-- Planted duplicates: every 100th person is an original; the case goes round the six kinds.
CREATE TEMP TABLE bench_planted AS
SELECT p.id AS original, :persons + p.id AS duplicate,
       (ARRAY['typo', 'transliteration', 'given_names_swapped', 'day_month_swapped', 'new_passport',
              'combination'])[(p.id / 100) % 6 + 1] AS kind,
       d.nat, d.cyrillic, f.native AS family_native, g.native AS given_native, d.sex
FROM person p JOIN bench_draw d ON d.id = p.id
JOIN bench_family f ON f.nat = d.nat AND f.sex = d.sex AND f.i = d.fi
JOIN bench_given g ON g.nat = d.nat AND g.sex = d.sex AND g.i = d.gi
WHERE p.id % 100 = 37;
--;
-- Name the case by what is really done: swaps need a day of 12 or less (else the day is one off), given names can be
-- swapped only when there are two (else family and given names are exchanged), and a Latin name without diacritics
-- has no other spelling (its duplicate differs by the passport only).
UPDATE bench_planted b SET kind = CASE
        WHEN b.kind = 'day_month_swapped' AND (extract(day FROM p.birth_date) > 12
            OR extract(day FROM p.birth_date) = extract(month FROM p.birth_date)) THEN 'one_day_apart'
        WHEN b.kind = 'given_names_swapped' AND p.given_names NOT LIKE '% %' THEN 'names_exchanged'
        WHEN b.kind = 'transliteration' AND NOT b.cyrillic AND b.family_native = p.family_name
            AND p.given_names NOT LIKE '% %' THEN 'new_passport'
        ELSE b.kind END
FROM person p WHERE p.id = b.original;
--;
-- a typing slip: one letter replaced by its neighbour in the alphabet, or two neighbours exchanged
CREATE FUNCTION pg_temp.slip(s text, seed int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN length(s) < 3 THEN s || 'H'
              WHEN seed % 2 = 0 THEN overlay(s PLACING chr(65 + (ascii(substr(s, 2 + seed % (length(s) - 1), 1)) - 64) % 26)
                                      FROM 2 + seed % (length(s) - 1) FOR 1)
              ELSE overlay(s PLACING substr(s, 3 + seed % (length(s) - 2), 1) || substr(s, 2 + seed % (length(s) - 2), 1)
                           FROM 2 + seed % (length(s) - 2) FOR 2) END
$$;
--;
CREATE FUNCTION pg_temp.swapped(d date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN extract(day FROM d) <= 12 AND extract(day FROM d) <> extract(month FROM d)
              THEN make_date(extract(year FROM d)::int, extract(day FROM d)::int, extract(month FROM d)::int)
              ELSE d + 1 END
$$;
--;
-- transliteration: the Cyrillic in the Latin field, or another romanisation; Latin names with their diacritics;
-- names without either get their given names run together or a family name written with a space
CREATE FUNCTION pg_temp.respelt(family text, given text, fnative text, gnative text, cyrillic boolean, seed int)
    RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN cyrillic AND (seed % 2 = 0 OR pg_temp.alt(fnative) = family AND pg_temp.alt(gnative) = given)
              THEN ARRAY[fnative, gnative]
              WHEN cyrillic THEN ARRAY[pg_temp.alt(fnative), pg_temp.alt(gnative)]
              WHEN fnative <> family THEN ARRAY[fnative, given]
              WHEN given LIKE '% %' THEN ARRAY[family, replace(given, ' ', '')]
              ELSE ARRAY[family, given] END
$$;
--;
INSERT INTO person (id, family_name, given_names, family_name_cyrillic, given_names_cyrillic, birth_date, sex,
                    citizenship, stateless, created_at, version)
SELECT b.duplicate,
       CASE b.kind
           WHEN 'typo' THEN CASE WHEN b.original % 2 = 0 THEN pg_temp.slip(p.family_name, (b.original / 7)::int) ELSE p.family_name END
           WHEN 'transliteration' THEN (pg_temp.respelt(p.family_name, p.given_names, b.family_native, b.given_native, b.cyrillic, (b.original / 7)::int))[1]
           WHEN 'given_names_swapped' THEN p.family_name
           WHEN 'names_exchanged' THEN p.given_names
           WHEN 'combination' THEN (pg_temp.respelt(p.family_name, p.given_names, b.family_native, b.given_native, b.cyrillic, (b.original / 7)::int))[1]
           ELSE p.family_name END,
       CASE b.kind
           WHEN 'typo' THEN CASE WHEN b.original % 2 = 1 THEN pg_temp.slip(p.given_names, (b.original / 7)::int) ELSE p.given_names END
           WHEN 'transliteration' THEN (pg_temp.respelt(p.family_name, p.given_names, b.family_native, b.given_native, b.cyrillic, (b.original / 7)::int))[2]
           WHEN 'given_names_swapped' THEN split_part(p.given_names, ' ', 2) || ' ' || split_part(p.given_names, ' ', 1)
           WHEN 'names_exchanged' THEN p.family_name
           WHEN 'combination' THEN pg_temp.slip((pg_temp.respelt(p.family_name, p.given_names, b.family_native, b.given_native, b.cyrillic, (b.original / 7)::int))[2], (b.original / 11)::int)
           ELSE p.given_names END,
       NULL, NULL,
       CASE WHEN b.kind IN ('day_month_swapped', 'combination') THEN pg_temp.swapped(p.birth_date)
            WHEN b.kind = 'one_day_apart' THEN p.birth_date + 1 ELSE p.birth_date END,
       p.sex, p.citizenship, false, now(), 0
FROM bench_planted b JOIN person p ON p.id = b.original;
--;
-- A passport per person (numbers scattered, so that neighbours' are not one character apart), an ACTIVE IIN each.
INSERT INTO identity_document (id, person_id, document_type, number, issuing_country)
SELECT id, id, 'PASSPORT', citizenship || lpad(((id * 2654435761) % 10000000019)::text, 11, '0'), citizenship
FROM person;
--;
INSERT INTO iin_record (iin, person_id, status, formed_at, formed_by)
SELECT lpad(id::text, 12, '0'), id, 'ACTIVE', now(), 'bench' FROM person;
--;
ANALYZE person;
--;
ANALYZE identity_document;
--;
ANALYZE iin_record
