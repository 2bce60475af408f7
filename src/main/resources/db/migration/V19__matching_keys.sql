-- Keys for finding the same person across scripts, romanisations and typing slips (review.SamePerson, issue 12).
-- Two immutable functions, the database's half of kz.iinportal.matching.LatinKeys and DocumentKey (LatinKeysSqlTest
-- checks that both halves agree), a stored key per register person, and indexes. Computed by PostgreSQL on every write,
-- so Register.form/correct and any import keep them in step without doing anything; the ALTER TABLE fills them for the
-- persons already there.

-- A name reduced to the skeleton LatinKeys.skeleton makes of its ICAO 9303 romanisation: Cyrillic (Russian, Kazakh,
-- Ukrainian …) letters and Latin letters with diacritics to plain Latin, then what romanisations disagree on folded
-- (SHCH/SH/Ş → S, ZH/J → J, KH/H → H, TS/CH → C, Q → K, Y → I, doubled letters …). Words stay apart, one space between.
-- upper()/lower() are not used on non-ASCII text: with the C.UTF-8 locale they would leave Cyrillic untouched.
CREATE FUNCTION latin_key(name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    s text := name;
BEGIN
    IF s ~ '[^\x01-\x7f]' THEN
        s := translate(s, 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІЄЇҐЎ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһієїґў');
        s := replace(replace(replace(replace(replace(s, 'ю', 'iu'), 'я', 'ia'), 'ъ', ''), 'ь', ''), 'є', 'ie');
        s := translate(s, 'абвгдеёжзийклмнопрстуфхцчшщыэәғқңөұүһіїґў', 'abvgdeejziiklmnoprstufhccssieagknouuhiigu');
        s := replace(replace(replace(replace(replace(replace(replace(replace(s,
                 'ß', 'ss'), 'Æ', 'ae'), 'æ', 'ae'), 'Œ', 'oe'), 'œ', 'oe'), 'Þ', 'th'), 'þ', 'th'), 'ẞ', 'ss');
        s := translate(s, 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳØøŁłĐđÐðĦħŦŧıƀɨʉƶĸŋ', 'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzsoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyoolldddhhhttibiuzkn');
    END IF;
    s := lower(s);
    s := regexp_replace(s, '[\s\-‐-―]+', ' ', 'g');
    s := regexp_replace(s, '[^a-z ]', '', 'g');
    s := replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s,
             'shch', 's'), 'sch', 's'), 'sh', 's'), 'dzh', 'j'), 'zh', 'j'), 'dj', 'j'), 'ch', 'c'), 'kh', 'h'),
             'ts', 'c'), 'tz', 'c'), 'ck', 'k'), 'q', 'k');
    s := replace(replace(replace(replace(replace(replace(s, 'gh', 'g'), 'ph', 'f'), 'w', 'v'), 'x', 'ks'), 'y', 'i'),
             'ie', 'e');
    s := regexp_replace(s, '([a-z])\1+', '\1', 'g');
    RETURN btrim(regexp_replace(s, ' +', ' ', 'g'));
END
$$;

-- A document number without case, spaces, hyphens and punctuation, O read as 0 and I as 1.
CREATE FUNCTION document_key(number text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN translate(regexp_replace(upper(number), '[^A-Z0-9]', '', 'g'), 'OI', '01');

-- The family name's key, words run together (O BRIEN = OBRIEN): with the birth date it finds the persons under the
-- same family name in any spelling born the same day and month of a year typed one digit off.
ALTER TABLE person ADD COLUMN family_key text GENERATED ALWAYS AS (replace(latin_key(family_name), ' ', '')) STORED;
CREATE INDEX person_family_key_birth ON person (family_key, birth_date);

-- Documents by their key, for the register (any of a person's documents) and for applications in any body.
CREATE INDEX identity_document_key ON identity_document (document_key(number), issuing_country);
CREATE INDEX application_document_key ON application (document_key(document_number), document_country);
