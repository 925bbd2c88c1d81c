//! What the HTML path keeps of a page's text and how: nothing a reader sees
//! is dropped without a reason, and text keeps its place in its sentence.

use pageclean::{Document, Reason};

fn clean(page: &str) -> Document {
    pageclean::clean(page.as_bytes()).unwrap()
}

/// The text of the body's blocks.
fn body(doc: &Document) -> Vec<&str> {
    doc.blocks.iter().map(|b| b.text.as_str()).collect()
}

#[test]
fn figure_captions_and_hidden_text_are_reported_not_dropped() {
    let page = "<html><body><article><h1>Harbour works begin</h1>\
        <p>Work on the new harbour wall began on Monday, and the council expects the first section to be finished before the autumn storms arrive.</p>\
        <figure><img src=\"a.jpg\"><figcaption>Cranes lift the first blocks into place. <span>Photo: Port Authority</span></figcaption></figure>\
        <div hidden>Sign up for the morning briefing</div>\
        <p>The wall will protect the fishing fleet, which lost three boats in last winter's storms, the harbour master said on Monday.</p>\
        </article></body></html>";
    let doc = clean(page);
    assert_eq!(doc.blocks.len(), 2);
    let reason_of = |needle: &str| {
        doc.removed
            .iter()
            .find(|r| r.text.contains(needle))
            .map(|r| r.reason)
    };
    assert_eq!(
        reason_of("Cranes lift the first blocks into place. Photo: Port Authority"),
        Some(Reason::Caption)
    );
    assert_eq!(
        reason_of("Sign up for the morning briefing"),
        Some(Reason::Hidden)
    );
}

#[test]
fn mathml_stays_in_its_sentence_without_its_tex_annotation() {
    let page = "<html><body><article><h1>Quadratic equations</h1>\
        <p>When <math><mi>a</mi><mo>&#x2260;</mo><mn>0</mn></math>, there are two solutions to \
        <math><semantics><mrow><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn></mrow>\
        <annotation encoding=\"application/x-tex\">ax^2+c=0</annotation></semantics></math> \
        and both can be found with the formula every student learns at school.</p>\
        </article></body></html>";
    let doc = clean(page);
    let text = body(&doc);
    assert_eq!(
        text,
        [
            "When a ≠ 0, there are two solutions to a x 2 + c = 0 and both can be found with the formula every student learns at school."
        ]
    );
}

#[test]
fn permalinked_section_headings_are_headings_not_links() {
    let page = "<html><body><article><h1>Finding anomalies in server logs</h1>\
        <p>Application servers write a line for every request they answer, and those lines tell us when something is going wrong with the service.</p>\
        <h3 id=\"prepare\"><a class=\"toclink\" href=\"#prepare\">Preparing the data</a></h3>\
        <p>First we parse each line into its parts.</p>\
        <h3 id=\"chart\"><a href=\"/charts\">Chart gallery</a></h3>\
        <p>Then we draw the requests per minute as a stacked bar chart, one colour for each status code, and look for the odd hour.</p>\
        </article></body></html>";
    let doc = clean(page);
    let text = body(&doc);
    assert!(text.contains(&"Preparing the data"), "{text:?}");
    assert!(!text.contains(&"Chart gallery"), "{text:?}");
}

#[test]
fn live_coverage_is_body_and_reader_comments_are_not() {
    let page = "<html><body><h1>Lorient hold Lyon to a draw</h1>\
        <div class=\"match-report\"><p>Lyon dominated possession for most of the evening but could not find a way past the home side's goalkeeper, who made six saves.</p></div>\
        <div class=\"live-match\">\
        <div class=\"live-match-comment\"><div class=\"live-match-comment-body\">The corner kick comes to nothing and Lorient clear the ball upfield.</div></div>\
        <div class=\"live-match-comment\"><div class=\"live-match-comment-body\">Both teams are still feeling each other out at the start of this match.</div></div>\
        <div class=\"live-match-comment\"><div class=\"live-match-comment-body\">Kick-off in Brittany, where the home side play in orange tonight.</div></div>\
        </div>\
        <div class=\"comment-list\"><p>What a boring game, I switched off at half time and went to bed.</p></div>\
        </body></html>";
    let doc = clean(page);
    let text = body(&doc);
    for entry in [
        "The corner kick comes to nothing and Lorient clear the ball upfield.",
        "Both teams are still feeling each other out at the start of this match.",
        "Kick-off in Brittany, where the home side play in orange tonight.",
    ] {
        assert!(text.contains(&entry), "{text:?}");
    }
    let comment = doc
        .removed
        .iter()
        .find(|r| r.text.starts_with("What a boring game"));
    assert_eq!(comment.map(|r| r.reason), Some(Reason::Comments));
}

#[test]
fn a_digest_of_linked_sentences_is_body_and_a_list_of_teasers_is_not() {
    let item = |link: &str, after: &str, rest: &str| {
        format!("<li><strong><a href=\"/story\">{link}</a>{after}</strong> {rest}</li>")
    };
    let digest: String = [
        item(
            "The city council approved the new tram line",
            ".",
            "Construction starts in spring and should take three years, the mayor said.",
        ),
        item(
            "Two bakeries on Main Street will close in March",
            ".",
            "Their owners are retiring and found nobody to take over the business.",
        ),
        item(
            "The river festival returns after a four-year pause",
            ".",
            "Organisers expect forty thousand visitors over the long weekend in June.",
        ),
    ]
    .concat();
    let teasers: String = [
        item("Council row over parking fees", "", "Councillors argued for three hours about the price of parking permits in the old town."),
        item("School roof repairs delayed again", "", "The contractor says the steel it ordered will not arrive before the summer holidays."),
        item("Library extends its opening hours", "", "From next month the central library will stay open until nine on weekday evenings."),
    ]
    .concat();
    let page = format!(
        "<html><body><article><h1>Five things to know this morning</h1>\
         <p>Good morning! Here is what is happening in town today, from the tram to the festival.</p>\
         <ol>{digest}</ol><h2>More stories</h2><ul>{teasers}</ul></article></body></html>"
    );
    let doc = clean(&page);
    let text = body(&doc);
    assert!(
        text.iter()
            .any(|t| t.starts_with("Two bakeries on Main Street")),
        "{text:?}"
    );
    assert!(
        !text.iter().any(|t| t.starts_with("School roof repairs")),
        "{text:?}"
    );
}

#[test]
fn a_hidden_block_between_words_still_separates_them() {
    let page = "<html><body><article><h1>Opening hours of the town library</h1>\
        <p>The library on Market Square has new opening hours from next month, the council announced on Tuesday after a long debate.</p>\
        <div><span>Open</span><form style=\"display:none\"><input name=q></form><span>Monday to Friday</span></div>\
        </article></body></html>";
    let doc = clean(page);
    let all: Vec<&str> = doc
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .chain(doc.removed.iter().map(|r| r.text.as_str()))
        .collect();
    assert!(all.contains(&"Open Monday to Friday"), "{all:?}");
}

#[test]
fn formulas_with_a_context_menu_attached_are_not_a_menu() {
    let formula = |body: &str| {
        format!(
            "<mjx-container class=\"MathJax CtxtMenu_Attached_0\"><mjx-assistive-mml><math display=\"block\">{body}</math></mjx-assistive-mml></mjx-container>"
        )
    };
    let page = format!(
        "<html><body><article><h1>Three identities</h1>\
         <p>Every student of algebra meets these three identities early, and each of them can be checked by multiplying out the brackets.</p>\
         <h2>Square of a sum</h2>{}\
         <h2>Square of a difference</h2>{}\
         </article></body></html>",
        formula(
            "<mo>(</mo><mi>a</mi><mo>+</mo><mi>b</mi><msup><mo>)</mo><mn>2</mn></msup><mo>=</mo><msup><mi>a</mi><mn>2</mn></msup><mo>+</mo><mn>2</mn><mi>a</mi><mi>b</mi>"
        ),
        formula(
            "<mo>(</mo><mi>a</mi><mo>−</mo><mi>b</mi><msup><mo>)</mo><mn>2</mn></msup><mo>=</mo><msup><mi>a</mi><mn>2</mn></msup><mo>−</mo><mn>2</mn><mi>a</mi><mi>b</mi>"
        ),
    );
    let doc = clean(&page);
    let text = body(&doc);
    assert!(text.contains(&"Square of a difference"), "{text:?}");
    assert!(
        text.iter()
            .any(|t| t.starts_with("( a − b ) 2 = a 2 − 2 a b")),
        "{text:?}"
    );
}

#[test]
fn a_short_paragraph_named_as_the_lead_is_body() {
    let page = "<html><body><div class=\"header\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>\
        <h1>The president returns to the south</h1>\
        <div class=\"texto-bajada\"><p>He will meet local officials and then travel on to the coast.</p></div>\
        <div class=\"meta\">Published 4 May 2022</div>\
        <div class=\"content-main\"><p>The president landed in the southern city shortly after noon and was received with honours at the air base, where the regional governor waited.</p>\
        <p>Polls show a sharp fall in his approval since he took office two months ago, and advisers hope the trip will help.</p>\
        <p>He spent eight years as a deputy for the region, where he won more than sixty per cent of the vote in the last election.</p></div>\
        <div class=\"sidebar\"><p>Most read today in the capital and the rest of the country</p></div></body></html>";
    let doc = clean(page);
    let text = body(&doc);
    assert_eq!(
        text.first(),
        Some(&"He will meet local officials and then travel on to the coast."),
        "{text:?}"
    );
}

#[test]
fn every_post_of_a_discussion_thread_is_body() {
    let answers: String = ["Anna", "Ben", "Clara", "Dora", "Emil"]
        .iter()
        .map(|w| {
            format!(
                "<div class=\"answer\"><div class=\"post-text\"><p>{w} says the passive is formed with werden, so the robbery as an event takes wurde, while war describes the state you were left in afterwards, and both are fine German.</p>\
                 <p>{w} adds that in speech the perfect tense is more common, so you would often hear ich bin ausgeraubt worden instead.</p></div></div>"
            )
        })
        .collect();
    let page = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"QAPage\"}}</script></head><body>\
         <div id=\"question-header\"><h1>When to use wurde or war</h1></div>\
         <div class=\"question\"><div class=\"postcell\"><p>How does one know when to use wurde and when war in a sentence like this one about being robbed?</p></div></div>\
         <div class=\"sidebar\"><ul><li><a href=\"/q/1\">Related question one</a></li><li><a href=\"/q/2\">Related question two</a></li></ul></div>\
         <div id=\"answers\">{answers}</div></body></html>"
    );
    let doc = clean(&page);
    assert_eq!(doc.page_type, pageclean::PageType::Forum);
    let text = body(&doc);
    assert!(
        text.first()
            .is_some_and(|t| t.starts_with("How does one know")),
        "{text:?}"
    );
    assert!(text.iter().any(|t| t.starts_with("Emil adds")), "{text:?}");
    assert!(
        !text.iter().any(|t| t.starts_with("Related question")),
        "{text:?}"
    );
}

#[test]
fn a_line_of_figures_in_another_script_is_not_another_language() {
    let page = "<html><body><article><h1>新竹尖石賞楓</h1>\
        <p>一波波接續性低溫寒流報到，已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣，我們一早出發前往營地。</p>\
        <p>GPS: N24 39 16.4 E121 18 19.5</p>\
        <p>玉峰道路一路上雲氣山嵐滯留山頭，順路下切蜿蜒道路後不久即抵達國小，孩子們在操場上奔跑。</p>\
        <p>Read this post in English on our travel blog for foreign visitors and friends.</p>\
        </article></body></html>";
    let doc = clean(page);
    let text = body(&doc);
    assert!(text.contains(&"GPS: N24 39 16.4 E121 18 19.5"), "{text:?}");
    let english = doc
        .removed
        .iter()
        .find(|r| r.text.starts_with("Read this post"));
    assert_eq!(english.map(|r| r.reason), Some(Reason::OtherLanguage));
}

#[test]
fn a_formula_with_greek_letters_is_not_another_language() {
    let page = "<html><body><article><h1>Identities worth knowing</h1>\
        <p>Ramanujan wrote down many surprising identities, and the one below relates the golden ratio to an infinite continued fraction of powers of e.</p>\
        <h2>An identity of Ramanujan</h2>\
        <p>1 / ( ϕ √ 5 − ϕ ) e 2 π / 5 = 1 + e − 2 π / ( 1 + e − 4 π )</p>\
        <p>Both sides agree to as many digits as anyone has cared to compute, which is what made the letter to Hardy so remarkable.</p>\
        </article></body></html>";
    let doc = clean(page);
    let text = body(&doc);
    assert!(text.contains(&"An identity of Ramanujan"), "{text:?}");
    assert!(
        text.iter().any(|t| t.starts_with("1 / ( ϕ √ 5")),
        "{text:?}"
    );
}

#[test]
fn a_data_table_with_wrapped_cells_is_read_by_rows_and_a_layout_table_is_not() {
    let row = |app: &str, size: &str, saved: &str| {
        format!(
            "<tr><td><div><a href=\"/apps/{app}\"><span>{app}</span></a></div></td><td><div><span>{size}</span></div></td><td><div><span>{saved}</span></div></td></tr>"
        )
    };
    let prose = "The new update format sends only the parts of each file that changed, so most phones download far less than before, as the table shows.";
    let page = format!(
        "<html><body><article><h1>Smaller updates</h1><p>{prose}</p><table>{}{}{}</table><p>{prose}</p></article></body></html>",
        row("Maps", "32.7 MB", "17.5 MB (-46%)"),
        row("Mail", "17.8 MB", "7.6 MB (-57%)"),
        row("Reader", "52.4 MB", "19.1 MB (-64%)"),
    );
    let doc = clean(&page);
    let text = body(&doc);
    assert!(text.contains(&"Mail\t17.8 MB\t7.6 MB (-57%)"), "{text:?}");

    let long = "A long column of the page layout holds the whole story, sentence after sentence, far more than any cell of a data table would ever hold. It goes on about the town council and its plans for the harbour, the school and the new tram line to the station.";
    let layout = format!(
        "<html><body><table><tr><td><div>{long}</div></td><td><div>{long} Second column.</div></td></tr></table></body></html>"
    );
    let doc = clean(&layout);
    assert!(
        doc.blocks.iter().all(|b| !b.text.contains('\t')),
        "{:?}",
        doc.blocks
    );
}

#[test]
fn excerpts_of_other_posts_are_not_body() {
    let page = "<html><body><article><h1>Ein Winter am See</h1>\
        <p>Als der erste Schnee fiel, war das Dorf am See plötzlich still, und die Fischer zogen ihre Boote an Land, wie sie es seit Generationen tun.</p>\
        <p>Im Frühjahr kommen sie zurück, wenn das Eis bricht und die Forellen wieder an die Oberfläche steigen, sagt der älteste von ihnen.</p>\
        <p>Die Ausstellung im alten Bahnhof zeigt Fotografien aus drei Jahrzehnten und lädt zu einem Rundgang durch die [&hellip;]</p>\
        <p>Sommer ist Reisezeit, und die Stadt am Meer zeigt sich von ihrer besten Seite. Seht selbst! <a href=\"/sommer\">Weiterlesen</a></p>\
        </article></body></html>";
    let doc = clean(page);
    assert_eq!(doc.blocks.len(), 2, "{:?}", body(&doc));
    let excerpts: Vec<_> = doc
        .removed
        .iter()
        .filter(|r| r.text.contains("Ausstellung") || r.text.contains("Reisezeit"))
        .map(|r| r.reason)
        .collect();
    assert_eq!(excerpts, [Reason::Related, Reason::Related]);
}

#[test]
fn a_shell_page_takes_the_article_its_json_ld_declares() {
    let para = "The harbour wall will protect the fishing fleet, which lost three boats in last winter's storms, the harbour master said. ";
    let declared = format!(
        "{}\\n\\n{}",
        para.repeat(4),
        "Work begins in March and should end before the autumn."
    );
    let shell = format!(
        "<html><head><title>Harbour works | Coast News</title>\
         <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Harbour works\",\"articleBody\":\"{declared}\"}}</script>\
         </head><body><div id=\"app\"><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>Loading…</div></body></html>"
    );
    let doc = clean(&shell);
    assert_eq!(doc.fallback, Some(pageclean::Fallback::DeclaredBody));
    assert_eq!(
        body(&doc),
        [
            para.repeat(4).trim(),
            "Work begins in March and should end before the autumn."
        ]
    );
    // Nor does a declared article that the language asked for drops too.
    let german = shell.replace(
        &declared,
        &"Die Hafenmauer soll die Fischerflotte schützen, die im letzten Winter drei Boote verloren hat, sagte der Hafenmeister. ".repeat(6),
    );
    let only_english = pageclean::Cleaner::builder()
        .language(pageclean::Target::Only(
            pageclean::lang::Lang::from_code("en").unwrap(),
        ))
        .build()
        .clean(german.as_bytes())
        .unwrap();
    assert_eq!(only_english.fallback, None);
    // A page whose markup holds the article keeps reading its markup.
    let full = shell.replace(
        "Loading…",
        &format!(
            "<article><p>{}</p><p>{}</p></article>",
            para.repeat(2),
            para
        ),
    );
    let doc = clean(&full);
    assert_eq!(doc.fallback, None);
    assert_eq!(body(&doc).len(), 2);
}

#[test]
fn a_list_under_a_related_stories_label_goes_with_it() {
    let page = "<html><body><article><h1>Ferry timetable changes</h1>\
        <p>The island ferry will run every forty minutes from May, the operator said on Friday, after a winter of complaints about crowded boats.</p>\
        <p>Residents welcomed the change but asked for a later last crossing on weekends, when many work in the town's restaurants.</p>\
        <div class=\"heading\">More Great Harbour Stories</div>\
        <ul><li>Lighthouse keepers return, <a href=\"/a\">for one summer only</a></li>\
        <li>Why the old pier is sinking. <a href=\"/b\">Engineers explain</a></li>\
        <li>Seals are back in the bay, <a href=\"/c\">and so are the tourists</a></li></ul>\
        </article></body></html>";
    let doc = clean(page);
    assert_eq!(doc.blocks.len(), 2, "{:?}", body(&doc));
    let related = doc
        .removed
        .iter()
        .filter(|r| r.reason == Reason::Related)
        .count();
    assert_eq!(related, 4);
}

#[test]
fn teasers_under_a_related_stories_label_go_with_it() {
    let teaser = |slug: &str, title: &str, summary: &str| {
        format!(
            "<div class=\"tile\"><div class=\"t\"><a href=\"/{slug}\">{title}</a></div><div class=\"s\">{summary}</div></div>"
        )
    };
    let page = format!(
        "<html><body><article><h1>Ferry timetable changes</h1>\
        <p>The island ferry will run every forty minutes from May, the operator said on Friday, after a winter of complaints about crowded boats.</p>\
        <p>Read also:</p><p><a href=\"/x\">Bridge repairs start in June</a></p>\
        <p>The operator will add two boats in July.</p>\
        <p>Residents welcomed the change but asked for a later last crossing on weekends, when many work in the town's restaurants.</p>\
        <h2>Most read</h2>{}{}{}</article></body></html>",
        teaser(
            "a",
            "Lighthouse keepers return",
            "The keepers come back for one summer only."
        ),
        teaser(
            "b",
            "The old pier is sinking",
            "Engineers explain why, and what it costs to stop."
        ),
        teaser(
            "c",
            "Seals are back in the bay",
            "And so are the tourists who come to watch them."
        ),
    );
    let doc = clean(&page);
    // One linked headline and a paragraph under `Read also:` are the
    // article going on.
    assert_eq!(doc.blocks.len(), 3, "{:?}", body(&doc));
    assert_eq!(
        doc.blocks[1].text,
        "The operator will add two boats in July."
    );
    assert!(
        doc.removed
            .iter()
            .filter(|r| r.text.contains("summer only") || r.text.contains("tourists"))
            .all(|r| r.reason == Reason::Related),
        "{:#?}",
        doc.removed
    );
}

#[test]
fn slides_shown_in_turn_are_body_but_other_hidden_text_is_not() {
    let slide = |n: u32, style: &str, text: &str| {
        format!(
            "<div class=\"gallery-slide{style}\"><h2>{n}. {text}</h2><p>{text} is one of the gadgets our editors tried this month, and it earned its place on the list for being useful every single day.</p></div>"
        )
    };
    let page = format!(
        "<html><body><article><h1>Ten gadgets for the kitchen</h1>{}{}{}\
         <div class=\"modal\" style=\"display:none\">Sign in to save this list</div>\
         <div class=\"photo-slide\">https://img.example/kettle-1.jpg 720 1280 Jane Roe</div>\
         <div class=\"photo-slide\" style=\"display:none\">https://img.example/kettle-2.jpg 720 1280 Jane Roe</div></article></body></html>",
        slide(1, "", "A folding kettle"),
        slide(
            2,
            " hidden\" style=\"display: none;",
            "A magnetic knife rack"
        ),
        slide(3, " hidden\" style=\"display: none;", "A digital scale"),
    );
    let doc = clean(&page);
    let text = body(&doc).join("\n");
    for item in [
        "A folding kettle",
        "A magnetic knife rack",
        "A digital scale",
    ] {
        assert!(text.contains(item), "{item} missing from {text}");
    }
    assert!(!text.contains("Sign in"));
    // A slide of pictures and their file names is not read in turn.
    assert!(!text.contains("kettle-2.jpg"));
    assert!(
        doc.removed
            .iter()
            .any(|r| r.reason == Reason::Hidden && r.text.contains("Sign in"))
    );
}

#[test]
fn guidelines_for_authors_are_a_document_not_a_byline() {
    let page = "<html><body><div id=\"main\"><h1>Submissions</h1>\
        <p>The journal publishes research articles, reviews and essays on digital humanities, and welcomes submissions in English and German throughout the year.</p>\
        <p>Every submission is reviewed by two scholars of the field, and authors hear back from the editors within eight weeks of sending their manuscript.</p>\
        <div class=\"author_guidelines\"><h2>Guidelines for authors</h2>\
        <p>Manuscripts are submitted as editable files, set in a single font, with wide margins and numbered pages.</p>\
        <ul><li>Quotations longer than four lines are indented</li><li>Titles of cited works are set in italics</li></ul>\
        </div></div></body></html>";
    let doc = clean(page);
    let text = body(&doc).join("\n");
    for line in [
        "Manuscripts are submitted as editable files",
        "Quotations longer than four lines are indented",
        "Titles of cited works are set in italics",
    ] {
        assert!(text.contains(line), "{line} missing from {text}");
    }
}

#[test]
fn a_standfirst_under_a_headline_worded_apart_from_the_title_is_kept() {
    let standfirst = "Heat pumps can warm old houses too, if the radiators are large enough and \
        the walls hold the heat: what owners should check before they replace an oil boiler, \
        and what the work costs.";
    let menu: String = [
        "Boilers",
        "Solar panels",
        "Heat pumps",
        "Insulation",
        "Windows",
        "Grants",
        "Costs",
        "Installers near you",
        "Guides",
        "Newsletter",
    ]
    .iter()
    .map(|m| format!("<li><a href=\"/{m}\">{m}</a></li>"))
    .collect();
    let page = format!(
        "<html><head><title>Heat pumps in old houses: when they pay | Heating Guide</title>\
        <meta property=\"og:title\" content=\"Heat pumps in old houses: when they pay\"></head><body>\
        <div class=\"hero\"><h1>Does a heat pump suit an old house?</h1>\
        <p class=\"author\">by Alex Rose</p><p>{standfirst}</p></div>\
        <ul class=\"menu\">{menu}</ul>\
        <div class=\"page\"><div class=\"content\"><article>\
        <p>A heat pump moves warmth from the air or the ground into the house, and it works best when the water in the radiators need not be very hot, which is why insulation matters so much.</p>\
        <p>In many old houses, a few larger radiators and new windows are enough, and the pump then runs as cheaply as in a new building, engineers say, while the boiler room becomes free.</p>\
        <p>Grants cover up to a third of the cost, and an energy adviser can tell owners which works come first, which of them pay back soonest, and how long the whole change will take.</p>\
        </article></div></div></body></html>"
    );
    let doc = clean(&page);
    assert_eq!(body(&doc).first(), Some(&standfirst), "{:#?}", doc.removed);
    // The menu and the byline stay out.
    assert!(
        !body(&doc)
            .iter()
            .any(|t| t.contains("Boilers") || t.contains("Alex Rose"))
    );
}

#[test]
fn a_layout_table_cell_is_read_apart_from_the_menu_beside_it() {
    let page = "<html><head><title>The river festival returns</title></head><body>\
        <table width=\"100%\"><tr><td width=\"150\" valign=\"top\"><a href=\"/\">Home</a><br><a href=\"/news\">News</a><br><a href=\"/about\">About us</a><br><a href=\"/contact\">Contact</a></td>\
        <td valign=\"top\"><font size=\"2\">After a two-year break the river festival returns to the old town this weekend, with boat races, music on three stages and a night market along the quay.<br><br>\
        Organisers expect about forty thousand visitors on Saturday alone, and the council has closed the bridge to cars from noon until midnight so that people can walk between the stages.<br><br>\
        The boat races start at ten in the morning, and twelve crews from the region will compete.</font></td></tr></table>\
        </body></html>";
    let doc = clean(page);
    let text = body(&doc);
    assert!(text[0].starts_with("After a two-year break"), "{text:?}");
    assert!(!text.iter().any(|t| t.contains("About us")), "{text:?}");
    assert_eq!(doc.blocks[0].kind, pageclean::BlockKind::Paragraph);
}

#[test]
fn a_page_builders_text_widgets_are_body_and_its_post_lists_are_not() {
    let widget = |kind: &str, inner: &str| {
        format!(
            "<div class=\"elementor-element elementor-widget elementor-widget-{kind}\"><div class=\"elementor-widget-container\">{inner}</div></div>"
        )
    };
    let page = format!(
        "<html><head><title>Ear cuffs for summer</title></head><body class=\"elementor-page\"><div class=\"elementor\">\
         <section class=\"elementor-section\"><div class=\"elementor-column\">{}{}{}</div></section>\
         <section class=\"elementor-section\"><div class=\"elementor-column\">{}</div></section></div></body></html>",
        widget("heading", "<h1>Ear cuffs for summer</h1>"),
        widget(
            "text-editor",
            "<p>Summer is here: short dresses come out again and hair is worn up more often, which makes it the perfect time for earrings that catch the light.</p>"
        ),
        widget(
            "text-editor",
            "<p>Whoever has no pierced ears need not go without: an ear cuff clips on, and the small silver ones go with nearly everything in the wardrobe.</p>"
        ),
        widget(
            "posts",
            "<article><h3><a href=\"/a\">Final summer sale</a></h3></article><article><h3><a href=\"/b\">Maxi dresses are back</a></h3></article><article><h3><a href=\"/c\">Fashion week in Berlin</a></h3></article>"
        ),
    );
    let doc = clean(&page);
    let text = body(&doc);
    assert_eq!(text.len(), 2, "{text:?}\n{:#?}", doc.removed);
    assert!(text[0].starts_with("Summer is here"));
    assert!(!text.iter().any(|t| t.contains("summer sale")));
}

#[test]
fn a_shell_page_takes_the_steps_its_how_to_declares() {
    let steps: Vec<String> = (1..=6)
        .map(|i| {
            format!(
                "{{\"@type\":\"HowToStep\",\"name\":\"Step {i}\",\"text\":\"<p>Step {i} of the repair: loosen the screws on the hinge, lift the door a little and tighten them again until it closes without rubbing.</p>\"}}"
            )
        })
        .collect();
    let page = format!(
        "<html><head><title>Fixing a door that rubs</title>\
         <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"HowTo\",\"name\":\"Fixing a door that rubs\",\"step\":[{}]}}</script>\
         </head><body><div id=\"app\"></div><noscript>Please enable JavaScript.</noscript></body></html>",
        steps.join(",")
    );
    let doc = clean(&page);
    assert_eq!(doc.fallback, Some(pageclean::Fallback::DeclaredBody));
    let text = body(&doc);
    assert_eq!(text.len(), 6, "{text:?}");
    assert!(text[0].starts_with("Step 1 of the repair: loosen the screws"));
    assert!(text.iter().all(|t| !t.contains("<p>")));
}

#[test]
fn steps_set_beside_the_best_scoring_part_of_an_article_stay_with_it() {
    // The first part scores best; the page's wrapper scores within a few
    // percent of it (reader comments weigh it down), so the wrapper is the
    // container and the steps between the parts are body.
    let prose = "<p>The seeds need warmth, moisture and patience, and most of them will sprout within two weeks, although a few may take a month or more.</p>";
    let comment = "<p>Thanks for this, I tried it last spring and two of my five seeds sprouted after three weeks on the windowsill.</p>";
    let page = format!(
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/garden\">Garden</a></nav>\
         <div class=\"wrap\"><h1>Growing a lemon tree from a seed</h1>\
         <div class=\"part\">{}</div>\
         <div class=\"part\"><h3>1. Gather the seeds</h3><ul><li>Cut the lemon and take its plumpest seeds.</li></ul>\
         <h3>2. Wrap them in a damp towel</h3><ul><li>Seal the towel in a bag and date it.</li></ul>\
         <p>Check the bag every few days, and spray the towel when it dries.</p></div>\
         <div class=\"part\">{}</div><div class=\"comments\"><h4>4 comments</h4>{}</div></div>\
         <footer><a href=\"/about\">About</a></footer></body></html>",
        prose.repeat(6),
        prose.repeat(4),
        comment.repeat(4),
    );
    let doc = clean(&page);
    let text = body(&doc);
    for step in [
        "1. Gather the seeds",
        "Cut the lemon and take its plumpest seeds.",
        "2. Wrap them in a damp towel",
        "Seal the towel in a bag and date it.",
        "Check the bag every few days, and spray the towel when it dries.",
    ] {
        assert!(text.contains(&step), "{step} missing from {text:?}");
    }
    assert!(!text.iter().any(|t| t.starts_with("Thanks for this")));
}

#[test]
fn sentences_in_elements_named_as_promotions_are_not_body() {
    let para = "<p>The council approved the new cycle lanes on Tuesday, after two years of consultation with residents, shop owners and the bus company.</p>";
    let page = format!(
        "<html><body><article><h1>Cycle lanes approved</h1>{para}\
         <div class=\"sponsored-story\">A bank that cares about your street: read how our loans helped twelve cafés open this year.</div>\
         {para}\
         <div class=\"promo-box\">Our new podcast explains how the city plans its streets, and every episode is free to hear.</div>\
         {para}</article></body></html>"
    );
    let doc = clean(&page);
    let reason_of = |needle: &str| {
        doc.removed
            .iter()
            .find(|r| r.text.starts_with(needle))
            .map(|r| r.reason)
    };
    assert_eq!(reason_of("A bank that cares"), Some(Reason::Advertisement));
    assert_eq!(reason_of("Our new podcast"), Some(Reason::Advertisement));
    assert_eq!(doc.blocks.len(), 3);
}

#[test]
fn a_drop_cap_set_apart_joins_the_paragraph_it_opens() {
    let page = "<html><body><article><h1>Ferry timetable changes</h1>\
        <div class=\"para\"><span class=\"dropcap\">T</span><p>he ferry company will add two evening sailings from April, after a winter in which islanders relied on a passenger launch.</p></div>\
        <p>The council said the new timetable would be published next week, with fares unchanged until the end of the year.</p>\
        </article></body></html>";
    let doc = clean(page);
    let text = body(&doc);
    assert!(
        text[0].starts_with("The ferry company will add two evening sailings"),
        "{text:?}"
    );
    assert_eq!(text.len(), 2);
    // A paragraph of one letter is a word of its own (Polish `W`, `in`).
    let one = "<html><body><article><h1>Nowy rozkład promów</h1>\
        <p>W</p><p>sobotę rano pierwszy prom wypłynął nowym kursem, a mieszkańcy wyspy czekali na przystani od świtu.</p>\
        <p>Przewoźnik zapowiada dwa dodatkowe wieczorne rejsy od kwietnia i bez zmian w cenach biletów do końca roku.</p>\
        </article></body></html>";
    let text = body(&clean(one)).join("\n");
    assert!(!text.contains("Wsobotę"), "{text}");
}

#[test]
fn a_box_about_the_author_is_not_body() {
    let para = "<p>The council approved the new cycle lanes on Tuesday, after two years of consultation with residents, shop owners and the bus company.</p>";
    let page = format!(
        "<html><body><article><h1>Cycle lanes approved</h1>{para}{para}\
         <div class=\"vcard author about_tab\"><p>Anna Berg has covered the city council for the paper since 2015, and before that reported on transport for a radio station.</p></div>\
         </article></body></html>"
    );
    let doc = clean(&page);
    let removed = doc
        .removed
        .iter()
        .find(|r| r.text.starts_with("Anna Berg has covered"))
        .map(|r| r.reason);
    assert_eq!(removed, Some(Reason::Byline));
    assert_eq!(doc.blocks.len(), 2);
}
