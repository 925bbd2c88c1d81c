//! Close language pairs on short lines.

use pageclean::lang::{Lang, identify, identify_scored};

fn is(text: &str, code: &str) {
    let got = identify_scored(text, None);
    assert_eq!(got.map(|g| g.lang.code()), Some(code), "{text:?}: {got:?}");
}

#[test]
fn russian_bulgarian_ukrainian() {
    is("Пожалуйста, введите ваш комментарий!", "ru");
    is("Введите ваше имя и адрес электронной почты", "ru");
    is("Моля, въведете вашия коментар тук", "bg");
    is("Всички права запазени, 2024 година", "bg");
    is("Будь ласка, введіть ваш коментар!", "uk");
    is("Усі новини України за сьогодні", "uk");
    is("Калі ласка, увядзіце свой каментарый", "be");
}

#[test]
fn spanish_portuguese_galician_catalan() {
    is("Por favor, escribe tu comentario aquí", "es");
    is("Por favor, escreva o seu comentário aqui", "pt");
    is("Non hai ningunha nova sobre o teu comentario", "gl");
    // Shared words only: no confident wrong answer.
    let gl = Lang::from_code("gl");
    let got = identify("Por favor, escribe o teu comentario aquí embaixo", None);
    assert!(got.is_none() || got == gl, "{got:?}");
    is("Si us plau, escriu el teu comentari aquí", "ca");
    is("A Xunta aprobou onte unha nova lei", "gl");
}

#[test]
fn danish_norwegian_swedish() {
    is("Vi bruger cookies på denne hjemmeside", "da");
    is("Hvad sker der nu efter valget?", "da");
    is("Vi bruker informasjonskapsler på denne nettsiden", "no");
    is("Hva skjer nå etter valget?", "no");
    is("Vi använder kakor på den här webbplatsen", "sv");
}

#[test]
fn czech_slovak() {
    is("Vláda schválila nový zákon o daních z příjmů", "cs");
    is("Vláda schválila nový zákon o dani z príjmu", "sk");
    is("Přečtěte si také další články", "cs");
    is("Prečítajte si aj ďalšie články", "sk");
}

#[test]
fn croatian_serbian_bosnian() {
    is("Tko je kriv za ono što se dogodilo prošlog tjedna?", "hr");
    is("Ko je kriv za ono šta se desilo prošle sedmice?", "bs");
    is("Ко је крив за оно што се догодило прошле недеље?", "sr");
}

#[test]
fn indonesian_malay() {
    is(
        "Pemerintah akan memberikan bantuan kepada karyawan swasta",
        "id",
    );
    is(
        "Kerajaan akan memberikan bantuan kepada pekerja swasta",
        "ms",
    );
}

#[test]
fn prior_keeps_odd_lines_in_the_page_language() {
    let en = Lang::from_code("en");
    assert_eq!(identify("Stoltenberg called Russia an occupier", en), en);
    let de = Lang::from_code("de");
    assert_eq!(identify("Hinterlasse einen Kommentar", en), de);
}

#[test]
fn weak_evidence_is_none() {
    assert_eq!(identify("OK", None), None);
    assert_eq!(identify("2024", None), None);
    assert_eq!(identify_scored("", None), None);
}
