#!/usr/bin/env python3
"""Generates the repair test data in tests/data/repair/:

- mojibake.json: text in eight languages, short (under 30 characters) and long,
  damaged by really encoding it as UTF-8 and decoding the bytes with a legacy
  encoding (once, or twice in a chain); each case holds the damaged and the
  original text.
- clean.json: clean multilingual sentences that repair must return byte for byte.

    python3 scripts/gen_repair_cases.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "data", "repair")

TEXTS = {
    "ru": ("В мире новостей",
           "В понедельник синоптики сообщили, что к пятнице на побережье вернутся затяжные дожди."),
    "uk": ("Київ, м’ясо та їжа",
           "Учора в Києві відкрили нову бібліотеку, де кожен охочий може безкоштовно читати книжки."),
    "el": ("Καλημέρα κόσμε",
           "Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για τη στήριξη των μικρών επιχειρήσεων στα νησιά."),
    "pl": ("Zażółć gęślą jaźń",
           "W środę rząd przedstawił projekt ustawy, który ma ułatwić młodym rodzinom zakup mieszkań."),
    "tr": ("Işık ağaçta üşüdü",
           "Belediye başkanı, şehir merkezindeki köprünün önümüzdeki ay trafiğe açılacağını söyledi."),
    "fr": ("Ça coûte très cher",
           "Les élèves ont présenté leurs résultats à la fête de l’école, où l’on a goûté des crêpes."),
    "de": ("Größe und Übermaß",
           "Die Bürgerinnen und Bürger können ab Montag ihre Stimme für die Wahl des Stadtrats abgeben."),
    "zh": ("今天天气很好",
           "据报道，该市今年第一季度的经济增长速度超过了预期，就业市场也保持稳定。"),
}


def sloppy(codec):
    """Decodes bytes with `codec`, passing bytes it leaves undefined through
    as the code point of the same number, as browsers and many tools do."""
    def dec(b):
        out = []
        for x in b:
            try:
                out.append(bytes([x]).decode(codec))
            except UnicodeDecodeError:
                out.append(chr(x))
        return "".join(out)
    return dec


READINGS = {
    "windows-1252": sloppy("cp1252"),
    "latin-1": sloppy("latin-1"),
    "windows-1251": sloppy("cp1251"),
    "koi8-r": sloppy("koi8_r"),
    "ibm866": sloppy("cp866"),
    "x-mac-cyrillic": sloppy("mac_cyrillic"),
    "windows-1250": sloppy("cp1250"),
}

# Paths: one misreading, or a chain of two (the first damage saved as UTF-8
# and misread again).
PATHS = [[r] for r in READINGS] + [
    ["windows-1252", "windows-1252"],
    ["windows-1251", "windows-1252"],
    ["windows-1252", "latin-1"],
]


def damage(text, path):
    for reading in path:
        text = READINGS[reading](text.encode("utf-8"))
    return text


def mojibake_cases():
    cases = []
    for lang, (short, long_) in TEXTS.items():
        assert len(short) < 30, short
        for length, text in (("short", short), ("long", long_)):
            for path in PATHS:
                cases.append({
                    "lang": lang,
                    "path": "+".join(path),
                    "length": length,
                    "damaged": damage(text, path),
                    "fixed": text,
                })
    return cases


CLEAN = [
    # English
    "The committee met on Tuesday to discuss the new budget.",
    "She said, “We’ll be there by noon,” and left.",
    "Prices rose 3.5% in March — the fastest pace in a year.",
    "AT&T and Verizon both reported higher earnings.",
    "If a < b and b < c, then a < c.",
    "Tom & Jerry is still on television after 80 years.",
    "The temperature dropped to −5 °C overnight.",
    "Read the FAQ… or don’t; it’s your call.",
    "The café on Main Street serves crème brûlée on Sundays.",
    "Our naïve plan failed: the résumé was lost in the mail.",
    "Call 555-0100 between 9 a.m. and 5 p.m.",
    "The film grossed $1.2 billion worldwide.",
    "Section 4(b) of the contract was amended in 2019.",
    "He scored 2 × 3 points in the last quarter.",
    "The recipe needs ½ cup of sugar and ¼ cup of butter.",
    "I <3 this song, she wrote in the comments.",
    "Copyright © 2024 by the authors. All rights reserved.",
    "The brand name Acme™ is registered in the EU®.",
    "Use the ‘single quotes’ for nested quotations.",
    "x &amp y is how the old forum wrote it.",
    "The area is 25 m² and the volume 60 m³.",
    "Naïveté is not a crime, said the judge.",
    "Zoë and Chloë went to the Brontë museum.",
    "The price is €20, or about £17.",
    "Email us at info@example.org for details.",
    # French
    "Le gouvernement a présenté mercredi son projet de loi.",
    "« C’est une décision historique », a déclaré la ministre.",
    "Les élèves étaient très inquiets avant l’examen.",
    "Il fait beau à Paris, mais il pleut à Brest.",
    "Où est la gare ? Elle est à deux pas d’ici.",
    "Noël approche et les vitrines sont déjà décorées.",
    "L’œuvre de Molière est étudiée dans toutes les écoles.",
    "Ça va ? Oui, ça va très bien, merci.",
    "Le cœur a ses raisons que la raison ne connaît point.",
    "À bientôt, et n’oubliez pas vos parapluies !",
    "Les prévisions annoncent 30 °C à Marseille jeudi.",
    "Jusqu’à présent, aucune plainte n’a été déposée.",
    "Des centaines d’habitants ont manifesté samedi.",
    # German
    "Die Straße wurde am Montag für den Verkehr gesperrt.",
    "„Wir sind sehr zufrieden“, sagte der Bürgermeister.",
    "Über 500 Menschen nahmen an der Veranstaltung teil.",
    "Die Größe des Grundstücks beträgt 1.200 Quadratmeter.",
    "Schöne Grüße aus München und bis bald!",
    "Der Fußballverein gewann das Spiel mit 3:1.",
    "Äpfel, Birnen und Pflaumen sind reif.",
    "Die Prüfung findet nächste Woche statt.",
    "Das Gebäude ist über hundert Jahre alt.",
    "Köln liegt am Rhein, Dresden an der Elbe.",
    "Man muss nicht alles glauben, was man hört.",
    "Die Zahl der Arbeitslosen sank im Mai leicht.",
    # Spanish, Portuguese, Italian
    "¿Dónde está la biblioteca? Está cerca de la plaza.",
    "¡Qué sorpresa verte aquí después de tantos años!",
    "El niño comió una manzana en el jardín.",
    "La reunión se celebrará el próximo miércoles.",
    "Mañana lloverá en el norte de España.",
    "A população de São Paulo continua a crescer.",
    "O governo anunciou novas medidas para a educação.",
    "Não sei se ele virá à festa amanhã.",
    "As crianças brincavam no parque às cinco horas.",
    "Il presidente ha parlato ieri alla nazione.",
    "Perché non vieni con noi al mare sabato?",
    "La città è famosa per la sua cucina e i suoi caffè.",
    "Più tardi andremo a vedere la partita.",
    # Dutch, Scandinavian
    "De regering heeft gisteren een nieuw plan gepresenteerd.",
    "Het is een ongeëvenaard succes, zei de trainer.",
    "Vi ses på fredag i Göteborg.",
    "Blåbær og jordbær vokser i hagen vår.",
    "Ærø er en lille ø i Danmark.",
    "Hyvää huomenta, mitä kuuluu?",
    "Järven jää sulaa keväällä.",
    # Polish, Czech, Slovak, Hungarian, Romanian
    "Rząd przyjął w środę nowy budżet na przyszły rok.",
    "Łódź jest trzecim co do wielkości miastem w Polsce.",
    "Dziękuję bardzo za pomoc i życzę miłego dnia.",
    "Źródło informacji pozostaje nieznane.",
    "Pociąg przyjechał z opóźnieniem dziesięciu minut.",
    "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    "Mám dost třetího tisíciletí.",
    "V Praze dnes bude slunečno a teplo.",
    "Napíšte nám, ak máte otázky.",
    "Árvíztűrő tükörfúrógép.",
    "A budapesti metró új szakasza jövőre nyílik meg.",
    "Vremea va fi însorită în toată țara.",
    "București este capitala României.",
    # Turkish, Azerbaijani
    "İstanbul’da bugün hava güneşli olacak.",
    "Öğrenciler sınav sonuçlarını heyecanla bekliyor.",
    "Çay bahçesinde arkadaşlarımızla buluştuk.",
    "Şehir merkezinde yeni bir park açıldı.",
    "Ağaçların yaprakları sonbaharda sararır.",
    "Bakı Azərbaycanın paytaxtıdır.",
    # Baltic, Vietnamese, others in Latin script
    "Rīga ir Latvijas galvaspilsēta.",
    "Šveices baņķieri gaida konkrētus projektus.",
    "Vilnius yra Lietuvos sostinė.",
    "Lietuvių kalba yra viena seniausių kalbų.",
    "Tôi yêu tiếng Việt và văn hóa Việt Nam.",
    "Hà Nội là thủ đô của nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
    "Tiếng Việt có sáu thanh điệu.",
    "Íslenska er töluð á Íslandi.",
    "Cànan nan Gàidheal is a Gaelic phrase.",
    "Sa Malta jitkellmu l-Malti u l-Ingliż.",
    # Russian
    "В понедельник в Москве прошло заседание правительства.",
    "«Мы довольны результатом», — сказал тренер команды.",
    "Цены на продукты выросли на 5% за год.",
    "Съешь же ещё этих мягких французских булок.",
    "Погода в Санкт-Петербурге остаётся дождливой.",
    "Учёные обнаружили новый вид бабочек в Сибири.",
    "Он прочитал «Войну и мир» за одно лето.",
    "Ёлка стояла в углу, украшенная игрушками.",
    "Встреча состоится 12 мая в 15:00.",
    "Москва — столица России.",
    "Привет! Как дела?",
    "Это было давно… но я помню всё.",
    "Температура воздуха днём достигнет +25 °C.",
    "Компания «Газпром» объявила о новых планах.",
    "В мире новостей ничего не изменилось.",
    # Ukrainian, Belarusian, Bulgarian, Serbian
    "Київ — столиця України.",
    "Учора в Львові відбувся концерт.",
    "М’ясо та їжа подорожчали цього місяця.",
    "Ґанок будинку прикрашений квітами.",
    "Її брат вчиться в університеті.",
    "ВІКІ — це українською WIKI.",
    "Мінск — сталіца Беларусі.",
    "София е столицата на България.",
    "Български език се говори от милиони хора.",
    "Београд је главни град Србије.",
    "Ћирилица и латиница се користе у Србији.",
    "Љубав и пријатељство су важни.",
    # Greek
    "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.",
    "Καλημέρα σας, τι κάνετε σήμερα;",
    "Το μουσείο θα παραμείνει κλειστό τη Δευτέρα.",
    "Οι μαθητές έγραψαν εξετάσεις την Πέμπτη.",
    "Η θερμοκρασία θα φτάσει τους 35 βαθμούς.",
    "Ελληνικά και αγγλικά διδάσκονται στο σχολείο.",
    "Ψυχή, ζωή και αγάπη.",
    # Chinese
    "今天天气很好，我们去公园散步吧。",
    "北京是中华人民共和国的首都。",
    "据报道，该市今年的经济增长超过了预期。",
    "他说：“我们明天见。”",
    "这本书一共有三百二十页。",
    "简体中文和繁體中文都很常用。",
    "台北101曾经是世界上最高的建筑。",
    "学习中文需要耐心和时间。",
    "我喜欢喝绿茶，不喜欢喝咖啡。",
    "上海的地铁系统非常发达。",
    # Japanese
    "東京は今日も晴れです。",
    "日本語を勉強しています。",
    "明日の会議は午後三時からです。",
    "「ありがとう」と彼女は言った。",
    "富士山は日本で一番高い山です。",
    "カタカナとひらがなを覚えましょう。",
    # Korean
    "서울은 대한민국의 수도입니다.",
    "오늘 날씨가 정말 좋네요.",
    "한국어를 배우는 것은 재미있습니다.",
    "내일 회의는 오전 열 시에 시작합니다.",
    # Arabic, Hebrew, Persian
    "القاهرة هي عاصمة مصر.",
    "أعلنت الحكومة عن خطة جديدة للتعليم.",
    "مرحبا بكم في موقعنا.",
    "ירושלים היא עיר עתיקה.",
    "שלום, מה שלומך היום?",
    "تهران پایتخت ایران است.",
    "زبان فارسی بسیار زیبا است.",
    # South and South-East Asian
    "भारत एक विशाल देश है।",
    "हिन्दी भारत की राजभाषा है।",
    "আমি বাংলায় কথা বলি।",
    "தமிழ் ஒரு பழமையான மொழி.",
    "ภาษาไทยมีวรรณยุกต์ห้าเสียง",
    "กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย",
    "Bahasa Indonesia digunakan oleh jutaan orang.",
    # Armenian, Georgian
    "Երևանը Հայաստանի մայրաքաղաքն է։",
    "თბილისი საქართველოს დედაქალაქია.",
    # Mixed scripts and symbols
    "Москва (Moscow) and Київ (Kyiv) are capitals.",
    "The word «café» comes from Turkish kahve.",
    "東京 (Tokyo) has about 14 million people.",
    "Price: 1 200 ₽, or about €12.",
    "The ratio was 3:2 ± 0.1.",
    "Angles: 90°, 45° and 30°.",
    "Temperatures ranged from −10 °C to +5 °C.",
    "See § 12 and ¶ 3 of the regulation.",
    "The result is ≥ 40% but ≤ 60%.",
    "Bullet points • one • two • three",
    "Arrows → and ← point the way.",
    "Stars ★★★☆☆ from 1 200 reviews.",
    "Emoji are common now 😀 👍 ❤",
    "Line art ├── src └── tests",
    "Kaomoji ¯\\_(ツ)_/¯ means whatever.",
    "Math: √2 ≈ 1.414 and π ≈ 3.1416.",
    "Numbers like 4288×… look odd but are fine.",
    "HUHLL Õ… is a real tweet.",
    "The Angstrom sign Å is used in physics.",
    "Ôôô VIDA MINHA",
    "C O N C L U S Ã O",
    "Oborzos, per. Vahbarz, frataraká§ 141",
    "SELKÄ EDELLÄ MAAHAN",
    "NESTLÉ® requiere personal.",
    "Offering 5×£35 pin ups.",
    "Bremer – Dråber",
    "Ŝi parolas Esperanton tre bone.",
    "Ĉu vi ŝatas ĉokoladon?",
    "Malé ostrovy a velké moře.",
    "Ελληνικά: α, β, γ, δ.",
    "Она сказала: «Да».",
    "Це м’яч, а не м’ясо.",
    "Здравствуйте, господин Иванов!",
    "«Ёжик в тумане» — известный мультфильм.",
    "ΑΒΓ and АБВ look alike but differ.",
    "Two  spaces stay two spaces.",
    "Trailing space stays ",
    " Leading space stays",
    "Tabs\tstay\ttabs.",
    "Q&A: ask us anything.",
]


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = mojibake_cases()
    assert len(CLEAN) == len(set(CLEAN)), "duplicate clean sentences"
    with open(os.path.join(OUT, "mojibake.json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=0)
        f.write("\n")
    with open(os.path.join(OUT, "clean.json"), "w", encoding="utf-8") as f:
        json.dump(CLEAN, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"mojibake cases: {len(cases)}, clean sentences: {len(CLEAN)}")


if __name__ == "__main__":
    main()
