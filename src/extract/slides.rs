//! Hidden slides shown in turn: a gallery's slides, a listicle's pages and
//! tabs hide all but one element, and a script shows the others in turn.
//! Their text is the page's as much as the shown one's.

use rustc_hash::FxHashMap;
use scraper::Node as DomNode;

use super::hints;

/// Siblings looked at for one shown in turn with a hidden element.
const TURN_SIBLINGS: usize = 64;

/// A hidden element that a sibling of the same first class is shown beside:
/// a slide of a gallery, a page of a listicle, a tab, shown in turn by a
/// script. Its text is the page's as much as the shown sibling's, and goes
/// where that sibling's goes. Hidden tables and rows are not slides (a
/// forum's posts by ignored users).
///
/// The hidden slides of one parent and class are alike: the answer for the
/// first is kept for the rest (`seen`), so that the shown slides are read
/// once, however many hidden ones sit beside them (reading them again for
/// each cost 0.18 s more on a 3.6 MB page of 1,500 slide pairs).
pub(super) fn shown_in_turn<'a>(
    node: ego_tree::NodeRef<'a, DomNode>,
    name: &str,
    attrs: &hints::Attrs<'a>,
    seen: &mut FxHashMap<(Option<ego_tree::NodeId>, &'a str), bool>,
) -> bool {
    if matches!(name, "table" | "tr" | "td" | "th" | "tbody") {
        return false;
    }
    let Some(class) = attrs.first_class() else {
        return false;
    };
    let key = (node.parent().map(|p| p.id()), class);
    if let Some(&shown) = seen.get(&key) {
        return shown;
    }
    let shown = node
        .prev_siblings()
        .take(TURN_SIBLINGS)
        .chain(node.next_siblings().take(TURN_SIBLINGS))
        .filter(|n| {
            n.value().as_element().is_some_and(|el| {
                let a = hints::Attrs::of(el);
                a.first_class() == Some(class) && !hints::is_hidden(&a)
            })
        })
        .any(holds_a_sentence);
    seen.insert(key, shown);
    shown
}

/// Characters of a shown slide's text read for a sentence.
const SLIDE_TEXT_READ: usize = 2000;

/// Letters a slide's text needs before a sentence end counts.
const SLIDE_LETTERS: usize = 40;

/// The subtree's text holds a sentence: at least [`SLIDE_LETTERS`] letters,
/// then a letter and a full stop (or `!`, `?`) that a space or the end of
/// its text node follows. A slide of text, not of pictures and their file
/// names (`…/img-1.jpg 720 1280`).
fn holds_a_sentence(node: ego_tree::NodeRef<'_, DomNode>) -> bool {
    // 0: anything else; 1: after a letter; 2: after a letter and a mark.
    let (mut state, mut letters, mut read) = (0u8, 0usize, 0usize);
    for d in node.descendants() {
        let DomNode::Text(t) = d.value() else {
            continue;
        };
        for c in t.chars() {
            if state == 2 && c.is_whitespace() && letters >= SLIDE_LETTERS {
                return true;
            }
            state = match c {
                '.' | '!' | '?' if state == 1 => 2,
                c if c.is_alphabetic() => {
                    letters += 1;
                    1
                }
                _ => 0,
            };
            read += 1;
            if read > SLIDE_TEXT_READ {
                return false;
            }
        }
        if state == 2 && letters >= SLIDE_LETTERS {
            return true;
        }
    }
    false
}
