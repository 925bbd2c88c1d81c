//! Text features of a block that need no markup.

/// True when `text` ends a sentence (closing quotes and brackets aside).
pub(crate) fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '»', '”', '’', ')', '」', '』'])
        .ends_with(['.', '!', '?', '。', '！', '？', '…', ':', ';', '؟', '।'])
}

/// Share of `chars` that is link text, 0.0 to 1.0.
pub(crate) fn density(part: u32, chars: u32) -> f32 {
    if chars == 0 {
        0.0
    } else {
        (part as f32 / chars as f32).min(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences() {
        assert!(ends_sentence("It rained. "));
        assert!(ends_sentence("«Он ушёл.»"));
        assert!(!ends_sentence("Home"));
    }
}
