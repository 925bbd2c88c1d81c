//! Body text that uses chrome words stays body. Every paragraph of
//! `tests/data/body_chromelike.tsv` ("share prices fell", "cookies baked by
//! her grandmother", "the website's privacy policy was criticised by
//! regulators") is set among neutral paragraphs in its language, once as a
//! text page (headline, blank line, two paragraphs, the paragraph under
//! test, one more) and once as an HTML `<article>` with the same content,
//! and must come out among the document's paragraphs. Languages are not
//! filtered (`Target::All`): the test is about the chrome rules (lexicon,
//! cookie notices, captions, breadcrumbs, date lines), not language
//! identification. Failures are printed with the reason the paragraph was
//! removed, and the pass count per language.

use std::collections::BTreeMap;

use pageclean::{Cleaner, Document, Lang, Target};

/// Paragraphs the set must hold, at least.
const MIN_ROWS: usize = 320;
/// Languages the set must cover, at least.
const MIN_LANGUAGES: usize = 16;
/// Paragraphs each language must have, at least.
const MIN_PER_LANGUAGE: usize = 20;

/// The page around a paragraph under test, in one language: a headline, two
/// neutral body paragraphs before it and one after.
struct Frame {
    lang: &'static str,
    headline: &'static str,
    before: [&'static str; 2],
    after: &'static str,
}

/// One neutral page per language of the set, written for this test.
const FRAMES: &[Frame] = &[
    Frame {
        lang: "en",
        headline: "Town council approves plan for the old harbour",
        before: [
            "The council voted on Thursday evening to turn the empty warehouses along the harbour into housing and small workshops.",
            "Construction is expected to begin next spring and to take about three years, according to the planning office.",
        ],
        after: "Residents who spoke at the meeting were mostly in favour, although some worried about traffic on the narrow streets.",
    },
    Frame {
        lang: "de",
        headline: "Stadtrat beschließt Umbau des alten Hafens",
        before: [
            "Der Stadtrat hat am Donnerstagabend beschlossen, die leer stehenden Lagerhallen am Hafen in Wohnungen und kleine Werkstätten umzubauen.",
            "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und etwa drei Jahre dauern, teilte das Planungsamt mit.",
        ],
        after: "Die meisten Anwohner, die sich in der Sitzung äußerten, begrüßten das Vorhaben, einige fürchten jedoch mehr Verkehr in den engen Gassen.",
    },
    Frame {
        lang: "fr",
        headline: "Le conseil municipal approuve la rénovation du vieux port",
        before: [
            "Le conseil municipal a décidé jeudi soir de transformer les entrepôts vides du port en logements et en petits ateliers.",
            "Les travaux devraient commencer au printemps prochain et durer environ trois ans, selon le service d'urbanisme.",
        ],
        after: "La plupart des habitants présents à la réunion se sont montrés favorables, même si certains craignent davantage de circulation dans les rues étroites.",
    },
    Frame {
        lang: "es",
        headline: "El ayuntamiento aprueba la reforma del antiguo puerto",
        before: [
            "El pleno municipal aprobó el jueves por la noche convertir los almacenes vacíos del puerto en viviendas y pequeños talleres.",
            "Las obras comenzarán la próxima primavera y durarán unos tres años, según la oficina de urbanismo.",
        ],
        after: "La mayoría de los vecinos que intervinieron en la sesión se mostraron a favor, aunque algunos temen más tráfico en las calles estrechas.",
    },
    Frame {
        lang: "it",
        headline: "Il consiglio comunale approva il recupero del vecchio porto",
        before: [
            "Il consiglio comunale ha deciso giovedì sera di trasformare i magazzini vuoti del porto in abitazioni e piccoli laboratori.",
            "I lavori dovrebbero iniziare la prossima primavera e durare circa tre anni, secondo l'ufficio urbanistica.",
        ],
        after: "La maggior parte dei residenti intervenuti all'assemblea si è detta favorevole, anche se alcuni temono più traffico nelle strade strette.",
    },
    Frame {
        lang: "pt",
        headline: "Câmara aprova a reabilitação do antigo porto",
        before: [
            "A câmara municipal decidiu na quinta-feira à noite transformar os armazéns vazios do porto em habitação e pequenas oficinas.",
            "As obras devem começar na próxima primavera e durar cerca de três anos, segundo o departamento de urbanismo.",
        ],
        after: "A maioria dos moradores que falaram na reunião mostrou-se a favor, embora alguns receiem mais trânsito nas ruas estreitas.",
    },
    Frame {
        lang: "nl",
        headline: "Gemeenteraad stemt in met plan voor de oude haven",
        before: [
            "De gemeenteraad besloot donderdagavond de lege pakhuizen aan de haven om te bouwen tot woningen en kleine werkplaatsen.",
            "De bouw begint naar verwachting volgend voorjaar en duurt ongeveer drie jaar, aldus de afdeling ruimtelijke ordening.",
        ],
        after: "De meeste bewoners die tijdens de vergadering het woord namen, waren positief, al vrezen sommigen meer verkeer in de smalle straatjes.",
    },
    Frame {
        lang: "pl",
        headline: "Rada miasta zatwierdza przebudowę starego portu",
        before: [
            "Rada miasta zdecydowała w czwartek wieczorem, że puste magazyny w porcie zostaną przebudowane na mieszkania i niewielkie warsztaty.",
            "Prace mają się rozpocząć wiosną przyszłego roku i potrwać około trzech lat, poinformował wydział urbanistyki.",
        ],
        after: "Większość mieszkańców, którzy zabrali głos na sesji, poparła projekt, choć niektórzy obawiają się większego ruchu na wąskich uliczkach.",
    },
    Frame {
        lang: "cs",
        headline: "Zastupitelé schválili přestavbu starého přístavu",
        before: [
            "Zastupitelstvo ve čtvrtek večer rozhodlo, že prázdné sklady v přístavu se přestavějí na byty a malé dílny.",
            "Stavba by měla začít příští jaro a trvat zhruba tři roky, uvedl odbor územního plánování.",
        ],
        after: "Většina obyvatel, kteří na zasedání vystoupili, záměr podpořila, někteří se však obávají většího provozu v úzkých uličkách.",
    },
    Frame {
        lang: "ru",
        headline: "Горсовет одобрил реконструкцию старого порта",
        before: [
            "В четверг вечером городской совет решил переоборудовать пустующие портовые склады в жильё и небольшие мастерские.",
            "Строительство должно начаться следующей весной и продлится около трёх лет, сообщили в отделе градостроительства.",
        ],
        after: "Большинство жителей, выступивших на заседании, поддержали проект, хотя некоторые опасаются роста движения на узких улицах.",
    },
    Frame {
        lang: "uk",
        headline: "Міська рада схвалила реконструкцію старого порту",
        before: [
            "У четвер увечері міська рада ухвалила рішення переобладнати порожні портові склади на житло та невеликі майстерні.",
            "Будівництво має розпочатися наступної весни й триватиме близько трьох років, повідомили у відділі містобудування.",
        ],
        after: "Більшість мешканців, які виступили на засіданні, підтримали проєкт, хоча дехто побоюється більшого руху на вузьких вулицях.",
    },
    Frame {
        lang: "tr",
        headline: "Belediye meclisi eski limanın dönüşümünü onayladı",
        before: [
            "Belediye meclisi perşembe akşamı limandaki boş depoların konut ve küçük atölyelere dönüştürülmesine karar verdi.",
            "İmar müdürlüğüne göre inşaatın önümüzdeki bahar başlaması ve yaklaşık üç yıl sürmesi bekleniyor.",
        ],
        after: "Toplantıda söz alan mahalle sakinlerinin çoğu projeyi desteklerken bazıları dar sokaklarda trafiğin artmasından endişe ediyor.",
    },
    Frame {
        lang: "ar",
        headline: "المجلس البلدي يوافق على تطوير الميناء القديم",
        before: [
            "قرر المجلس البلدي مساء الخميس تحويل المستودعات الخالية في الميناء إلى مساكن وورش صغيرة.",
            "ومن المتوقع أن تبدأ الأعمال في الربيع المقبل وأن تستمر نحو ثلاث سنوات، بحسب إدارة التخطيط.",
        ],
        after: "وأبدى معظم السكان الذين تحدثوا في الجلسة تأييدهم للمشروع، في حين يخشى بعضهم ازدياد حركة المرور في الشوارع الضيقة.",
    },
    Frame {
        lang: "zh",
        headline: "市议会批准旧港口改造计划",
        before: [
            "市议会周四晚间决定，将港口一带闲置的仓库改建为住宅和小型工作室。",
            "据规划部门介绍，工程预计明年春天动工，工期约三年。",
        ],
        after: "在会上发言的居民大多表示支持，但也有人担心狭窄街道的交通会更加拥堵。",
    },
    Frame {
        lang: "ja",
        headline: "市議会、旧港の再開発計画を承認",
        before: [
            "市議会は木曜日の夜、港沿いの空き倉庫を住宅と小さな工房に改修することを決めた。",
            "都市計画課によると、工事は来年の春に始まり、完成までに約3年かかる見込みだ。",
        ],
        after: "会合で発言した住民の多くは計画に賛成したが、狭い路地の交通量が増えることを心配する声もあった。",
    },
    Frame {
        lang: "ko",
        headline: "시의회, 옛 항구 재개발 계획 승인",
        before: [
            "시의회는 목요일 저녁 항구 주변의 빈 창고를 주택과 작은 공방으로 바꾸기로 결정했다.",
            "도시계획과에 따르면 공사는 내년 봄에 시작해 약 3년이 걸릴 전망이다.",
        ],
        after: "회의에서 발언한 주민 대부분은 계획에 찬성했지만, 좁은 골목의 교통량이 늘어날 것을 걱정하는 목소리도 있었다.",
    },
    Frame {
        lang: "sv",
        headline: "Kommunfullmäktige godkänner plan för gamla hamnen",
        before: [
            "Kommunfullmäktige beslutade på torsdagskvällen att de tomma magasinen vid hamnen ska byggas om till bostäder och små verkstäder.",
            "Bygget väntas börja nästa vår och ta ungefär tre år, enligt stadsbyggnadskontoret.",
        ],
        after: "De flesta boende som yttrade sig på mötet var positiva, även om några oroar sig för mer trafik i de smala gränderna.",
    },
];

struct Row {
    lang: &'static str,
    text: &'static str,
}

fn rows() -> Vec<Row> {
    include_str!("data/body_chromelike.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (lang, text) = l.split_once('\t').unwrap_or(("", l));
            Row { lang, text }
        })
        .collect()
}

fn frame_of(lang: &str) -> Option<&'static Frame> {
    FRAMES.iter().find(|f| f.lang == lang)
}

/// The body paragraphs of a page: the frame's, with `p` before the last.
fn body_of<'a>(f: &'a Frame, p: Option<&'a str>) -> Vec<&'a str> {
    let mut body = vec![f.before[0], f.before[1]];
    body.extend(p);
    body.push(f.after);
    body
}

/// Headline, blank line, then the paragraphs separated by blank lines.
fn text_page(headline: &str, body: &[&str]) -> String {
    let mut page = format!("{headline}\n\n");
    for p in body {
        page.push_str(p);
        page.push_str("\n\n");
    }
    page
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The same content as an HTML article.
fn html_page(lang: &str, headline: &str, body: &[&str]) -> String {
    let h = escape(headline);
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head><meta charset=\"utf-8\"><title>{h}</title></head>\n<body>\n<article>\n<h1>{h}</h1>\n"
    );
    for p in body {
        page.push_str(&format!("<p>{}</p>\n", escape(p)));
    }
    page.push_str("</article>\n</body>\n</html>\n");
    page
}

/// The text page and the HTML page for `body` under the frame's headline.
fn pages(f: &Frame, body: &[&str]) -> [(&'static str, String); 2] {
    [
        ("text", text_page(f.headline, body)),
        ("html", html_page(f.lang, f.headline, body)),
    ]
}

/// Why `p` is not among the paragraphs of `doc`; `None` when it is.
fn why_missing(doc: &Document, p: &str) -> Option<String> {
    if doc.paragraphs().any(|b| b == p) {
        return None;
    }
    if let Some(reason) = doc.removed.iter().find(|r| r.text == p).map(|r| r.reason) {
        return Some(format!("removed as {} ({reason:?})", reason.as_str()));
    }
    // Not found whole: show where its opening went (merged, split, altered).
    let head: String = p.chars().take(20).collect();
    let near = doc
        .paragraphs()
        .find(|b| b.contains(&head))
        .map(|b| format!("in body as {b:?}"))
        .or_else(|| {
            doc.removed
                .iter()
                .find(|r| r.text.contains(&head))
                .map(|r| format!("removed as {} in {:?}", r.reason.as_str(), r.text))
        });
    Some(near.unwrap_or_else(|| "missing from body and removed".to_owned()))
}

fn cleaner() -> Cleaner {
    Cleaner::builder().language(Target::All).build()
}

#[test]
fn set_is_well_formed() {
    let rows = rows();
    let bad: Vec<String> = rows
        .iter()
        .filter(|r| {
            Lang::from_code(r.lang).is_none()
                || frame_of(r.lang).is_none()
                || r.text.trim().is_empty()
                || r.text.trim() != r.text
        })
        .map(|r| format!("{:?}\t{:?}", r.lang, r.text))
        .collect();
    assert!(
        bad.is_empty(),
        "rows with an unknown code, no frame or no text:\n{}",
        bad.join("\n")
    );
    let mut per: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &rows {
        *per.entry(r.lang).or_default() += 1;
    }
    println!(
        "{} paragraphs in {} languages: {per:?}",
        rows.len(),
        per.len()
    );
    assert!(rows.len() >= MIN_ROWS, "only {} paragraphs", rows.len());
    assert!(per.len() >= MIN_LANGUAGES, "only {} languages", per.len());
    let thin: Vec<_> = per.iter().filter(|(_, n)| **n < MIN_PER_LANGUAGE).collect();
    assert!(
        thin.is_empty(),
        "languages under {MIN_PER_LANGUAGE}: {thin:?}"
    );
}

/// The frames alone come out exactly: the headline as the title, not body,
/// and the three neutral paragraphs in order.
#[test]
fn frames_are_clean_body() {
    let cleaner = cleaner();
    let mut failures = Vec::new();
    for f in FRAMES {
        let body = body_of(f, None);
        for (kind, page) in pages(f, &body) {
            match cleaner.clean(page.as_bytes()) {
                Ok(doc) => {
                    let got: Vec<&str> = doc.paragraphs().collect();
                    if got != body || doc.title.as_deref() != Some(f.headline) {
                        let removed: Vec<(&str, &str)> = doc
                            .removed
                            .iter()
                            .map(|r| (r.reason.as_str(), r.text.as_str()))
                            .collect();
                        failures.push(format!(
                            "{} {kind}: title {:?}, body {got:?}, removed {removed:?}",
                            f.lang, doc.title
                        ));
                    }
                }
                Err(e) => failures.push(format!("{} {kind}: {e}", f.lang)),
            }
        }
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(failures.is_empty(), "{} frames altered", failures.len());
}

#[test]
fn chromelike_body_paragraphs_are_kept() {
    let rows = rows();
    let cleaner = cleaner();
    // lang -> (kept in both forms, paragraphs)
    let mut per: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for row in &rows {
        let Some(frame) = frame_of(row.lang) else {
            failures.push(format!("{}: no frame for this language", row.lang));
            continue;
        };
        let body = body_of(frame, Some(row.text));
        let mut kept = true;
        for (kind, page) in pages(frame, &body) {
            let why = match cleaner.clean(page.as_bytes()) {
                Ok(doc) => why_missing(&doc, row.text),
                Err(e) => Some(format!("error: {e}")),
            };
            if let Some(why) = why {
                kept = false;
                failures.push(format!("{} {kind}: {why}: {}", row.lang, row.text));
            }
        }
        let e = per.entry(row.lang).or_default();
        e.0 += usize::from(kept);
        e.1 += 1;
    }
    println!();
    for f in &failures {
        println!("FAIL {f}");
    }
    let mut total = 0;
    for (lang, (ok, n)) in &per {
        println!("{lang}: {ok}/{n} kept");
        total += ok;
    }
    println!("{total}/{} kept as text and as HTML", rows.len());
    assert!(
        failures.is_empty(),
        "{} removals of body text (listed above)",
        failures.len()
    );
}

#[test]
fn lexicon_coverage() {
    let c = pageclean::boilerplate::lexicon::coverage();
    println!("lexicon: {} languages, {} phrases", c.languages, c.phrases);
    assert!(c.languages >= 60, "only {} languages", c.languages);
    assert!(c.phrases >= 5000, "only {} phrases", c.phrases);
}
