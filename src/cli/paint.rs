//! `--color` for the text the commands print: search matches and entity
//! mentions, in the default theme's colours. Byte ranges come from the core,
//! so a styled piece is always a whole slice of the article's text.

use std::io::IsTerminal;

use anstyle::{AnsiColor, Color, Style};

use korpus::entities::EntityKind;

use super::ColorChoice;

pub const MATCH: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::BrightRed))).bold().underline();

/// People, places and organisations as the dark theme colours them.
pub fn entity(kind: EntityKind) -> Style {
    let colour = match kind {
        EntityKind::Person => return Style::new().fg_color(Some(Color::Ansi(AnsiColor::BrightYellow))).bold(),
        EntityKind::Location => AnsiColor::BrightGreen,
        EntityKind::Organization => AnsiColor::BrightMagenta,
    };
    Style::new().fg_color(Some(Color::Ansi(colour)))
}

#[derive(Debug, Clone, Copy)]
pub struct Paint {
    on: bool,
}

impl Paint {
    /// `auto` colours a terminal, unless `NO_COLOR` is set and not empty (no-color.org)
    /// or `TERM=dumb`; `always` colours pipes too.
    pub fn new(choice: ColorChoice) -> Paint {
        let env_allows = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
        let on = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal()
                    && env_allows("NO_COLOR").is_none()
                    && env_allows("TERM").is_none_or(|t| t != "dumb")
            }
        };
        Paint { on }
    }

    pub fn is_on(&self) -> bool {
        self.on
    }

    #[cfg(test)]
    pub fn on() -> Paint {
        Paint { on: true }
    }

    /// `text`, which starts at byte `offset` of an article, with the article's
    /// byte ranges `spans` styled. Ranges outside `text`, off a character
    /// boundary or overlapping an earlier one are left plain.
    pub fn spans(&self, text: &str, offset: usize, spans: impl IntoIterator<Item = (usize, usize, Style)>) -> String {
        if !self.on {
            return text.to_owned();
        }
        let mut spans: Vec<(usize, usize, Style)> = spans
            .into_iter()
            .filter_map(|(s, e, style)| Some((s.checked_sub(offset)?, e.checked_sub(offset)?, style)))
            .filter(|&(s, e, _)| s < e && text.get(s..e).is_some())
            .collect();
        spans.sort_by_key(|&(s, e, _)| (s, e));
        let mut out = String::with_capacity(text.len() + spans.len() * 16);
        let mut at = 0;
        for (start, end, style) in spans {
            if start < at {
                continue;
            }
            out.push_str(&text[at..start]);
            out.push_str(&format!("{style}{}{style:#}", &text[start..end]));
            at = end;
        }
        out.push_str(&text[at..]);
        out
    }

    /// The whole of `text` in one style.
    pub fn all(&self, text: &str, style: Style) -> String {
        self.spans(text, 0, [(0, text.len(), style)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styled_ranges_keep_the_text_and_skip_what_does_not_fit() {
        let text = "Лавров met Kim";
        let painted = Paint::on().spans(text, 100, [(100, 112, MATCH), (111, 113, MATCH), (200, 210, MATCH)]);
        // the first range styled, the overlapping one and the one outside the text left alone
        assert_eq!(painted, format!("{MATCH}Лавров{MATCH:#} met Kim"));
        let plain = Paint { on: false }.spans(text, 0, [(0, 12, MATCH)]);
        assert_eq!(plain, text);
        // a range that would cut a Cyrillic letter in two is not styled
        assert_eq!(Paint::on().spans(text, 0, [(0, 1, MATCH)]), text);
    }
}
