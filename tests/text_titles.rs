//! Text pages (extracted text, WET records): which line is the headline.

use pageclean::{Document, Reason};

fn clean(text: &str) -> Document {
    pageclean::clean(text.as_bytes()).unwrap()
}

const BODY: &str = "The council voted on Tuesday to extend the library into the empty school next door, and work is due to start in spring.\n\
    The cost is put at 1.2 million euros, half of it paid by the region, and the library stays open during the works.";

const HEADLINE: &str = "Library to grow into the old school";

/// The page of `lines` followed by the body has [`HEADLINE`] for its title.
fn assert_headline(lines: &str) -> Document {
    let doc = clean(&format!("{lines}\n{BODY}"));
    assert_eq!(doc.title.as_deref(), Some(HEADLINE), "{lines}");
    doc
}

#[test]
fn a_blog_name_over_a_dated_post_is_the_site_not_the_headline() {
    let doc = assert_headline(
        "Millbrook Notes\nTuesday, March 3, 2009\nLibrary to grow into the old school",
    );
    let site = doc.removed.iter().find(|r| r.text == "Millbrook Notes");
    assert_eq!(site.map(|r| r.reason), Some(Reason::SiteHeader));
}

#[test]
fn a_section_heading_under_the_headline_stays_a_heading() {
    let doc = assert_headline("Library to grow into the old school\nWhat the council decided");
    assert_eq!(doc.blocks[0].text, "What the council decided");
}

#[test]
fn a_publication_name_over_sign_in_links_is_the_site_not_the_headline() {
    let doc = clean(&format!(
        "The Island Letter\nSubscribe\nSign in\nWhy the ferry costs more this year\nFuel, crews and a new pier\n{BODY}"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("Why the ferry costs more this year")
    );
}

#[test]
fn a_paragraph_printed_twice_at_the_top_is_body_not_a_headline() {
    let para = "Under sufficiently extreme conditions the council may close the old bridge for a week or more, and the ferry will then run every half hour between the two quays, from early morning until late at night.";
    let doc = clean(&format!("{para}\n{para}\n{BODY}"));
    assert_ne!(doc.title.as_deref(), Some(para));
    assert!(
        doc.blocks.iter().any(|b| b.text == para),
        "{:?}",
        doc.removed
    );
    assert!(
        !doc.removed
            .iter()
            .any(|r| r.reason == Reason::DuplicateTitle && r.text == para)
    );
}

#[test]
fn a_menu_of_many_items_over_the_headline_is_the_site() {
    let doc = assert_headline(
        "Skip to content\nWorld news\nLocal news\nSport results\nCulture and arts\nOpinion pieces\n\
         Jobs and homes\nLibrary to grow into the old school\nMarch 3, 2009",
    );
    for item in ["Skip to content", "Sport results", "Jobs and homes"] {
        assert!(doc.removed.iter().any(|r| r.text == item), "{item}");
    }
}

#[test]
fn a_date_and_source_line_under_the_headline_is_not_the_headline() {
    assert_headline(
        "Home > News\nLibrary to grow into the old school\n2009-03-03 10:26 Source: Millbrook Notes",
    );
}

#[test]
fn a_date_line_over_the_body_is_not_the_headline() {
    assert_headline(
        "News\nCulture\nLibrary to grow into the old school\nBy Ana Ruiz\n\
         First published on Thu 3 Jan 2019 02.00 EST and last modified on Fri 4 Jan 2019 11.30 EST by the night desk",
    );
}

#[test]
fn an_item_of_a_list_over_the_body_is_not_the_headline() {
    let doc = clean(&format!(
        "Release Notes\nPowered by a blog host\nVersion 1.8 brings new stone blocks\n\
         + Added granite and diorite stone blocks\n+ Added iron trapdoors for every cellar\n\
         + Added three new statistics to the menu\n{BODY}"
    ));
    assert_eq!(
        doc.title.as_deref(),
        Some("Version 1.8 brings new stone blocks")
    );
}

#[test]
fn the_headline_over_its_byline_wins_over_a_table_of_contents() {
    assert_headline(
        "Home\nBlog\nLibrary to grow into the old school\nBy Ana Ruiz • Mar 3, 2009\n\
         Introduction\nThe plan in detail\nWhat the council decided\nWho pays for the works",
    );
}

#[test]
fn a_headline_on_the_first_line_over_its_byline() {
    let doc = assert_headline("Library to grow into the old school\nBy Ana Ruiz | 3 March 2009");
    assert_eq!(doc.blocks.len(), 2);
}
