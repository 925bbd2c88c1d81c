//! Shape features read from markup: dated posts, shop controls, code blocks.
//! The block features of [`super::Shape`] come from the extractor.

use memchr::memmem::Finder;
use scraper::{ElementRef, Html};

use super::attrs::attr;
use super::dates;
use super::pagetype::Shape;

/// Class or id words that name one post of a thread.
const POST_WORDS: &[&str] = &[
    "post",
    "message",
    "reply",
    "answer",
    "postbody",
    "postbit",
    "postcontainer",
    "forumpost",
];
/// Words that, next to a post word, name a part of an article instead.
const NOT_POST_WORDS: &[&str] = &[
    "content",
    "entry",
    "title",
    "meta",
    "date",
    "author",
    "nav",
    "navigation",
    "list",
    "related",
    "footer",
    "header",
    "thumbnail",
    "tags",
    "categories",
    "excerpt",
    "summary",
    "teaser",
    "card",
    "preview",
    "form",
    "button",
    "count",
    "info",
    "image",
    "img",
    "link",
    "links",
    "prev",
    "next",
];

/// Posts counted at most (a thread of this many is a thread).
const MAX_POSTS: usize = 50;

/// Add-to-cart phrases, lower case.
const CART: &[&str] = &[
    "add to cart",
    "add to basket",
    "add to bag",
    "buy now",
    "in den warenkorb",
    "ajouter au panier",
    "añadir al carrito",
    "agregar al carrito",
    "añadir a la cesta",
    "aggiungi al carrello",
    "adicionar ao carrinho",
    "в корзину",
    "do koszyka",
    "sepete ekle",
    "カートに入れる",
    "カートに追加",
    "加入购物车",
    "加入購物車",
    "in winkelwagen",
    "lägg i varukorgen",
    "do košíku",
    "장바구니",
];

/// `label` contains an add-to-cart phrase. An ASCII label can hold only
/// the ASCII phrases, and each of those has a space.
fn names_cart(label: &str) -> bool {
    /// Searchers for the ASCII phrases, then for the others.
    static FINDERS: once_cell::sync::Lazy<(Vec<Finder<'static>>, Vec<Finder<'static>>)> =
        once_cell::sync::Lazy::new(|| {
            let pick = |ascii: bool| {
                CART.iter()
                    .filter(|c| c.is_ascii() == ascii)
                    .map(|c| Finder::new(c.as_bytes()))
                    .collect()
            };
            (pick(true), pick(false))
        });
    let (ascii, other) = &*FINDERS;
    let found = |fs: &[Finder<'_>]| fs.iter().any(|f| f.find(label.as_bytes()).is_some());
    if label.is_ascii() {
        memchr::memchr(b' ', label.as_bytes()).is_some() && found(ascii)
    } else {
        found(ascii) || found(other)
    }
}

/// [`words`] of an ASCII token, each given to `f` as it is written (not
/// lowercased).
fn ascii_words(token: &str, mut f: impl FnMut(&str)) {
    let b = token.as_bytes();
    let mut start = 0;
    let mut prev_lower = false;
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if start < i {
                f(&token[start..i]);
            }
            start = i + 1;
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && start < i {
            f(&token[start..i]);
            start = i;
        }
        prev_lower = c.is_ascii_lowercase();
    }
    if start < b.len() {
        f(&token[start..]);
    }
}

fn words(token: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in token.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Bytes (either ASCII case) that start one of the lowercase ASCII `needles`.
pub(super) const fn first_bytes(needles: &[&str]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < needles.len() {
        let b = needles[i].as_bytes()[0];
        t[b as usize] = true;
        t[b.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    t
}

/// Every post word contains one of these.
const POST_STEMS: &[&str] = &["post", "message", "reply", "answer"];
const POST_FIRST: [bool; 256] = first_bytes(POST_STEMS);
/// Words for a price, ASCII ones.
const PRICE_ASCII: &[&str] = &[
    "price", "preis", "prix", "precio", "prezzo", "preco", "cena", "fiyat",
];
const PRICE_FIRST: [bool; 256] = first_bytes(PRICE_ASCII);
/// [`STEM_FIRST`]: the byte starts a post stem.
const POST: u8 = 1;
/// [`STEM_FIRST`]: the byte starts a price word.
const PRICE: u8 = 2;
/// Per byte, [`POST`] and [`PRICE`] where it starts a needle of that list.
const STEM_FIRST: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = POST * POST_FIRST[b] as u8 + PRICE * PRICE_FIRST[b] as u8;
        b += 1;
    }
    t
};

/// `hay` contains one of the lowercase ASCII `needles` in any ASCII case;
/// `first` marks the bytes that start one: one pass over `hay`, needles
/// compared only where one may start.
pub(super) fn contains_any_ci(hay: &str, needles: &[&str], first: &[bool; 256]) -> bool {
    let b = hay.as_bytes();
    (0..b.len()).any(|i| {
        first[usize::from(b[i])]
            && needles.iter().any(|n| {
                let n = n.as_bytes();
                b.len() - i >= n.len() && b[i..i + n.len()].eq_ignore_ascii_case(n)
            })
    })
}

/// What the words of one class or id value say of a post: whether one is
/// a post word, and whether one names a part of an article instead.
/// `class`: a class value, read as its tokens, split at ASCII spaces (an id
/// is one token).
#[derive(Clone, Copy)]
struct PostWords {
    post: bool,
    not_post: bool,
}

impl PostWords {
    fn of(value: &str, class: bool) -> PostWords {
        let mut p = PostWords {
            post: false,
            not_post: false,
        };
        let mut read = |t: &str| {
            if t.is_ascii() {
                // The lists are lowercase ASCII: words compared in place.
                let listed =
                    |list: &[&str], w: &str| list.iter().any(|x| w.eq_ignore_ascii_case(x));
                ascii_words(t, |w| {
                    p.not_post |= listed(NOT_POST_WORDS, w);
                    p.post |= listed(POST_WORDS, w);
                });
                return;
            }
            let ws = words(t);
            p.not_post |= ws.iter().any(|w| NOT_POST_WORDS.contains(&w.as_str()));
            p.post |= ws.iter().any(|w| POST_WORDS.contains(&w.as_str()));
        };
        if class {
            value.split_ascii_whitespace().for_each(&mut read);
        } else {
            read(value);
        }
        p
    }
}

/// Whether an element whose tokens hold a post stem ([`TokenFacts`]) names
/// a post: a post word among its class and id words, and no word that
/// names a part of an article. `class` is its class value's [`PostWords`].
fn is_post(class: Option<PostWords>, id: Option<&str>) -> bool {
    let id = id.map(|id| PostWords::of(id, false));
    let words = [class, id];
    let any = |f: fn(&PostWords) -> bool| words.iter().flatten().any(f);
    !any(|w| w.not_post) && any(|w| w.post)
}

/// What the class and id tokens of an element say to [`is_post`] and
/// the price test (the attribute values, unsplit).
#[derive(Clone, Copy, Default)]
struct TokenFacts {
    /// A token holds a post stem: [`is_post`] may say yes.
    post_stem: bool,
    /// A token names a price.
    price: bool,
}

/// The first class and id values of `el` (in any namespace), and its
/// `itemprop`, as [`attr`] reads it: one pass over the attributes.
fn class_id_itemprop(el: &scraper::node::Element) -> (Option<&str>, Option<&str>, Option<&str>) {
    let (mut class, mut id, mut itemprop) = (None, None, None);
    for (q, v) in &el.attrs {
        let local: &str = &q.local;
        match local {
            "class" => {
                class.get_or_insert(&**v);
            }
            "id" => {
                id.get_or_insert(&**v);
            }
            "itemprop" if q.ns.is_empty() => {
                itemprop.get_or_insert(&**v);
            }
            _ => {}
        }
    }
    (class, id, itemprop)
}

/// [`TokenFacts`] of one class or id value; `class`: a class value, read
/// as its tokens, split at ASCII spaces (an id is one token). An element's
/// facts are those of its class and of its id together. ASCII values are
/// searched whole, lowercased, in `buf`: no word searched for holds a
/// space, so a word in the whole is a word in one token.
fn value_facts(value: &str, class: bool, buf: &mut Vec<u8>) -> TokenFacts {
    if value.is_ascii() {
        buf.clear();
        buf.extend_from_slice(value.as_bytes());
        buf.make_ascii_lowercase();
        // One pass for both lists: the needles are compared only where
        // their first two bytes are.
        let at = |i: usize, needles: &[&str]| {
            let rest = &buf[i..];
            needles.iter().any(|n| {
                let n = n.as_bytes();
                rest.len() >= n.len() && rest[1] == n[1] && rest.starts_with(n)
            })
        };
        let (mut post_stem, mut price) = (false, false);
        for (i, &b) in buf.iter().enumerate() {
            let first = STEM_FIRST[usize::from(b)];
            if first == 0 {
                continue;
            }
            post_stem = post_stem || first & POST != 0 && at(i, POST_STEMS);
            price = price || first & PRICE != 0 && at(i, PRICE_ASCII);
            if post_stem && price {
                break;
            }
        }
        return TokenFacts { post_stem, price };
    }
    let any = |f: &dyn Fn(&str) -> bool| {
        if class {
            value.split_ascii_whitespace().any(f)
        } else {
            f(value)
        }
    };
    TokenFacts {
        post_stem: any(&|t| contains_any_ci(t, POST_STEMS, &POST_FIRST)),
        price: any(&price_token),
    }
}

/// A class or id token that names a price.
fn price_token(t: &str) -> bool {
    const KEYS: &[&str] = &[
        "price", "preis", "prix", "precio", "prezzo", "preco", "cena", "fiyat", "цена",
    ];
    if t.is_ascii() {
        contains_any_ci(t, PRICE_ASCII, &PRICE_FIRST)
    } else {
        let t = t.to_lowercase();
        KEYS.iter().any(|k| t.contains(k))
    }
}

/// Longest label text that can be under 60 bytes once lowercased (a
/// character shrinks at most threefold: `K` KELVIN SIGN to `k`).
const MAX_LABEL_SOURCE: usize = 3 * 60;

/// Dated posts, shop controls and code blocks of `doc`.
pub(crate) fn dom_shape(doc: &Html) -> Shape {
    let mut s = Shape::default();
    let mut price = false;
    // Buttons and links whose label may name a cart, read only if the page
    // names a price.
    let mut labelled: Vec<ElementRef<'_>> = Vec::new();
    // Node ids of counted posts, to count only the outermost.
    let mut post_ends: Vec<ego_tree::NodeId> = Vec::new();
    // The facts of each class value seen: pages repeat them (ids, unique,
    // are read each time).
    let mut memo: rustc_hash::FxHashMap<&str, TokenFacts> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(512, Default::default());
    // The post words of each class value read (only elements with a post
    // stem are).
    let mut post_words: rustc_hash::FxHashMap<&str, PostWords> = rustc_hash::FxHashMap::default();
    let mut buf = Vec::new();
    for node in doc.root_element().descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let v = el.value();
        match v.name() {
            "script" | "style" | "head" | "noscript" => continue,
            "pre" => s.code_blocks += 1,
            "button" | "input" | "a" => labelled.push(el),
            _ => {}
        }
        let (class, id, itemprop) = class_id_itemprop(v);
        let mut facts = class.map_or(TokenFacts::default(), |c| {
            *memo
                .entry(c)
                .or_insert_with(|| value_facts(c, true, &mut buf))
        });
        if let Some(id) = id {
            let f = value_facts(id, false, &mut buf);
            facts.post_stem |= f.post_stem;
            facts.price |= f.price;
        }
        if !price && (facts.price || itemprop == Some("price")) {
            price = el.text().any(|t| t.chars().any(|c| c.is_ascii_digit()))
                || attr(v, "content").is_some();
        }
        if s.dated_posts < MAX_POSTS
            && facts.post_stem
            && is_post(
                class.map(|c| {
                    *post_words
                        .entry(c)
                        .or_insert_with(|| PostWords::of(c, true))
                }),
                id,
            )
            && !el.ancestors().any(|a| post_ends.contains(&a.id()))
        {
            let dated = el
                .descendants()
                .any(|d| ElementRef::wrap(d).is_some_and(|e| e.value().name() == "time"))
                || {
                    let head: String = el
                        .text()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .chars()
                        .take(400)
                        .collect();
                    dates::in_text(&head, false).is_some()
                };
            if dated {
                s.dated_posts += 1;
                post_ends.push(el.id());
            }
        }
    }
    let mut label = String::new();
    s.shop = price && labelled.into_iter().any(|el| labels_cart(el, &mut label));
    s
}

/// The label of a button or link (its `value`, else its text) names an
/// add-to-cart action; `label` is scratch space.
fn labels_cart(el: ElementRef<'_>, label: &mut String) -> bool {
    label.clear();
    match attr(el.value(), "value") {
        Some(value) => label.push_str(value),
        None => {
            for t in el.text() {
                label.push_str(t);
                if label.len() >= MAX_LABEL_SOURCE {
                    break;
                }
            }
        }
    }
    if label.len() >= MAX_LABEL_SOURCE {
        return false;
    }
    let lower = if label.is_ascii() {
        label.make_ascii_lowercase();
        std::borrow::Cow::Borrowed(label.as_str())
    } else {
        std::borrow::Cow::Owned(label.to_lowercase())
    };
    lower.len() < 60 && names_cart(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_as_words() {
        for t in [
            "",
            "post",
            "forumPost-body_2",
            "ABCPost",
            "x--y",
            "postBIT9Reply",
            "a1B2c3D",
            "-",
        ] {
            let mut got = Vec::new();
            ascii_words(t, |w| got.push(w.to_ascii_lowercase()));
            assert_eq!(got, words(t), "{t}");
        }
        for list in [POST_WORDS, NOT_POST_WORDS] {
            assert!(list.iter().all(|w| w.is_ascii() && *w == w.to_lowercase()));
        }
    }

    #[test]
    fn ascii_cart_phrases_have_a_space() {
        assert!(
            CART.iter()
                .filter(|c| c.is_ascii())
                .all(|c| c.contains(' '))
        );
        assert!(names_cart("add to cart"));
        assert!(!names_cart("cart"));
    }

    #[test]
    fn counts_posts_and_shops() {
        let doc = Html::parse_document(
            r#"<div class="post"><time>1</time>a</div><div class="post"><span>3 May 2021</span></div>
               <div class="post-content"><time>x</time></div>
               <span class="price">19,90 €</span><button>In den Warenkorb</button>"#,
        );
        let s = dom_shape(&doc);
        assert_eq!(s.dated_posts, 2);
        assert!(s.shop);
    }
}
