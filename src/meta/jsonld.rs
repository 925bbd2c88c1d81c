//! schema.org metadata from JSON-LD scripts: every object with an `@type`
//! (top level, arrays, `@graph`, nested values), and the fields of the main
//! one (the first article-like object, else the first page-like one).

use serde_json::Value;

/// Types that declare an article, besides every type whose name ends in
/// `Article` (`NewsArticle`, `ReportageNewsArticle`, `ScholarlyArticle`, …).
const ARTICLE_TYPES: &[&str] = &[
    "BlogPosting",
    "Report",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "Review",
    "Recipe",
    "HowTo",
];

/// What the JSON-LD scripts of a page declare.
#[derive(Debug, Default, Clone)]
pub(crate) struct JsonLd {
    /// Every `@type` seen, in order.
    pub types: Vec<String>,
    pub headline: Option<String>,
    pub name: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub created: Option<String>,
    pub modified: Option<String>,
    pub publisher: Option<String>,
    pub website: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub keywords: Vec<String>,
    pub sections: Vec<String>,
    pub language: Option<String>,
    pub url: Option<String>,
}

/// True when a `@type` names an article.
pub(crate) fn is_article_type(t: &str) -> bool {
    t.ends_with("Article") || ARTICLE_TYPES.contains(&t)
}

fn types_of(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![short_type(s)],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(short_type).collect(),
        _ => Vec::new(),
    }
}

/// `http://schema.org/NewsArticle` -> `NewsArticle`.
fn short_type(s: &str) -> String {
    s.rsplit(['/', ':', '#'])
        .next()
        .unwrap_or(s)
        .trim()
        .to_owned()
}

/// Parses one script's text, tolerating comments, CDATA wrappers and
/// trailing semicolons: the value runs from the first `{` or `[` to the
/// last matching `}` or `]`.
fn parse(script: &str) -> Option<Value> {
    let script = script.trim();
    let script = script.strip_prefix("//").unwrap_or(script).trim_start();
    let script = script
        .strip_prefix("<![CDATA[")
        .or_else(|| script.strip_prefix("<!--"))
        .unwrap_or(script);
    // The wrapper's end goes too: a CDATA section's `]]>` would otherwise
    // close an array.
    let script = script.trim_end();
    let script = script
        .strip_suffix("]]>")
        .or_else(|| script.strip_suffix("-->"))
        .map_or(script, |s| s.trim_end().trim_end_matches("//"));
    let start = script.find(['{', '['])?;
    let close = if script[start..].starts_with('{') {
        '}'
    } else {
        ']'
    };
    let end = script.rfind(close)?;
    let s = script.get(start..=end)?;
    serde_json::from_str(s).ok().or_else(|| {
        // Unescaped control characters in strings are common.
        let cleaned: String = s
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        serde_json::from_str(&cleaned).ok()
    })
}

/// Collects objects with a type, depth-first, without recursion.
fn typed_objects<'a>(root: &'a Value, out: &mut Vec<&'a Value>) {
    let mut stack = vec![(root, 0usize)];
    while let Some((v, depth)) = stack.pop() {
        if depth > 8 {
            continue;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter().rev().map(|x| (x, depth + 1))),
            Value::Object(o) => {
                if o.contains_key("@type") {
                    out.push(v);
                }
                for key in [
                    "@graph",
                    "mainEntity",
                    "mainEntityOfPage",
                    "itemListElement",
                    "hasPart",
                ] {
                    if let Some(x) = o.get(key) {
                        stack.push((x, depth + 1));
                    }
                }
            }
            _ => {}
        }
    }
}

/// Plain text of a string value (entities are left to repair).
fn text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.as_str(),
        Value::Array(a) => return a.iter().find_map(text),
        Value::Object(o) => return o.get("name").or_else(|| o.get("@value")).and_then(text),
        _ => return None,
    };
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

fn names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| names(x, out)),
        Value::Object(o) => {
            if let Some(n) = o.get("name").and_then(text) {
                out.push(n);
            } else if let (Some(g), Some(f)) = (
                o.get("givenName").and_then(text),
                o.get("familyName").and_then(text),
            ) {
                out.push(format!("{g} {f}"));
            }
        }
        Value::String(s) => {
            let s = s.trim();
            if !s.is_empty() && !s.starts_with("http") {
                out.push(s.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
        _ => {}
    }
}

fn list(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => s
            .split(',')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect(),
        Value::Array(a) => a.iter().filter_map(text).collect(),
        _ => Vec::new(),
    }
}

fn image(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => a.iter().find_map(image),
        Value::Object(o) => o.get("url").or_else(|| o.get("contentUrl")).and_then(image),
        _ => None,
    }
}

impl JsonLd {
    /// Reads the given script texts.
    pub(crate) fn from_scripts<'a>(scripts: impl IntoIterator<Item = &'a str>) -> JsonLd {
        let roots: Vec<Value> = scripts.into_iter().filter_map(parse).collect();
        let mut objects = Vec::new();
        for v in &roots {
            typed_objects(v, &mut objects);
        }
        let mut out = JsonLd::default();
        for o in &objects {
            for t in types_of(o) {
                if !out.types.contains(&t) {
                    out.types.push(t);
                }
            }
        }
        let is = |o: &Value, f: &dyn Fn(&str) -> bool| types_of(o).iter().any(|t| f(t));
        let main = objects
            .iter()
            .find(|o| is(o, &is_article_type))
            .or_else(|| {
                objects.iter().find(|o| {
                    is(o, &|t| {
                        t.ends_with("Page")
                            || matches!(t, "Product" | "DiscussionForumPosting" | "Question")
                    })
                })
            });
        if let Some(m) = main {
            out.headline = m.get("headline").and_then(text);
            out.name = m.get("name").and_then(text);
            if let Some(a) = m.get("author").or_else(|| m.get("creator")) {
                names(a, &mut out.authors);
            }
            out.published = m.get("datePublished").and_then(text);
            out.created = m.get("dateCreated").and_then(text);
            out.modified = m.get("dateModified").and_then(text);
            out.publisher = m
                .get("publisher")
                .and_then(|p| p.get("name"))
                .and_then(text);
            out.description = m.get("description").and_then(text);
            out.image = m
                .get("image")
                .or_else(|| m.get("thumbnailUrl"))
                .and_then(image);
            out.keywords = m.get("keywords").map(list).unwrap_or_default();
            out.sections = m.get("articleSection").map(list).unwrap_or_default();
            out.language = m.get("inLanguage").and_then(text);
            out.url = m.get("url").and_then(Value::as_str).map(str::to_owned);
        }
        out.website = objects
            .iter()
            .find(|o| is(o, &|t| t == "WebSite"))
            .and_then(|o| o.get("name"))
            .and_then(text);
        if out.published.is_none() {
            out.published = objects
                .iter()
                .find_map(|o| o.get("datePublished"))
                .and_then(text);
        }
        if out.created.is_none() {
            out.created = objects
                .iter()
                .find_map(|o| o.get("dateCreated"))
                .and_then(text);
        }
        if out.publisher.is_none() {
            out.publisher = objects
                .iter()
                .find(|o| is(o, &|t| t == "Organization" || t == "NewsMediaOrganization"))
                .and_then(|o| o.get("name"))
                .and_then(text);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_graph_and_authors() {
        let ld = JsonLd::from_scripts([r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Harbour Gazette"},
            {"@type":["NewsArticle"],"headline":"Ferry resumes","datePublished":"2022-01-14T09:00:00+01:00",
             "author":[{"@type":"Person","name":"Ana  Ruiz"},{"@type":"Person","name":"Li Wei"}],
             "publisher":{"@type":"Organization","name":"Gazette Media"},"keywords":"ferry, harbour"}]}"#]);
        assert_eq!(ld.headline.as_deref(), Some("Ferry resumes"));
        assert_eq!(ld.authors, ["Ana Ruiz", "Li Wei"]);
        assert_eq!(ld.published.as_deref(), Some("2022-01-14T09:00:00+01:00"));
        assert_eq!(ld.website.as_deref(), Some("Harbour Gazette"));
        assert_eq!(ld.publisher.as_deref(), Some("Gazette Media"));
        assert_eq!(ld.keywords, ["ferry", "harbour"]);
        assert!(ld.types.contains(&"NewsArticle".to_owned()));
    }

    #[test]
    fn every_kind_of_article_is_the_main_object() {
        for t in [
            "ReportageNewsArticle",
            "SatiricalArticle",
            "MedicalScholarlyArticle",
        ] {
            let script = format!(
                r#"<![CDATA[ {{"@type":"{t}","headline":"Rains return","author":{{"@type":"Person","name":"Rosa Lima"}},"publisher":{{"@type":"Organization","name":"Folha do Sul"}}}} ]]>"#
            );
            let ld = JsonLd::from_scripts([script.as_str()]);
            assert_eq!(ld.authors, ["Rosa Lima"], "{t}");
            assert_eq!(ld.headline.as_deref(), Some("Rains return"));
        }
        assert!(!is_article_type("WebPage"));
    }

    #[test]
    fn an_array_in_a_cdata_section() {
        for script in [
            "<![CDATA[ [{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-07-10T14:15:42+00:00\"}] ]]>",
            "//<![CDATA[\n[{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-07-10\"}]\n//]]>",
            "<!-- [{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-07-10\"}] -->",
        ] {
            let ld = JsonLd::from_scripts([script]);
            assert_eq!(
                ld.published.as_deref().map(|d| &d[..10]),
                Some("2020-07-10"),
                "{script}"
            );
        }
    }
}
