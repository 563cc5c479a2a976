//! Related articles: language, title, a score bar and the shared entities
//! that explain the match, two rows per article.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use korpus::lang::profile::Profile;
use korpus::related::Related;

use super::list::first_visible;
use super::{fit, pane_block};
use crate::tui::app::{App, Pane};
use crate::tui::theme::Slot;
use crate::tui::wrap::display_width;

const BAR_WIDTH: usize = 8;
/// Below this many columns a row has no bar (the score stays in figures).
const WIDE_ENOUGH_FOR_BAR: usize = 30;

pub fn score_bar(score: f64) -> String {
    let filled = (score.clamp(0.0, 1.0) * BAR_WIDTH as f64).round() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR_WIDTH - filled))
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let focused = app.focus == Pane::Related;
    let mut title = String::new();
    if app.related.other_languages {
        title.push_str("other languages");
    }
    if app.related.busy {
        title.push_str(if title.is_empty() { "ranking…" } else { " · ranking…" });
    }
    let mut block =
        pane_block(app, Pane::Related, (!title.is_empty()).then(|| Span::styled(title, theme.style(Slot::Dim))));
    if focused {
        // what the bar and `×4/1` mean, while the reader is looking at them
        let legend = " bar: similarity · name ×mentions here/there ";
        block = block
            .title_bottom(Span::styled(fit(legend, area.width.saturating_sub(2) as usize), theme.style(Slot::Dim)));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let per_page = (inner.height / 2).max(1) as usize;
    let top = first_visible(app.related.selected, per_page);
    let mut lines: Vec<Line> = Vec::new();
    for (i, r) in app.related.items.iter().enumerate().skip(top).take(per_page) {
        let Some(other) = app.article(r.article) else { continue };
        let score = format!(" {:.2}", r.score);
        let title_width = width.saturating_sub(4);
        let mut head = vec![Span::styled(format!("{:<3} ", other.language.code()), theme.style(Slot::LangTag))];
        head.extend(super::visual(app, vec![Span::raw(fit(&other.title, title_width))], None));
        head.push(Span::raw(" "));
        let head = Line::from(head);
        // a narrow pane gives the bar's room to the names: they are the reasons
        let mut reasons = Vec::new();
        if width >= WIDE_ENOUGH_FOR_BAR {
            reasons.push(Span::styled(score_bar(r.score), theme.style(Slot::ScoreBar)));
        }
        reasons.push(Span::styled(score, theme.style(Slot::Dim)));
        reasons.push(Span::raw("  "));
        let mut used: usize = reasons.iter().map(|s| display_width(&s.content)).sum();
        for s in r.shared.iter().take(6) {
            let Some(e) = app.entity(s.entity) else { continue };
            let piece = format!("{} ×{}/{} ", e.name, s.here, s.there);
            let piece_width = display_width(&piece);
            if used + piece_width > width {
                // the first name that does not fit is cut at a cell boundary, with `…`
                let room = width.saturating_sub(used);
                if room >= 4 {
                    let cut = fit(piece.trim_end(), room);
                    reasons.extend(super::visual(app, vec![Span::styled(cut, theme.entity(e.kind))], None));
                }
                used = width;
                break;
            }
            used += piece_width;
            reasons.extend(super::visual(app, vec![Span::styled(piece, theme.entity(e.kind))], None));
        }
        // the strongest shared words fill what room the entities leave
        let terms = telling_terms(app, r);
        if !terms.is_empty() && used + 8 < width {
            let terms = Span::styled(fit(&terms.join(", "), width.saturating_sub(used)), theme.style(Slot::Dim));
            reasons.extend(super::visual(app, vec![terms], None));
        }
        let (head, reasons) = (head, Line::from(reasons));
        if i == app.related.selected {
            lines.push(super::selected_row(head, theme.selected(focused)));
        } else {
            lines.push(head);
        }
        lines.push(reasons);
    }
    if lines.is_empty() {
        let message = if app.load.failed.is_some() {
            "no corpus: it could not be opened"
        } else if !app.load.analysis_ready {
            "analysing…"
        } else if app.related.busy {
            "ranking…"
        } else {
            "no related articles (nothing shared)"
        };
        lines.push(Line::styled(message, theme.style(Slot::Dim)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The shared terms worth showing, as the related article writes them:
/// stop words of either language say nothing about a story and are left out.
fn telling_terms(app: &App, r: &Related) -> Vec<String> {
    let (here, there) = (profile_of(app, app.selected), profile_of(app, r.article));
    r.shared_terms
        .iter()
        .filter(|t| !(is_stop(here, &t.here) || is_stop(there, &t.there)))
        .map(|t| t.there.clone())
        .collect()
}

/// The language profile of an article, for its stop words.
fn profile_of(app: &App, article: usize) -> Option<&'static Profile> {
    app.article(article).map(|a| a.language.profile(a.script))
}

fn is_stop(profile: Option<&Profile>, surface: &str) -> bool {
    profile.is_some_and(|p| surface.split_whitespace().all(|w| p.is_stop_word(w)))
}

/// True when a related article shares nothing that tells of a story: no
/// entity, and only numbers and stop words (`300, стал`). Such rows are
/// dropped from the pane: its score is chance.
pub fn explains_nothing(here: Option<&Profile>, there: Option<&Profile>, r: &Related) -> bool {
    let number = |s: &str| !s.chars().any(char::is_alphabetic);
    r.shared.is_empty()
        && r.shared_terms
            .iter()
            .all(|t| number(&t.here) || number(&t.there) || is_stop(here, &t.here) || is_stop(there, &t.there))
}
