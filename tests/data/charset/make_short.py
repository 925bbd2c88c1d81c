#!/usr/bin/env python3
"""Writes the short-input charset cases: short/<name>.txt and short/labels.tsv.

Each case is one line or two (under 300 bytes once encoded) written for this
project, encoded with Python's codecs. Run from this folder: python3 make_short.py
"""
import os

RU1 = "Вчера вечером в центре города прошёл концерт, на который пришли тысячи людей. Билеты закончились за неделю."
RU2 = "Пожалуйста, введите ваш адрес электронной почты и пароль, чтобы войти на сайт. Забыли пароль? Нажмите здесь."
RU3 = "Срочно продаю квартиру в новом доме: две комнаты, балкон, кухня с мебелью. Звоните вечером, цена договорная."
RU4 = "Ответ: да, это возможно, но только если вы обновите программу до последней версии. Спасибо за вопрос!"
RU5 = "Я люблю свою семью и моих друзей. Моя мама — учитель, а папа работает инженером на заводе уже двадцать лет."
UK = "Шановні користувачі! Через технічні роботи сайт буде недоступний з дев'ятої до одинадцятої години. Вибачте за незручності."
BG = "Здравейте, бих искал да попитам дали магазинът работи в неделя и дали имате тази книга в наличност."
PL = "Wiadomość została wysłana. Dziękujemy za zgłoszenie, odpowiemy najszybciej, jak to możliwe. Źródło: redakcja, Łódź."
PL2 = "Zażółć gęślą jaźń, czyli jak sprawdzić polskie znaki w każdym programie."
CS = "Děkujeme za Vaši objednávku. Zboží Vám odešleme během příštího týdne, o přesném termínu Vás budeme informovat e-mailem."
CS2 = "Šťastný nový rok! Ať se Vám daří ve všem, co podniknete, a ať žádná překážka není příliš těžká."
SK = "Ďakujeme, že ste si vybrali náš obchod. Vaša objednávka bude spracovaná do troch pracovných dní. Ľudia to už vedia."
HU = "Köszönjük, hogy felvette velünk a kapcsolatot! Munkatársunk hamarosan válaszol az üzenetére. Üdvözlettel: ügyfélszolgálat"
HU2 = "A főváros új kerékpárútjai egyszerűbbé teszik a közlekedést, ősszel további szakaszok épülnek."
HR = "Poštovani, zahvaljujemo na Vašem upitu. Odgovorit ćemo Vam u najkraćem mogućem roku. Lijep pozdrav iz Zagreba."
SL = "Spoštovani, hvala za vaše sporočilo. Odgovorili vam bomo v najkrajšem možnem času. Lep pozdrav iz Ljubljane."
RO = "Vă mulţumim pentru mesaj! Vom răspunde cât mai curând posibil. Echipa noastră vă stă la dispoziţie în fiecare zi."
DE = "Vielen Dank für Ihre Bestellung! Die Ware wird in den nächsten Tagen verschickt. Mit freundlichen Grüßen, Ihr Team aus Köln."
FR = "Merci de votre message. Nous vous répondrons dès que possible. À bientôt sur notre site, l'équipe du café « Chez Hélène »."
ES = "¡Gracias por su compra! Recibirá un correo electrónico con la información del envío. ¿Tiene alguna pregunta? Llámenos."
PT = "Obrigado pela sua mensagem. As informações sobre as condições de devolução estão disponíveis na página de ajuda."
IT = "Grazie per la registrazione. Riceverà presto un'e-mail di conferma: è necessario cliccare sul collegamento per attivare l'account."
SV = "Tack för din beställning! Varorna skickas inom två arbetsdagar. Hälsningar från kundtjänst i Göteborg."
EN_QUOTE = "Please read the terms before you sign up. We don’t share your address with anyone, and you can leave at any time."
EN_POUND = "Tickets cost £12 for adults and £6 for children; family tickets are available at the door."
FR_MAC = "Dernière mise à jour : le système a été amélioré, les données sont sauvegardées chaque soir."
EL = "Ευχαριστούμε για την παραγγελία σας. Θα λάβετε σύντομα ένα μήνυμα με τις λεπτομέρειες της αποστολής."
HE = "תודה על פנייתך. נציג מטעמנו יחזור אליך בהקדם האפשרי. שבוע טוב!"
TR = "Siparişiniz için teşekkür ederiz. Ürünleriniz iki iş günü içinde kargoya verilecektir. İyi günler dileriz."
TH = "ขอบคุณสำหรับการสั่งซื้อ สินค้าจะถูกจัดส่งภายในสามวันทำการ"
AR = "شكرا لتسجيلك في موقعنا. سوف تصلك رسالة تأكيد على بريدك الإلكتروني قريبا."
JA = "ご注文ありがとうございます。商品は三日以内に発送いたします。"
JA2 = "東京の天気は明日から雨になる見込みです。傘を忘れないでください。"
KO = "주문해 주셔서 감사합니다. 상품은 삼 일 이내에 발송됩니다. 좋은 하루 되세요."
ZH_S = "感谢您的订购。商品将在三个工作日内发货，请注意查收邮件。"
ZH_T = "感謝您的訂購。商品將在三個工作天內寄出，請留意電子郵件通知。"
WET = "12\tru\tКупить билеты на поезд дешево онлайн\n13\tru\tРасписание электричек на сегодня и завтра\n"

CASES = [
    ("ru1_cp1251", RU1, "windows-1251"), ("ru1_koi8r", RU1, "koi8-r"), ("ru1_cp866", RU1, "ibm866"),
    ("ru1_iso5", RU1, "iso-8859-5"), ("ru1_maccyr", RU1, "x-mac-cyrillic"),
    ("ru2_cp1251", RU2, "windows-1251"), ("ru2_koi8r", RU2, "koi8-r"), ("ru2_cp866", RU2, "ibm866"),
    ("ru2_iso5", RU2, "iso-8859-5"), ("ru2_maccyr", RU2, "x-mac-cyrillic"),
    ("ru3_koi8r", RU3, "koi8-r"), ("ru3_maccyr", RU3, "x-mac-cyrillic"), ("ru3_cp866", RU3, "ibm866"),
    ("ru4_cp1251", RU4, "windows-1251"), ("ru4_iso5", RU4, "iso-8859-5"),
    ("ru5_maccyr", RU5, "x-mac-cyrillic"), ("ru5_cp1251", RU5, "windows-1251"),
    ("uk_cp1251", UK, "windows-1251"), ("uk_koi8u", UK, "koi8-u"),
    ("bg_cp1251", BG, "windows-1251"), ("bg_iso5", BG, "iso-8859-5"),
    ("pl_cp1250", PL, "windows-1250"), ("pl_iso2", PL, "iso-8859-2"),
    ("pl2_cp1250", PL2, "windows-1250"), ("pl2_iso2", PL2, "iso-8859-2"),
    ("cs_cp1250", CS, "windows-1250"), ("cs_iso2", CS, "iso-8859-2"),
    ("cs2_cp1250", CS2, "windows-1250"), ("cs2_iso2", CS2, "iso-8859-2"),
    ("sk_cp1250", SK, "windows-1250"), ("hu_cp1250", HU, "windows-1250"), ("hu2_iso2", HU2, "iso-8859-2"),
    ("hr_cp1250", HR, "windows-1250"), ("sl_iso2", SL, "iso-8859-2"), ("ro_cp1250", RO, "windows-1250"),
    ("de_cp1252", DE, "windows-1252"), ("fr_cp1252", FR, "windows-1252"), ("es_cp1252", ES, "windows-1252"),
    ("pt_cp1252", PT, "windows-1252"), ("it_cp1252", IT, "windows-1252"), ("sv_cp1252", SV, "windows-1252"),
    ("en_quote_cp1252", EN_QUOTE, "windows-1252"), ("en_quote_mac", EN_QUOTE, "macintosh"),
    ("en_quote_utf8", EN_QUOTE, "utf-8"), ("en_pound_cp1252", EN_POUND, "windows-1252"),
    ("fr_mac", FR_MAC, "macintosh"),
    ("el_iso7", EL, "iso-8859-7"), ("el_cp1253", EL, "windows-1253"), ("he_cp1255", HE, "windows-1255"),
    ("tr_cp1254", TR, "windows-1254"), ("th_cp874", TH, "windows-874"), ("ar_cp1256", AR, "windows-1256"),
    ("ja_sjis", JA, "shift_jis"), ("ja_eucjp", JA, "euc-jp"), ("ja_iso2022", JA, "iso-2022-jp"),
    ("ja2_sjis", JA2, "shift_jis"), ("ja2_eucjp", JA2, "euc-jp"), ("ko_euckr", KO, "euc-kr"),
    ("zh_gbk", ZH_S, "gbk"), ("zh_big5", ZH_T, "big5"),
    ("ru1_utf8", RU1, "utf-8"), ("ja_utf8", JA, "utf-8"),
    ("ru2_utf16le", RU2[:90], "utf-16le"), ("en_utf16be", EN_QUOTE, "utf-16be"), ("zh_utf16le", ZH_S + " 2024", "utf-16le"),
    ("wet_cp1251", WET, "windows-1251"), ("wet_koi8r", WET, "koi8-r"),
    # Very short: a title, a menu, a signature.
    ("tiny_ru_koi8r", "Главная страница", "koi8-r"), ("tiny_ru_cp866", "Главное меню", "ibm866"),
    ("tiny_ru_maccyr", "Новости дня", "x-mac-cyrillic"), ("tiny_ru_iso5", "Контакты", "iso-8859-5"),
    ("tiny_ru_cp1251", "Привет, мир!", "windows-1251"), ("tiny_uk_koi8u", "Їжак і ґава", "koi8-u"),
    ("tiny_pl_iso2", "Zażółć gęślą", "iso-8859-2"), ("tiny_cs_cp1250", "Příliš žluťoučký kůň", "windows-1250"),
    ("tiny_hu_cp1250", "Előző oldal", "windows-1250"), ("tiny_de_cp1252", "Größe wählen", "windows-1252"),
    ("tiny_fr_cp1252", "Déjà vu", "windows-1252"), ("tiny_pt_cp1252", "Informações", "windows-1252"),
    ("tiny_el_iso7", "Καλημέρα", "iso-8859-7"), ("tiny_ja_sjis", "日本語", "shift_jis"),
]

CODEC = {"x-mac-cyrillic": "mac_cyrillic", "macintosh": "mac_roman", "ibm866": "cp866", "windows-874": "cp874",
         "iso-2022-jp": "iso2022_jp", "koi8-u": "koi8_u", "koi8-r": "koi8_r"}

os.makedirs("short", exist_ok=True)
with open("short/labels.tsv", "w", encoding="utf-8") as labels:
    for name, text, enc in CASES:
        data = text.encode(CODEC.get(enc, enc))
        assert len(data) < 300, (name, len(data))
        with open(f"short/{name}.txt", "wb") as f:
            f.write(data)
        labels.write(f"{name}.txt\t{enc}\n")
print(len(CASES), "cases,", len({e for _, _, e in CASES}), "encodings")
