-- Name pools of the matching benchmark (MatchingBench): family and given names by nationality, in the script the
-- person's own documents use (Cyrillic for KZ, RU, UZ; Latin with diacritics for the others). Upper case, as the
-- register keeps names. Female family names are made from the male ones for the Cyrillic nationalities.
CREATE TEMP TABLE bench_nat (nat text PRIMARY KEY, weight int, cyrillic boolean);
INSERT INTO bench_nat VALUES ('KZ', 25, true), ('RU', 20, true), ('UZ', 12, true), ('CN', 10, false),
    ('TR', 8, false), ('KR', 5, false), ('DE', 4, false), ('IN', 5, false), ('AF', 4, false), ('US', 4, false),
    ('GB', 3, false);

CREATE TEMP TABLE bench_words (nat text, kind text, words text);
INSERT INTO bench_words VALUES
('RU', 'family', 'ИВАНОВ СМИРНОВ КУЗНЕЦОВ ПОПОВ ВАСИЛЬЕВ ПЕТРОВ СОКОЛОВ МИХАЙЛОВ НОВИКОВ ФЕДОРОВ МОРОЗОВ ВОЛКОВ АЛЕКСЕЕВ ЛЕБЕДЕВ СЕМЕНОВ ЕГОРОВ ПАВЛОВ КОЗЛОВ СТЕПАНОВ НИКОЛАЕВ ОРЛОВ АНДРЕЕВ МАКАРОВ НИКИТИН ЗАХАРОВ ЗАЙЦЕВ СОЛОВЬЕВ БОРИСОВ ЯКОВЛЕВ ГРИГОРЬЕВ РОМАНОВ ВОРОБЬЕВ СЕРГЕЕВ КУЗЬМИН ФРОЛОВ АЛЕКСАНДРОВ ДМИТРИЕВ КОРОЛЕВ ГУСЕВ КИСЕЛЕВ ИЛЬИН МАКСИМОВ ПОЛЯКОВ СОРОКИН ВИНОГРАДОВ КОВАЛЕВ БЕЛОВ МЕДВЕДЕВ АНТОНОВ ТАРАСОВ ЖУКОВ БАРАНОВ ФИЛИППОВ КОМАРОВ ДАВЫДОВ БЕЛЯЕВ ГЕРАСИМОВ БОГДАНОВ ОСИПОВ СИДОРОВ МАТВЕЕВ ТИТОВ МАРКОВ МИРОНОВ КРЫЛОВ КУЛИКОВ КАРПОВ ВЛАСОВ МЕЛЬНИКОВ ДЕНИСОВ ГАВРИЛОВ ТИХОНОВ КАЗАКОВ АФАНАСЬЕВ ДАНИЛОВ САВЕЛЬЕВ ТИМОФЕЕВ ФОМИН ЧЕРНОВ АБРАМОВ МАРТЫНОВ ЕФИМОВ ФЕДОТОВ ЩЕРБАКОВ НАЗАРОВ КАЛИНИН ИСАЕВ ЧЕРНЫШЕВ БЫКОВ МАСЛОВ РОДИОНОВ КОНОВАЛОВ ЛАЗАРЕВ ВОРОНИН КЛИМОВ ФИЛАТОВ ПОНОМАРЕВ ГОЛУБЕВ КУДРЯВЦЕВ ПРОХОРОВ НАУМОВ ПОТАПОВ ЖУРАВЛЕВ ОВЧИННИКОВ ТРОФИМОВ ЛЕОНОВ СОБОЛЕВ ЕРМАКОВ КОЛЕСНИКОВ ГОНЧАРОВ ЕМЕЛЬЯНОВ НИКИФОРОВ ГРАЧЕВ КОТОВ ГРИШИН ЕФРЕМОВ АРХИПОВ ГРОМОВ КИРИЛЛОВ МАЛЫШЕВ ПАНОВ МОИСЕЕВ РУМЯНЦЕВ АКИМОВ КОНДРАТЬЕВ БИРЮКОВ ГОРБУНОВ АНИСИМОВ ЕРЕМИН ТИХОМИРОВ ГАЛКИН ЛУКЬЯНОВ МИХЕЕВ СКВОРЦОВ ЮДИН БЕЛОУСОВ НЕСТЕРОВ СИМОНОВ ПРОКОФЬЕВ ХАРИТОНОВ КНЯЗЕВ ЦВЕТКОВ ЛЕВИН МИТРОФАНОВ ВОРОНОВ АКСЕНОВ СОФРОНОВ МАЛЬЦЕВ ЛОГИНОВ ГОРШКОВ САВИН КРАСНОВ МАЙОРОВ ДЕМИДОВ ЕЛИСЕЕВ РЫБАКОВ САФОНОВ ПЛОТНИКОВ ДЕМИН ХОХЛОВ ФАДЕЕВ МОЛЧАНОВ ИГНАТОВ ЛИТВИНОВ ЕРШОВ УШАКОВ ДЕМЕНТЬЕВ РЯБОВ МУХИН КАЛАШНИКОВ ЛЕОНТЬЕВ ЛОБАНОВ КУЗИН КОРНЕЕВ ЕВДОКИМОВ БОРОДИН ПЛАТОНОВ НЕКРАСОВ БАЛАШОВ БОБРОВ ЖДАНОВ БЛИНОВ ИГНАТЬЕВ КОРОТКОВ МУРАВЬЕВ КРЮКОВ БЕЛЯКОВ БОГОМОЛОВ ДРОЗДОВ ЛАВРОВ ЗУЕВ ПЕТУХОВ ЛАРИН НИКУЛИН СЕРОВ ТЕРЕНТЬЕВ ЗОТОВ УСТИНОВ ФОКИН САМОЙЛОВ КОНСТАНТИНОВ САХАРОВ ШИШКИН САМСОНОВ ЧЕРКАСОВ ЧИСТЯКОВ НОСОВ СПИРИДОНОВ КАРАСЕВ АВДЕЕВ ВОРОНЦОВ ЗВЕРЕВ ВЛАДИМИРОВ СЕЛЕЗНЕВ НЕЧАЕВ КУДРЯШОВ СЕДОВ ФИРСОВ АНДРИАНОВ ПАНИН ГОЛОВИН ТЕРЕХОВ УЛЬЯНОВ ШЕСТАКОВ АГЕЕВ НИКОНОВ СЕЛИВАНОВ БАЖЕНОВ ГОРДЕЕВ КОЖЕВНИКОВ ПАХОМОВ ЗИМИН КОСТИН ШИРОКОВ ФИЛИМОНОВ ЛАРИОНОВ ОВСЯННИКОВ САЗОНОВ СУВОРОВ НЕФЕДОВ КОРНИЛОВ ЛЮБИМОВ ЛЬВОВ ГОРБАЧЕВ КОПЫЛОВ ЛУКИН ТОКАРЕВ КУЛЕШОВ ШИЛОВ БОЛЬШАКОВ ПАНКРАТОВ РОДИН ШАПОВАЛОВ ПОКРОВСКИЙ БОЧАРОВ НИКОЛЬСКИЙ МАРКИН ГОРЕЛОВ АГАФОНОВ БЕРЕЗИН ЕРМОЛАЕВ ЗУБКОВ КУПРИЯНОВ ТРИФОНОВ МАСЛЕННИКОВ КРУГЛОВ ТРЕТЬЯКОВ КОЛОСОВ РОЖКОВ АРТАМОНОВ ШМЕЛЕВ ЛАПТЕВ ЛАПШИН ФЕДОСЕЕВ ЗИНОВЬЕВ ЗОРИН УТКИН СТОЛЯРОВ ЗУБОВ ТКАЧЕВ ДОРОФЕЕВ АНТИПОВ ЗАВЬЯЛОВ СВИРИДОВ ЗОЛОТАРЕВ КУЛАКОВ МЕЩЕРЯКОВ МАКЕЕВ ДЬЯКОНОВ ГУЛЯЕВ ПЕТРОВСКИЙ БОНДАРЕВ ПОЗДНЯКОВ ПАНФИЛОВ КОЧЕТКОВ СУХАНОВ РЫЖОВ СТАРОСТИН КАЛМЫКОВ КОЛЕСОВ ЗОЛОТОВ КРАВЦОВ СУББОТИН ШУБИН ЩУКИН ЛОСЕВ ВИНОКУРОВ ЛАПИН ПАРФЕНОВ ИСАКОВ ДЕМЬЯНОВ МИШИН КОНОНОВ ХРОМОВ'),
('RU', 'male', 'АЛЕКСАНДР СЕРГЕЙ ДМИТРИЙ АНДРЕЙ АЛЕКСЕЙ МАКСИМ ЕВГЕНИЙ ИВАН МИХАИЛ АРТЁМ НИКИТА ВЛАДИМИР НИКОЛАЙ ПАВЕЛ РОМАН ДЕНИС АНТОН ОЛЕГ ИГОРЬ ЮРИЙ ВИКТОР ВЯЧЕСЛАВ КОНСТАНТИН ГРИГОРИЙ ИЛЬЯ КИРИЛЛ СТЕПАН ТИМОФЕЙ ФЁДОР ЯРОСЛАВ ГЛЕБ ЕГОР МАТВЕЙ ВИТАЛИЙ ЛЕОНИД БОРИС ВАСИЛИЙ АНАТОЛИЙ ГЕННАДИЙ ВАЛЕРИЙ СТАНИСЛАВ АРКАДИЙ ВСЕВОЛОД ТИМУР РУСЛАН ЭДУАРД СЕМЁН ЕФИМ ЛЕВ ПЁТР'),
('RU', 'female', 'ЕЛЕНА ОЛЬГА НАТАЛЬЯ ЕКАТЕРИНА АННА ТАТЬЯНА МАРИЯ ИРИНА СВЕТЛАНА ЮЛИЯ АНАСТАСИЯ ДАРЬЯ ЖАННА КСЕНИЯ АЛИНА ВИКТОРИЯ ПОЛИНА ВАЛЕНТИНА ГАЛИНА ЛЮДМИЛА НАДЕЖДА ВЕРА ЛЮБОВЬ ЛАРИСА МАРИНА ОКСАНА АЛЁНА ЕВГЕНИЯ КРИСТИНА СОФЬЯ ВЕРОНИКА ЕЛИЗАВЕТА АНГЕЛИНА ЯНА АЛЛА ЗОЯ ИННА НИНА ТАМАРА РАИСА ЛИДИЯ ЭЛЬВИРА ДИАНА МАРГАРИТА АРИНА ВАРВАРА УЛЬЯНА ТАИСИЯ ЗЛАТА МАЙЯ'),
('KZ', 'root', 'НҰРЛАН ҚАСЫМ ӘБЕН СЕРІК ЖҰМАБАЙ ОСПАН АХМЕТ ТӨЛЕУ ҒАБДУЛЛА ӘЛИ ҚҰРМАН БЕКТҰР ЕСЕН ЖАҚСЫ МҰХАМЕТЖАН СӘРСЕН ТОҚА ҮСЕН ШӘРІП ІЛИЯС ӨТЕГЕН НҰРПЕЙІС ҚАЙРАТ ДӘУЛЕТ БЕЙСЕН ЕРЖАН СЕЙІТ ҚАЛИ ЖАНҰЗАҚ МҰРАТ БАЙЖАН ЫСҚАҚ ӘМІР ТҰРСЫН КЕНЖЕ СМАҒҰЛ СҰЛТАН ОМАР ИСА ИБРАЙ ҚУАНЫШ БЕКБОЛАТ АБДРАХМАН ЖҮНІС САҒЫНТАЙ АМАНЖОЛ РАХЫМЖАН ҚҰДАЙБЕРГЕН ЕРМЕК ШАЙХЫ ӘУЕЗ МАМЫР САМАТ ЖОЛДАС ТІЛЕУ ҚОЖАХМЕТ САПАР БӨКЕЙ МЫРЗАХМЕТ ОРАЗ ӘБІЛ ҒАЛЫМЖАН ТЕМІР НҰРҒАЛИ ҚАЛДЫ ИСАБЕК АСҚАР БАҚЫТЖАН ЖАНДОС АЙДАР БЕРІК'),
('KZ', 'suffix', 'ОВ ОВ ОВ БАЕВ БЕКОВ ЖАНОВ ҒАЛИЕВ ҰЛЫ'),
('KZ', 'male', 'ӘЛИХАН НҰРЛАН ЕРЛАН СЕРІК ДӘУРЕН АСҚАР ҚАЙРАТ БАУЫРЖАН ЕРЖАН МҰРАТ НҰРСҰЛТАН АРМАН БЕКЗАТ ҒАЛЫМ ДАРХАН ЖАНДОС АЙДОС САНЖАР ТИМУР ЕРМЕК ҚАНАТ АЛМАС БАҚЫТ ЕРБОЛ САМАТ НҰРЖАН РҮСТЕМ ИЛЬЯС ӘДІЛ ДИМАШ АҚЖОЛ МИРАС АЛИХАН НҰРДӘУЛЕТ ЕРКЕБҰЛАН АБЫЛАЙ ЕРНҰР БЕКЖАН ОЛЖАС АЗАМАТ ҚАСЫМ'),
('KZ', 'female', 'АЙГҮЛ ӘЙГЕРІМ ЖАНАР ГҮЛНАР ДИНАРА ЛӘЗЗАТ МЕРУЕРТ САУЛЕ АЙЖАН ЖАННА АЙНҰР ГҮЛІМ АҚМАРАЛ АРУЖАН ЖАНСАЯ БАЛНҰР НҰРГҮЛ САЛТАНАТ ӘСЕЛ АҚБОТА ТОМИРИС ДАНА АЯЖАН АЙАРУ КАМИЛА ІҢКӘР ҮМІТ МАДИНА ЖҰЛДЫЗ ГҮЛЖАН РАУШАН БОТАГӨЗ НАЗЕРКЕ ПЕРИЗАТ САМАЛ БИБІГҮЛ'),
('UZ', 'root', 'АБДУЛЛА КАРИМ ЮСУП РАХИМ АЛИ УСМОН ТУРСУН ИСМОИЛ ХОЛМАТ ЭРГАШ МИРЗА АХМЕД НАЗАР САИД ХАСАН ҚОДИР ШАРИП ЮЛДАШ РАҲМОН ЖЎРА САЛИМ ЗОКИР НОСИР ОДИЛ'),
('UZ', 'suffix', 'ОВ ОВ ЕВ'),
('UZ', 'male', 'ЖАСУР ШЕРЗОД БОТИР УЛУҒБЕК ФАРРУХ ДИЛШОД АЗИЗ БОБУР САРДОР ОТАБЕК ЖАМШИД РУСТАМ АНВАР ШОҲРУХ САНЖАР ИСЛОМ АБРОР ТЕМУР'),
('UZ', 'female', 'ДИЛНОЗА ГУЛНОРА НИЛУФАР МАЛИКА ЗАРИНА МАФТУНА ШАХНОЗА СИТОРА СЕВАРА ЛОЛА МАДИНА ФЕРУЗА ДИЛФУЗА ГУЛЧЕХРА НОДИРА'),
('CN', 'family', 'WANG LI ZHANG LIU CHEN YANG HUANG ZHAO WU ZHOU XU SUN MA ZHU HU GUO HE GAO LIN LUO ZHENG LIANG XIE SONG TANG HAN FENG DENG CAO PENG ZENG XIAO TIAN DONG YUAN PAN YU JIANG CAI JIA DING WEI XUE YE YAN DU SU LU JIN REN SHEN YAO QIAN'),
('CN', 'male', 'WEI QIANG LEI JUN YONG JIE TAO MING CHAO GANG HAO KAI BO PENG FEI XIN YU HUI JIAN BIN'),
('CN', 'female', 'FANG NA MIN JING LI YAN XIU XIA HUA HONG PING LING XIAO TING YUN JUAN YING LAN MEI QIN'),
('TR', 'family', 'YILMAZ KAYA DEMİR ŞAHİN ÇELİK YILDIZ YILDIRIM ÖZTÜRK AYDIN ÖZDEMİR ARSLAN DOĞAN KILIÇ ASLAN ÇETİN KARA KOÇ KURT ÖZKAN ŞİMŞEK POLAT ÖZCAN KORKMAZ ÇAKIR ERDOĞAN YAVUZ CAN ACAR ŞEN AKTAŞ GÜNEŞ AKSOY TEKİN'),
('TR', 'male', 'MEHMET MUSTAFA AHMET ALİ HÜSEYİN HASAN İBRAHİM İSMAİL OSMAN YUSUF MURAT ÖMER RAMAZAN HALİL SÜLEYMAN ABDULLAH MAHMUT SALİH KEMAL EMRE'),
('TR', 'female', 'FATMA AYŞE EMİNE HATİCE ZEYNEP ELİF MERYEM ŞERİFE ZEHRA SULTAN HANİFE MERVE HAVVA ZELİHA ESRA'),
('KR', 'family', 'KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN OH SEO SHIN KWON HWANG AHN SONG'),
('KR', 'male', 'MINJUN SEOJUN DOYUN JIHOON JUNWOO HYUNWOO JIHO YEJUN SIWOO JUWON'),
('KR', 'female', 'SEOYEON SEOYUN JIWOO HAYOON MINSEO JIYOO YUNA CHAEWON SUAH JIMIN'),
('DE', 'family', 'MÜLLER SCHMIDT SCHNEIDER FISCHER WEBER MEYER WAGNER BECKER SCHULZ HOFFMANN SCHÄFER KOCH BAUER RICHTER KLEIN WOLF SCHRÖDER NEUMANN SCHWARZ ZIMMERMANN BRAUN KRÜGER HOFMANN HARTMANN LANGE SCHMITT WERNER SCHMITZ KRAUSE MEIER LEHMANN SCHMID SCHULZE MAIER KÖHLER HERRMANN KÖNIG WALTER MAYER HUBER'),
('DE', 'male', 'THOMAS MICHAEL ANDREAS STEFAN CHRISTIAN MARKUS PETER JÜRGEN KLAUS FRANK UWE JAN TOBIAS LUKAS FELIX JONAS'),
('DE', 'female', 'ANNA MARIA SABINE CLAUDIA ANDREA PETRA KATHARINA JULIA LAURA LENA SARAH BÄRBEL JÖRDIS'),
('IN', 'family', 'SHARMA SINGH KUMAR GUPTA PATEL REDDY KHAN VERMA JOSHI MEHTA NAIR RAO IYER DAS BOSE CHOUDHARY MISHRA PANDEY YADAV JAIN'),
('IN', 'male', 'RAHUL AMIT RAJESH SURESH VIJAY ANIL SANJAY ARJUN RAVI DEEPAK ROHIT VIKRAM'),
('IN', 'female', 'PRIYA ANJALI POOJA NEHA SUNITA KAVITA DIVYA LAKSHMI SHREYA MEERA'),
('AF', 'family', 'AHMADI MOHAMMADI RAHIMI HUSSAINI KARIMI SAFI NOORI STANIKZAI POPAL WARDAK SULTANI AZIZI'),
('AF', 'male', 'MOHAMMAD AHMAD ABDUL ALI MAHMOOD HAMID NAJIB FARID WAHID RAHIM'),
('AF', 'female', 'FATIMA MARYAM ZAHRA SHABANA NAZIA FARIBA'),
('US', 'family', 'SMITH JOHNSON WILLIAMS BROWN JONES GARCIA MILLER DAVIS WILSON ANDERSON TAYLOR THOMAS MOORE MARTIN JACKSON WHITE HARRIS CLARK LEWIS ROBINSON WALKER YOUNG ALLEN KING WRIGHT SCOTT HILL GREEN ADAMS BAKER'),
('US', 'male', 'JAMES JOHN ROBERT MICHAEL WILLIAM DAVID RICHARD JOSEPH THOMAS CHARLES DANIEL MATTHEW'),
('US', 'female', 'MARY PATRICIA JENNIFER LINDA ELIZABETH BARBARA SUSAN JESSICA SARAH KAREN EMILY ASHLEY'),
('GB', 'family', 'SMITH JONES WILLIAMS TAYLOR BROWN DAVIES EVANS WILSON THOMAS JOHNSON ROBERTS ROBINSON THOMPSON WRIGHT WALKER WHITE EDWARDS HUGHES GREEN HALL O''BRIEN MURPHY'),
('GB', 'male', 'OLIVER GEORGE HARRY JACK JACOB NOAH CHARLIE THOMAS OSCAR WILLIAM'),
('GB', 'female', 'OLIVIA AMELIA ISLA AVA EMILY SOPHIA GRACE MIA POPPY ELLA');

-- One row per name: family names per sex (Cyrillic female forms: -ОВ/-ЕВ/-ИН + А, -СКИЙ → -СКАЯ, -ҰЛЫ → -ҚЫЗЫ).
CREATE TEMP TABLE bench_family (nat text, sex text, i int, native text);
INSERT INTO bench_family
SELECT nat, sex, (row_number() OVER (PARTITION BY nat, sex ORDER BY native)) - 1, native FROM (
    SELECT DISTINCT f.nat, s.sex,
           CASE WHEN s.sex = 'MALE' OR NOT n.cyrillic THEN name
                WHEN name LIKE '%СКИЙ' THEN left(name, -2) || 'АЯ'
                WHEN name LIKE '%ҰЛЫ' THEN left(name, -3) || 'ҚЫЗЫ'
                WHEN name ~ '(ОВ|ЕВ|ИН)$' THEN name || 'А' ELSE name END AS native
    FROM (SELECT nat, unnest(string_to_array(words, ' ')) AS name FROM bench_words WHERE kind = 'family'
          UNION ALL
          SELECT r.nat, root || suffix FROM
              (SELECT nat, unnest(string_to_array(words, ' ')) AS root FROM bench_words WHERE kind = 'root') r
              JOIN (SELECT nat, unnest(string_to_array(words, ' ')) AS suffix FROM bench_words WHERE kind = 'suffix') x
              ON x.nat = r.nat) f
    JOIN bench_nat n USING (nat)
    CROSS JOIN (VALUES ('MALE'), ('FEMALE')) s(sex)) d;

CREATE TEMP TABLE bench_given (nat text, sex text, i int, native text);
INSERT INTO bench_given
SELECT nat, sex, (row_number() OVER (PARTITION BY nat, sex ORDER BY native)) - 1, native FROM (
    SELECT DISTINCT nat, CASE kind WHEN 'male' THEN 'MALE' ELSE 'FEMALE' END AS sex,
           unnest(string_to_array(words, ' ')) AS native
    FROM bench_words WHERE kind IN ('male', 'female')) d;

CREATE TEMP TABLE bench_counts AS
SELECT n.nat, s.sex, n.cyrillic,
       (SELECT count(*) FROM bench_family f WHERE f.nat = n.nat AND f.sex = s.sex) AS families,
       (SELECT count(*) FROM bench_given g WHERE g.nat = n.nat AND g.sex = s.sex) AS givens,
       sum(n.weight) OVER (ORDER BY n.nat, s.sex) - n.weight AS from_weight,
       sum(n.weight) OVER (ORDER BY n.nat, s.sex) AS to_weight
FROM bench_nat n CROSS JOIN (VALUES ('MALE'), ('FEMALE')) s(sex);
