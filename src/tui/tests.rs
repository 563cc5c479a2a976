//! TUI tests without a terminal: action sequences fed to `update` with state
//! asserted, and whole screens drawn into ratatui's TestBackend and
//! snapshotted with insta (colours asserted on cells, since snapshots hold
//! symbols only).

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use korpus::Analysis;
use korpus::corpus::load_seeds;
use korpus::search::SearchSession;
use korpus::store::{MemoryStore, SearchRequest, Store};

use super::action::Action;
use super::app::{App, Overlay, Pane, RELATED_LIMIT, SEARCH_LIMIT};
use super::filter::MarkFilter;
use super::keymap::Keymap;
use super::panes;
use super::theme::{BUILTIN, ColorDepth, Slot, Theme};
use super::update::{Effect, update};

pub(super) fn app_with(depth: ColorDepth) -> App {
    let themes = BUILTIN.iter().map(|(n, _)| Theme::load(n, None, depth).unwrap()).collect();
    let mut app = App::new(store_of(load_seeds()), Keymap::defaults(), themes, 0);
    // as the loop does on start: the first update asks for related articles
    apply(&mut app, [Action::Resize(80, 24)]);
    app
}

pub(super) fn app() -> App {
    app_with(ColorDepth::Ansi16)
}

/// A corpus analysed, behind the storage interface.
pub(super) fn store_of(corpus: korpus::Corpus) -> Arc<dyn Store> {
    let corpus = Arc::new(corpus);
    let analysis = Arc::new(Analysis::build(&corpus));
    Arc::new(MemoryStore::new(corpus, analysis))
}

/// A store over the first seed articles, without analysis.
fn articles_store(articles: usize) -> super::action::Shared<dyn Store> {
    let mut corpus = load_seeds();
    corpus.name = String::new();
    corpus.articles.truncate(articles);
    super::action::Shared(Arc::new(MemoryStore::articles_only(Arc::new(corpus))))
}

/// Apply actions, running search effects synchronously as the worker would.
pub(super) fn apply(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        for effect in update(app, action) {
            match effect {
                Effect::Search { generation, query } => {
                    let mut session = SearchSession::default();
                    let request = SearchRequest::new(&query, SEARCH_LIMIT);
                    let hits = app.store.search(&mut session, &request, &AtomicBool::new(false), &mut |_| {});
                    update(app, Action::search_answer(generation, hits, session.total()));
                }
                // the loop saves marks and exports; here the mirror in App is what is checked
                Effect::Copy(_)
                | Effect::SaveMark { .. }
                | Effect::PrepareExport
                | Effect::Export { .. }
                | Effect::External { .. }
                | Effect::Suspend => {}
                Effect::LayOut { article, width } => {
                    let (text_len, counts) = {
                        let text = app.store.text(article).unwrap();
                        (text.len(), super::wrap::count_rows(&text, width, &AtomicBool::new(false)).unwrap())
                    };
                    update(app, Action::LaidOut { article, width, text_len, counts });
                }
                Effect::Related { article, other_languages_only } => {
                    let results = app.store.related(article, RELATED_LIMIT, other_languages_only).unwrap();
                    update(app, Action::RelatedResults { article, other_languages_only, results });
                }
            }
        }
    }
}

pub(super) fn typed(text: &str) -> Vec<Action> {
    text.chars().map(|c| Action::SearchInput(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))).collect()
}

pub(super) fn screen(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    update(app, Action::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| {
            panes::draw(f, app);
            panes::split_wide_clusters(f.buffer_mut());
        })
        .unwrap();
    terminal
}

#[test]
fn opening_screen_shows_all_four_panes_at_80x24() {
    let mut app = app();
    let terminal = screen(&mut app, 80, 24);
    insta::assert_snapshot!("opening_80x24", terminal.backend());
}

#[test]
fn small_terminal_60x20_still_shows_four_panes() {
    let mut app = app();
    let terminal = screen(&mut app, 60, 20);
    insta::assert_snapshot!("opening_60x20", terminal.backend());
}

#[test]
fn tiny_terminal_shows_only_the_focused_pane() {
    let mut app = app();
    apply(&mut app, [Action::FocusText]);
    let terminal = screen(&mut app, 40, 12);
    insta::assert_snapshot!("tiny_40x12_text", terminal.backend());
}

#[test]
fn search_for_lavrov_lists_hits_in_several_scripts() {
    let mut app = app();
    apply(&mut app, [Action::FocusSearch]);
    apply(&mut app, typed("lavrov"));
    assert!(app.search.hits.len() >= 5);
    let langs: std::collections::BTreeSet<String> =
        app.search.hits.iter().map(|h| app.article(h.article).unwrap().language.code().to_owned()).collect();
    assert!(langs.contains("ru") && langs.contains("en") && langs.contains("tr"), "{langs:?}");
    let terminal = screen(&mut app, 80, 24);
    insta::assert_snapshot!("search_lavrov", terminal.backend());
}

#[test]
fn enter_on_a_hit_opens_its_article_scrolled_and_highlighted() {
    let mut app = app();
    apply(&mut app, [Action::FocusSearch]);
    apply(&mut app, typed("пхеньяном"));
    let hit = app.search.hits.first().cloned().expect("a hit");
    apply(&mut app, [Action::Open]);
    assert_eq!(app.focus, Pane::Text);
    assert_eq!(app.selected, hit.article);
    let highlight = app.text.highlight.clone().expect("highlight");
    assert_eq!(highlight.article, hit.article);
    let text = app.store.text(hit.article).unwrap();
    for &(s, e) in &highlight.ranges {
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e) && s < e);
    }
}

#[test]
fn stale_search_results_are_dropped() {
    let mut app = app();
    apply(&mut app, [Action::FocusSearch]);
    apply(&mut app, typed("lav"));
    let generation = app.search.generation;
    update(&mut app, Action::SearchResults { generation: generation - 1, hits: Vec::new(), total: Some(0) });
    assert!(!app.search.hits.is_empty(), "an older generation must not replace newer hits");
}

#[test]
fn esc_from_search_returns_to_the_pane_it_came_from() {
    let mut app = app();
    apply(&mut app, [Action::FocusRelated, Action::FocusSearch, Action::Back]);
    assert_eq!(app.focus, Pane::Related);
}

#[test]
fn tab_cycles_through_the_four_panes() {
    let mut app = app();
    let mut seen = vec![app.focus];
    for _ in 0..4 {
        apply(&mut app, [Action::FocusNext]);
        seen.push(app.focus);
    }
    assert_eq!(seen, vec![Pane::List, Pane::Text, Pane::Search, Pane::Related, Pane::List]);
    apply(&mut app, [Action::FocusPrev]);
    assert_eq!(app.focus, Pane::Related);
}

#[test]
fn list_moves_drive_the_text_and_related_panes() {
    let mut app = app();
    apply(&mut app, [Action::Down, Action::Down]);
    assert_eq!(app.selected, 2);
    assert!(app.related.items.iter().all(|r| r.article != 2));
    apply(&mut app, [Action::Bottom]);
    assert_eq!(app.selected, 4);
    apply(&mut app, [Action::Top, Action::Up]);
    assert_eq!(app.selected, 0);
}

#[test]
fn text_view_scrolls_and_pages_within_bounds() {
    let mut app = app();
    update(&mut app, Action::Resize(80, 24));
    apply(&mut app, [Action::FocusText, Action::PageDown]);
    assert!(app.text.scroll > 0);
    apply(&mut app, [Action::Bottom]);
    let bottom = app.text.scroll;
    apply(&mut app, [Action::Down]);
    assert_eq!(app.text.scroll, bottom, "cannot scroll past the end");
    apply(&mut app, [Action::Top]);
    assert_eq!(app.text.scroll, 0);
}

#[test]
fn related_enter_opens_the_related_article() {
    let mut app = app();
    apply(&mut app, [Action::FocusRelated]);
    let target = app.related.items.first().expect("related").article;
    apply(&mut app, [Action::Open]);
    assert_eq!(app.selected, target);
    assert_eq!(app.focus, Pane::Text);
}

#[test]
fn help_overlay_lists_bindings_in_force() {
    let mut app = app();
    let mut km = Keymap::defaults();
    km.merge_toml("[global]\nx = \"quit\"\n", "test").unwrap();
    app.keymap = km;
    apply(&mut app, [Action::ToggleHelp]);
    let terminal = screen(&mut app, 80, 60);
    let dump = format!("{}", terminal.backend());
    assert!(dump.contains("Help"));
    assert!(dump.contains("x q") || dump.contains("q x") || dump.contains("ctrl-c q x"), "rebound key shown in help");
    insta::assert_snapshot!("help_overlay", terminal.backend());
    apply(&mut app, [Action::Back]);
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn status_bar_hints_follow_the_keymap() {
    let mut app = app();
    let mut km = Keymap::defaults();
    km.merge_toml("[global]\n\"/\" = \"none\"\nf = \"focus_search\"\n\"3\" = \"none\"\n", "test").unwrap();
    app.keymap = km;
    let terminal = screen(&mut app, 100, 24);
    let last_row: String = (0..100).map(|x| terminal.backend().buffer()[(x, 23)].symbol().to_string()).collect();
    assert!(last_row.contains(" f  search"), "{last_row}");
    assert!(last_row.contains("1/5"));
}

#[test]
fn entities_are_coloured_by_type_in_the_text_view() {
    let mut app = app();
    let terminal = screen(&mut app, 80, 24);
    let theme = app.theme().clone();
    let buffer = terminal.backend().buffer();
    let mention = app.mentions(0).first().cloned().expect("a mention in the first seed");
    // find the mention's first cell in the text pane by its text
    let text = app.store.text(0).unwrap();
    let surface = &text[mention.range()];
    let first_char = surface.chars().next().unwrap().to_string();
    let area = panes::layout(buffer.area, app.focus).text;
    let expected = theme.entity(mention.kind);
    let found = (area.y + 1..area.y + area.height - 1).any(|y| {
        (area.x + 1..area.x + area.width - 1)
            .any(|x| buffer[(x, y)].symbol() == first_char && buffer[(x, y)].fg == expected.fg.unwrap())
    });
    assert!(found, "mention {surface:?} drawn in its entity colour");
}

#[test]
fn no_color_screen_has_no_colours_but_distinct_entity_styles() {
    let mut app = app_with(ColorDepth::None);
    let terminal = screen(&mut app, 80, 24);
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
    let theme = app.theme();
    assert_ne!(theme.style(Slot::Person), theme.style(Slot::Place));
}

#[test]
fn cycling_themes_changes_styles() {
    let mut app = app();
    let before = app.theme().name.clone();
    apply(&mut app, [Action::CycleTheme]);
    assert_ne!(app.theme().name, before);
    apply(&mut app, [Action::CycleTheme, Action::CycleTheme]);
    assert_eq!(app.theme().name, before);
}

#[test]
fn next_entity_visits_mentions_in_order_and_wraps() {
    let mut app = app();
    apply(&mut app, [Action::FocusText]);
    let n = app.mentions(0).len();
    assert!(n > 1);
    apply(&mut app, [Action::NextEntity, Action::NextEntity]);
    assert_eq!(app.text.entity_cursor, Some(1));
    apply(&mut app, [Action::PrevEntity, Action::PrevEntity]);
    assert_eq!(app.text.entity_cursor, Some(n - 1));
}

#[test]
fn every_pane_draws_at_every_size_without_panicking() {
    let mut app = app();
    apply(&mut app, [Action::FocusSearch]);
    apply(&mut app, typed("प्योंगयांग"));
    for (w, h) in [(1, 1), (10, 3), (59, 19), (60, 20), (80, 24), (200, 60)] {
        for pane in [Action::FocusList, Action::FocusText, Action::FocusSearch, Action::FocusRelated] {
            apply(&mut app, [pane]);
            screen(&mut app, w, h);
        }
    }
}

#[test]
fn mouse_click_focuses_and_selects_and_wheel_scrolls_the_pane_under_it() {
    let mut app = app();
    update(&mut app, Action::Resize(80, 24));
    let areas = panes::layout(app.size, app.focus);
    // third row of the article list
    apply(&mut app, [Action::Click { column: areas.list.x + 3, row: areas.list.y + 3 }]);
    assert_eq!(app.focus, Pane::List);
    assert_eq!(app.selected, 2);
    // wheel over the text pane scrolls it without moving focus
    apply(&mut app, [Action::ScrollAt { column: areas.text.x + 5, row: areas.text.y + 5, down: true }]);
    assert!(app.text.scroll > 0);
    assert_eq!(app.focus, Pane::List);
    apply(&mut app, [Action::Click { column: areas.related.x + 2, row: areas.related.y + 1 }]);
    assert_eq!(app.focus, Pane::Related);
    assert_eq!(app.related.selected, 0);
}

#[test]
fn entity_card_lists_variants_and_articles_and_opens_one() {
    let mut app = app();
    apply(&mut app, [Action::FocusText, Action::NextEntity, Action::EntityCard]);
    let Overlay::Card { entity, .. } = app.overlay else { panic!("card open: {:?}", app.overlay) };
    let terminal = screen(&mut app, 80, 24);
    let dump = format!("{}", terminal.backend());
    let record = app.entity(entity).unwrap().name.into_owned();
    let articles = app.store.entity_articles(entity).unwrap().into_owned();
    assert!(dump.contains(&record[..record.len().min(10)]), "{dump}");
    assert!(dump.contains("written as"));
    // the last article of the card opens with its mentions highlighted
    apply(&mut app, [Action::Bottom, Action::Open]);
    let (last, _) = *articles.last().unwrap();
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.selected, last);
    assert_eq!(app.focus, Pane::Text);
    let highlight = app.text.highlight.clone().expect("mentions highlighted");
    assert!(
        highlight
            .ranges
            .iter()
            .all(|&(s, e)| { app.mentions(last).iter().any(|m| m.span() == (s, e) && m.entity() == entity) })
    );
}

#[test]
fn filtering_the_list_by_an_entity_and_clearing_it() {
    let mut app = app();
    // an entity mentioned in some but not all articles
    let entity = (0..app.store.entity_count())
        .find(|&e| (2..app.store.len()).contains(&app.entity(e).unwrap().articles))
        .expect("an entity in several but not all articles");
    app.overlay = Overlay::Card { entity, selected: 0, from_overview: None };
    apply(&mut app, [Action::FilterByEntity]);
    assert_eq!(app.list.filter.entity, Some(entity));
    let expected: Vec<usize> = app.store.entity_articles(entity).unwrap().iter().map(|&(a, _)| a).collect();
    assert_eq!(app.list.order, expected);
    assert!(expected.contains(&app.selected));
    apply(&mut app, [Action::Bottom]);
    assert_eq!(app.selected, *expected.last().unwrap());
    apply(&mut app, [Action::Back]);
    assert!(app.list.filter.is_empty());
    assert_eq!(app.list.order.len(), app.store.len());
}

#[test]
fn overview_shows_languages_and_top_entities_and_opens_a_card() {
    let mut app = app();
    apply(&mut app, [Action::Overview]);
    let terminal = screen(&mut app, 100, 30);
    let dump = format!("{}", terminal.backend());
    for label in ["languages", "scripts", "people", "places", "organisations", "Deva", "Cyrl"] {
        assert!(dump.contains(label), "{label} missing:\n{dump}");
    }
    apply(&mut app, [Action::FocusNext, Action::Down, Action::Open]);
    let places = super::panes::overview::top_entities(&app, 1);
    assert_eq!(app.overlay, Overlay::Card { entity: places[1], selected: 0, from_overview: Some((1, 1)) });
    // Esc on a card opened from the overview goes back to the overview, on the same bar
    apply(&mut app, [Action::Back]);
    assert_eq!(app.overlay, Overlay::Overview { chart: 1, selected: 1 });
}

#[test]
fn related_results_for_an_old_selection_are_ignored_and_toggle_filters_languages() {
    let mut app = app();
    assert_eq!(app.related.shown_for, Some((0, false)));
    assert!(!app.related.items.is_empty());
    // a stale answer for another article does not replace the list
    let before = app.related.items.clone();
    update(&mut app, Action::RelatedResults { article: 3, other_languages_only: false, results: Vec::new() });
    assert_eq!(app.related.items, before);
    apply(&mut app, [Action::FocusRelated, Action::ToggleOtherLanguages]);
    let me = app.article(0).unwrap().language.into_owned();
    assert!(app.related.items.iter().all(|r| *app.article(r.article).unwrap().language != me));
}

#[test]
fn selecting_in_the_list_asks_for_related_articles_once_per_selection() {
    let mut app = app();
    let effects = update(&mut app, Action::Down);
    assert_eq!(effects, vec![Effect::Related { article: 1, other_languages_only: false }]);
    assert!(update(&mut app, Action::Tick).is_empty(), "no repeated request while one is pending");
}

#[test]
fn the_first_articles_can_be_browsed_while_the_rest_load() {
    let themes = BUILTIN.iter().map(|(n, _)| Theme::load(n, None, ColorDepth::Ansi16).unwrap()).collect();
    let mut app = App::loading("big corpus".into(), Keymap::defaults(), themes, 0);
    let corpus = Arc::new(load_seeds());
    apply(&mut app, [Action::CorpusPreview(articles_store(3))]);
    assert_eq!(app.corpus_name, "big corpus", "the preview keeps the corpus's name");
    assert!(app.load.partial);
    let dump = format!("{}", screen(&mut app, 100, 24).backend());
    assert!(
        dump.contains("1/3+ loading") && dump.contains(&corpus.articles[0].title[..20]),
        "list shown, marked partial: {dump}"
    );
    assert!(!dump.contains("opening big corpus"), "no loading screen once articles are in");
    apply(&mut app, [Action::Down, Action::Down]);
    assert_eq!(app.selected, 2);
    // the whole corpus arrives: the reader keeps their place
    apply(&mut app, [Action::CorpusLoaded(articles_store(5))]);
    assert!(!app.load.partial);
    assert_eq!((app.selected, app.list.order.len()), (2, 5));
    let dump = format!("{}", screen(&mut app, 100, 24).backend());
    assert!(dump.contains("3/5") && !dump.contains("loading ━"), "{dump}");
    // a late preview never replaces a corpus that is complete
    apply(&mut app, [Action::CorpusPreview(articles_store(1))]);
    assert_eq!(app.store.len(), 5);
}

#[test]
fn loading_screen_then_articles_then_analysis() {
    let themes = BUILTIN.iter().map(|(n, _)| Theme::load(n, None, ColorDepth::Ansi16).unwrap()).collect();
    let mut app = App::loading("big corpus".into(), Keymap::defaults(), themes, 0);
    apply(&mut app, [Action::Progress(korpus::open::Stage::Loading { read: 0, total: 0 })]);
    let terminal = screen(&mut app, 80, 24);
    let dump = format!("{}", terminal.backend());
    assert!(dump.contains("opening big corpus") && dump.contains("loading articles"), "{dump}");
    apply(&mut app, [Action::CorpusLoaded(articles_store(5))]);
    assert_eq!(app.list.order.len(), 5);
    assert!(!app.load.analysis_ready);
    apply(&mut app, [Action::FocusSearch]);
    apply(&mut app, typed("lavrov"));
    assert!(app.search.hits.is_empty(), "no index yet");
    apply(&mut app, [Action::AnalysisReady(super::action::Shared(store_of(load_seeds())))]);
    assert!(app.load.analysis_ready && app.load.progress.is_none());
    assert!(!app.search.hits.is_empty(), "the typed query ran again on the index");
    assert!(!app.related.items.is_empty());
}

#[test]
fn titles_and_text_are_searched_before_the_analysis_and_answers_match_it_after() {
    let themes = BUILTIN.iter().map(|(n, _)| Theme::load(n, None, ColorDepth::Ansi16).unwrap()).collect();
    let mut app = App::loading("seeds".into(), Keymap::defaults(), themes, 0);
    apply(
        &mut app,
        [Action::CorpusLoaded(super::action::Shared(Arc::new(MemoryStore::articles_only(Arc::new(load_seeds())))))],
    );
    apply(&mut app, [Action::Progress(korpus::open::Stage::Entities), Action::FocusSearch]);
    apply(&mut app, typed("lavrov"));
    assert!(app.search.hits.is_empty(), "no index yet");
    // the text index, built beside the analysis: the typed query runs on it at once
    apply(
        &mut app,
        [Action::TextSearchReady(super::action::Shared(super::run::text_search_store(Arc::new(load_seeds()))))],
    );
    assert!(!app.load.analysis_ready && app.load.text_search_ready);
    assert!(!app.search.hits.is_empty(), "titles and text searched before the analysis");
    assert!(app.search.hits.iter().all(|h| h.entity.is_none()), "entity names come with the analysis");
    let dump = format!("{}", screen(&mut app, 100, 30).backend());
    assert!(dump.contains("entity names once analysed") && dump.contains("recognising entities"), "{dump}");
    let early = app.search.hits.clone();
    // the analysis arrives: the query runs again, and answers as on a corpus opened analysed
    let analysed = store_of(load_seeds());
    apply(&mut app, [Action::AnalysisReady(super::action::Shared(Arc::clone(&analysed)))]);
    let themes = BUILTIN.iter().map(|(n, _)| Theme::load(n, None, ColorDepth::Ansi16).unwrap()).collect();
    let mut fresh = App::new(analysed, Keymap::defaults(), themes, 0);
    apply(&mut fresh, [Action::FocusSearch]);
    apply(&mut fresh, typed("lavrov"));
    assert_eq!(app.search.hits, fresh.search.hits);
    assert_eq!(app.search.total, fresh.search.total);
    // every early hit was a line hit of the analysed index too, scored alike
    for hit in &early {
        assert!(fresh.search.hits.contains(hit), "{hit:?}");
    }
    let dump = format!("{}", screen(&mut app, 100, 30).backend());
    assert!(!dump.contains("once analysed"), "{dump}");
    // a text index late after the analysis changes nothing
    let hits = app.search.hits.clone();
    apply(
        &mut app,
        [Action::TextSearchReady(super::action::Shared(super::run::text_search_store(Arc::new(load_seeds()))))],
    );
    assert_eq!(app.search.hits, hits);
    assert!(app.store.entity_count() > 0);
}

#[test]
fn devanagari_conjuncts_get_one_cell_per_column_so_redraws_leave_nothing_behind() {
    let mut buffer = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 12, 1));
    buffer.set_string(0, 0, "राष्ट्रपति", ratatui::style::Style::default());
    panes::split_wide_clusters(&mut buffer);
    // the terminal gives every letter and spacing vowel sign (ा, ि) a column; virama and other marks ride along
    let cells: Vec<String> = (0..9).map(|x| buffer[(x, 0)].symbol().to_owned()).collect();
    assert_eq!(cells, vec!["र", "ा", "ष्", "ट्", "र", "प", "त", "ि", " "]);
    // a wide CJK character stays one cell, as the terminal draws it
    let mut cjk = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 4, 1));
    cjk.set_string(0, 0, "日本", ratatui::style::Style::default());
    panes::split_wide_clusters(&mut cjk);
    assert_eq!(cjk[(0, 0)].symbol(), "日");
}

/// One row drawn as ratatui draws it, then laid out the terminal's way.
fn laid_row(width: u16, draw: impl FnOnce(&mut ratatui::buffer::Buffer)) -> ratatui::buffer::Buffer {
    let mut buffer = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, width, 1));
    draw(&mut buffer);
    panes::split_wide_clusters(&mut buffer);
    buffer
}

/// The terminal's columns of a laid-out row: each cell's symbol at the
/// column it starts, the columns a wide piece takes skipped.
fn terminal_row(buffer: &ratatui::buffer::Buffer) -> Vec<(u16, String)> {
    let mut cells = Vec::new();
    let mut x = 0;
    while x < buffer.area.width {
        let symbol = buffer[(x, 0)].symbol().to_owned();
        let columns = super::wrap::display_width(&symbol).max(1) as u16;
        cells.push((x, symbol));
        x += columns;
    }
    cells
}

#[test]
fn a_vowel_sign_terminals_draw_in_a_column_of_its_own_does_not_push_the_border_out() {
    // Bengali া (U+09BE) extends its cluster: unicode-width counts কা one column, terminals two
    let buffer = laid_row(12, |b| {
        b.set_string(0, 0, "│", ratatui::style::Style::default());
        b.set_string(1, 0, "কা বই", ratatui::style::Style::default());
        b.set_string(11, 0, "│", ratatui::style::Style::default());
    });
    let row = terminal_row(&buffer);
    let symbols: Vec<&str> = row.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(&symbols[..6], &["│", "ক", "া", " ", "ব", "ই"], "the letters and the space between words kept");
    assert_eq!(row.last(), Some(&(11, "│".to_owned())), "the border stays in its column");
    // ratatui is told the vowel sign takes a column, so it moves the cursor rightly after it
    assert_eq!(buffer[(2, 0)].diff_option, ratatui::buffer::CellDiffOption::ForcedWidth(std::num::NonZeroU16::MIN));
}

#[test]
fn emoji_sequences_are_drawn_as_their_emoji_in_the_columns_every_terminal_gives_them() {
    // 👨‍👩‍👧 is 2 columns for unicode-width, 6 for tmux; ❤️ is 2 for unicode-width, 1 for tmux
    let buffer = laid_row(16, |b| {
        b.set_string(0, 0, "👨\u{200d}👩\u{200d}👧 ❤\u{fe0f} x   ", ratatui::style::Style::default());
        b.set_string(15, 0, "┃", ratatui::style::Style::default());
    });
    let row = terminal_row(&buffer);
    let symbols: Vec<&str> = row.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(&symbols[..7], &["👨", "👩", "👧", " ", "❤", " ", "x"], "{row:?}");
    assert_eq!(row.last(), Some(&(15, "┃".to_owned())), "{row:?}");
}

#[test]
fn a_title_the_terminal_draws_wider_shortens_the_line_after_it_not_the_title() {
    let buffer = laid_row(16, |b| {
        b.set_string(0, 0, format!("┌ কাকা {}┐", "─".repeat(10)), ratatui::style::Style::default());
    });
    let shown: String = terminal_row(&buffer).into_iter().map(|(_, s)| s).collect();
    assert_eq!(shown, format!("┌ কাকা {}┐", "─".repeat(8)));
    assert_eq!(terminal_row(&buffer).last().map(|(x, _)| *x), Some(15));
}

pub(super) fn reviewing_app() -> App {
    let mut app = app();
    app.review.enabled = true;
    app
}

fn key(c: char) -> Action {
    Action::EditorInput(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

#[test]
fn marks_read_star_and_relevance_are_saved_and_shown() {
    let mut app = reviewing_app();
    let effects = update(&mut app, Action::ToggleRead);
    let id = app.article(0).unwrap().id.into_owned();
    assert!(matches!(&effects[..], [Effect::SaveMark { article_id, mark }] if *article_id == id && mark.read));
    apply(&mut app, [Action::ToggleStar, Action::CycleRelevance]);
    let mark = app.review.marks[&id].clone();
    assert!(mark.read && mark.starred && mark.relevance == Some(korpus::review::Relevance::Relevant));
    assert_eq!(app.reviewed(), 1);
    let terminal = screen(&mut app, 80, 24);
    let dump = format!("{}", terminal.backend());
    assert!(dump.contains("1/5 reviewed"), "{dump}");
    assert!(dump.contains(" ★+  tr"), "marks column: {dump}");
    apply(&mut app, [Action::CycleRelevance, Action::CycleRelevance]);
    assert_eq!(app.review.marks[&id].relevance, None);
}

#[test]
fn a_note_and_tags_are_written_in_the_editor_and_esc_keeps_them() {
    let mut app = reviewing_app();
    apply(&mut app, [Action::EditNote]);
    assert_eq!(app.overlay, Overlay::Editor { field: super::app::EditorField::Note });
    apply(&mut app, "Check the date".chars().map(key));
    apply(&mut app, [Action::EditorInput(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE))]);
    apply(&mut app, "второй ряд".chars().map(key));
    let terminal = screen(&mut app, 80, 24);
    assert!(format!("{}", terminal.backend()).contains("Check the date"));
    apply(&mut app, [Action::SaveEdit]);
    let id = app.article(0).unwrap().id.into_owned();
    assert_eq!(app.review.marks[&id].note, "Check the date\nвторой ряд");
    apply(&mut app, [Action::EditTags]);
    apply(&mut app, "sanctions, , trade ".chars().map(key));
    // Enter in the tags line keeps them
    apply(&mut app, [Action::EditorInput(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE))]);
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.review.marks[&id].tags, vec!["sanctions".to_owned(), "trade".to_owned()]);
    // ctrl-q drops an edit
    apply(&mut app, [Action::EditNote]);
    apply(&mut app, "xyz".chars().map(key));
    apply(&mut app, [Action::CancelEdit]);
    assert_eq!(app.review.marks[&id].note, "Check the date\nвторой ряд");
}

#[test]
fn typing_q_in_the_editor_types_it() {
    let km = Keymap::defaults();
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(
        super::keymap::route(&km, super::keymap::Layer::List, Some(super::keymap::Layer::Editor), q),
        Some(Action::EditorInput(q))
    );
}

#[test]
fn filters_by_marks_and_reviewing_walks_down_the_unread_list() {
    let mut app = reviewing_app();
    apply(&mut app, [Action::CycleFilter]);
    assert_eq!(app.list.filter.mark, Some(MarkFilter::Unread));
    assert_eq!(app.list.order.len(), 5);
    // marking the selected article read moves on to the next unread one
    apply(&mut app, [Action::ToggleRead]);
    assert_eq!(app.list.order.len(), 4);
    assert_eq!(app.selected, 1);
    apply(&mut app, [Action::ToggleStar, Action::CycleFilter]);
    assert_eq!(app.list.filter.mark, Some(MarkFilter::Starred));
    assert_eq!(app.list.order, vec![1]);
    // tags appear in the cycle after the fixed filters
    app.overlay = Overlay::None;
    apply(&mut app, [Action::EditTags]);
    apply(&mut app, "urgent".chars().map(key));
    apply(&mut app, [Action::SaveEdit]);
    for _ in 0..4 {
        apply(&mut app, [Action::CycleFilter]);
    }
    assert_eq!(app.list.filter.mark, Some(MarkFilter::Tagged("urgent".into())));
    assert_eq!(app.list.order, vec![1]);
    apply(&mut app, [Action::CycleFilter]);
    assert!(app.list.filter.is_empty());
}

#[test]
fn sorting_by_language_title_and_entities() {
    let mut app = reviewing_app();
    // corpus → date → source → language (the seeds have no dates nor sources)
    apply(&mut app, [Action::CycleSort, Action::CycleSort]);
    assert_eq!(app.list.order, vec![0, 1, 2, 3, 4]);
    apply(&mut app, [Action::CycleSort]);
    let langs: Vec<String> =
        app.list.order.iter().map(|a| app.article(a).unwrap().language.code().to_owned()).collect();
    assert_eq!(langs, vec!["en", "hi", "ru", "sr", "tr"]);
    apply(&mut app, [Action::CycleSort, Action::CycleSort]);
    let counts: Vec<usize> = app.list.order.iter().map(|a| app.mentions(a).len()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    apply(&mut app, [Action::CycleSort]);
    assert_eq!(app.list.order, vec![0, 1, 2, 3, 4]);
}

#[test]
fn without_a_review_file_marks_say_why_they_are_off() {
    let mut app = app();
    assert!(update(&mut app, Action::ToggleRead).is_empty());
    assert!(app.status.as_deref().unwrap_or("").contains("review is off"));
}

#[test]
fn warnings_view_names_what_was_skipped() {
    let mut app = app();
    let mut corpus = load_seeds();
    corpus.warnings.push(korpus::corpus::LoadWarning {
        path: "broken.jsonl".into(),
        line: Some(7),
        reason: "not a JSON article".into(),
    });
    app.store = store_of(corpus);
    app.notes.push("review marks are off: permission denied".into());
    let terminal = screen(&mut app, 100, 24);
    let dump = format!("{}", terminal.backend());
    assert!(dump.contains("1 line skipped, 1 problem (W shows why)"), "{dump}");
    apply(&mut app, [Action::ShowWarnings]);
    let terminal = screen(&mut app, 100, 24);
    let dump = format!("{}", terminal.backend());
    assert!(dump.contains("broken.jsonl:7: not a JSON article") && dump.contains("permission denied"), "{dump}");
    apply(&mut app, [Action::Back]);
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn warnings_view_pages_to_the_end_and_back_without_overshooting() {
    let mut app = app();
    let mut corpus = load_seeds();
    for line in 1..=5000 {
        corpus.warnings.push(korpus::corpus::LoadWarning {
            path: "feed.jsonl".into(),
            line: Some(line),
            reason: "not a JSON article".into(),
        });
    }
    app.store = store_of(corpus);
    screen(&mut app, 100, 24);
    apply(&mut app, [Action::ShowWarnings, Action::Bottom]);
    let dump = format!("{}", screen(&mut app, 100, 24).backend());
    assert!(dump.contains("feed.jsonl:5000:"), "G shows the last warning: {dump}");
    let Overlay::Warnings { scroll: last } = app.overlay else { panic!("the warnings view stays open") };
    apply(&mut app, [Action::Down, Action::PageDown]);
    assert_eq!(app.overlay, Overlay::Warnings { scroll: last }, "no scrolling past the end");
    apply(&mut app, [Action::Up]);
    assert_eq!(app.overlay, Overlay::Warnings { scroll: last - 1 }, "k answers at once at the end");
    apply(&mut app, [Action::Top, Action::PageDown]);
    let Overlay::Warnings { scroll: paged } = app.overlay else { panic!("the warnings view stays open") };
    assert!(paged > 10, "a page is a screenful: {paged}");
    let dump = format!("{}", screen(&mut app, 100, 24).backend());
    assert!(dump.contains(&format!("feed.jsonl:{}:", paged + 1)), "{dump}");
}

/// The symbols of a buffer row, as the terminal shows them.
pub(super) fn row_text(buffer: &ratatui::buffer::Buffer, y: u16) -> String {
    (buffer.area.left()..buffer.area.right()).map(|x| buffer[(x, y)].symbol()).collect()
}

/// Every cell a wide symbol hides is blank: nothing drawn later sits under
/// it, where the terminal would never show it (or show it shifted).
fn assert_well_formed(buffer: &ratatui::buffer::Buffer, what: &str) {
    for y in buffer.area.top()..buffer.area.bottom() {
        for x in buffer.area.left()..buffer.area.right() {
            let width = super::wrap::display_width(buffer[(x, y)].symbol()) as u16;
            for hidden in x + 1..(x + width).min(buffer.area.right()) {
                assert_eq!(
                    buffer[(hidden, y)].symbol(),
                    " ",
                    "{what}: cell ({hidden},{y}) is hidden under {:?} at {x}:\n{}",
                    buffer[(x, y)].symbol(),
                    row_text(buffer, y)
                );
            }
        }
    }
}

#[test]
fn devanagari_highlights_cover_whole_letters_in_hits_and_in_the_text() {
    let mut app = app();
    apply(&mut app, [Action::FocusSearch]);
    apply(&mut app, typed("pyong"));
    let hindi = (0..app.store.len()).find(|&a| app.article(a).unwrap().language.code() == "hi").unwrap();
    assert!(app.search.hits.iter().any(|h| h.article == hindi), "a Hindi hit for pyong");
    let terminal = screen(&mut app, 120, 40);
    let buffer = terminal.backend().buffer();
    let search = panes::layout(buffer.area, app.focus).search;
    let rows: Vec<String> = (search.y..search.bottom()).map(|y| row_text(buffer, y)).collect();
    assert!(rows.iter().any(|r| r.contains("प्योंगयांग")), "whole word in the hits:\n{}", rows.join("\n"));
    assert!(!rows.iter().any(|r| r.contains("पयोंगयांग")), "no letter lost:\n{}", rows.join("\n"));
    // open the first Hindi text hit: the highlighted word reads whole in the text view
    let i = app.search.hits.iter().position(|h| h.article == hindi && h.kind == korpus::search::HitKind::Text).unwrap();
    app.search.selected = i;
    apply(&mut app, [Action::Open]);
    let terminal = screen(&mut app, 120, 40);
    let buffer = terminal.backend().buffer();
    let text = panes::layout(buffer.area, app.focus).text;
    let rows: Vec<String> = (text.y..text.bottom()).map(|y| row_text(buffer, y)).collect();
    assert!(rows.iter().any(|r| r.contains("प्योंगयांग")), "{}", rows.join("\n"));
    assert!(!rows.iter().any(|r| r.contains("पयोंगयांग")), "{}", rows.join("\n"));
    // and the highlight's cells are the hit style
    let hit_style = app.theme().style(Slot::Hit);
    let highlighted = (text.y..text.bottom())
        .flat_map(|y| (text.x..text.right()).map(move |x| (x, y)))
        .filter(|&p| buffer[p].bg == hit_style.bg.unwrap())
        .count();
    assert!(highlighted > 0);
}

#[test]
fn overlays_and_pane_edges_over_hindi_and_chinese_rows_keep_their_borders() {
    let mut app = app();
    let mut corpus = load_seeds();
    // a Chinese article, so wide characters meet the edges too
    let mut zh = corpus.articles[0].clone();
    zh.id = "zh-test".into();
    zh.title = "俄罗斯外长拉夫罗夫与朝鲜外相崔善姬在元山会谈".into();
    zh.text = "俄罗斯外长拉夫罗夫与朝鲜外相崔善姬在元山举行会谈，双方表示将加强战略伙伴关系。".repeat(8);
    corpus.articles.push(zh);
    app.store = store_of(corpus);
    app.refresh_list();
    let hindi = (0..app.store.len()).find(|&a| app.article(a).unwrap().language.code() == "hi").unwrap();
    let chinese = app.store.len() - 1;
    let overlays = [Action::ToggleHelp, Action::ShowWarnings, Action::Overview];
    for article in [hindi, chinese] {
        for width in 60..=100 {
            super::update::select_article(&mut app, article);
            app.overlay = Overlay::None;
            let terminal = screen(&mut app, width, 24);
            assert_well_formed(terminal.backend().buffer(), &format!("panes at {width}"));
            for overlay in overlays.clone() {
                app.overlay = Overlay::None;
                apply(&mut app, [overlay.clone()]);
                let terminal = screen(&mut app, width, 24);
                let buffer = terminal.backend().buffer();
                let what = format!("{overlay:?} at width {width}");
                assert_well_formed(buffer, &what);
                // the overlay's left border runs down its whole height
                let top = (0..buffer.area.height)
                    .find_map(|y| row_text(buffer, y).find('╔').map(|b| (y, row_text(buffer, y)[..b].chars().count())));
                let Some((y0, x0)) = top else { panic!("{what}: no overlay") };
                for y in y0 + 1..buffer.area.height - 1 {
                    let s = buffer[(x0 as u16, y)].symbol();
                    if s == "╚" {
                        break;
                    }
                    assert_eq!(s, "║", "{what}: left border at row {y}:\n{}", row_text(buffer, y));
                }
            }
            // the entity card too
            app.overlay = Overlay::None;
            apply(&mut app, [Action::FocusText, Action::NextEntity, Action::EntityCard, Action::FocusList]);
            if matches!(app.overlay, Overlay::Card { .. }) {
                let terminal = screen(&mut app, width, 24);
                assert_well_formed(terminal.backend().buffer(), &format!("card at {width}"));
            }
            app.overlay = Overlay::None;
            app.focus = Pane::List;
        }
    }
}

/// What people see, cell by cell: in every built-in theme and in the screens
/// where colours meet (selected rows over coloured spans, the status bar with
/// a message, highlights, overlays), every drawn character reads at 4.5:1.
#[test]
fn every_drawn_character_reads_at_wcag_aa_contrast_in_every_theme() {
    use super::theme::{contrast_ratio, reference_rgb};
    let mut failures: std::collections::BTreeSet<String> = Default::default();
    for theme_index in 0..BUILTIN.len() {
        let mut app = reviewing_app_with(ColorDepth::TrueColor);
        app.theme = theme_index;
        apply(&mut app, [Action::ToggleRead, Action::ToggleStar, Action::CycleRelevance, Action::Down]);
        let mut states: Vec<Vec<Action>> = vec![
            vec![],
            vec![Action::FocusSearch],
            vec![Action::FocusRelated],
            vec![Action::FocusText, Action::NextEntity],
            vec![Action::ToggleHelp],
            vec![Action::Overview],
            vec![Action::FocusText, Action::NextEntity, Action::EntityCard],
            vec![Action::CycleFilter],
            vec![Action::EditNote],
        ];
        states[1].extend(typed("pyong"));
        for actions in states {
            app.overlay = Overlay::None;
            apply(&mut app, [Action::FocusList]);
            apply(&mut app, actions.clone());
            let terminal = screen(&mut app, 120, 34);
            let theme = app.theme().clone();
            for (i, cell) in terminal.backend().buffer().content().iter().enumerate() {
                if cell.symbol().trim().is_empty() {
                    continue;
                }
                let (fg, bg) = if cell.modifier.contains(ratatui::style::Modifier::REVERSED) {
                    (cell.bg, cell.fg)
                } else {
                    (cell.fg, cell.bg)
                };
                let ratio = contrast_ratio(
                    reference_rgb(fg, theme.background, true),
                    reference_rgb(bg, theme.background, false),
                );
                if ratio < 4.5 {
                    failures.insert(format!(
                        "{}: {:?} on {:?} = {ratio:.2} ({:?} at cell {i}, after {actions:?})",
                        theme.name,
                        fg,
                        bg,
                        cell.symbol()
                    ));
                }
            }
            if matches!(app.overlay, Overlay::Editor { .. }) {
                apply(&mut app, [Action::CancelEdit]);
            }
        }
    }
    let unique: Vec<&String> = failures.iter().take(30).collect();
    assert!(failures.is_empty(), "{} cells below 4.5:1, e.g.:\n{unique:#?}", failures.len());
}

fn reviewing_app_with(depth: ColorDepth) -> App {
    let mut app = app_with(depth);
    app.review.enabled = true;
    app
}

#[test]
fn help_shows_action_names_says_what_is_below_and_ends_with_the_search_syntax() {
    let mut app = app();
    apply(&mut app, [Action::ToggleHelp]);
    let dump = format!("{}", screen(&mut app, 80, 24).backend());
    assert!(dump.contains("page_down") && dump.contains("toggle_read"), "action names beside descriptions:\n{dump}");
    assert!(dump.contains("more lines below"), "{dump}");
    apply(&mut app, [Action::Bottom]);
    let dump = format!("{}", screen(&mut app, 80, 24).backend());
    assert!(dump.contains("search syntax") && dump.contains("'exact") && dump.contains("!not"), "{dump}");
    assert!(dump.contains(" end ") && !dump.contains("more lines below"), "{dump}");
    // scrolling stops at the last screen: one step up moves at once
    let Overlay::Help { scroll } = app.overlay else { panic!() };
    apply(&mut app, [Action::Down, Action::Down, Action::Up]);
    assert_eq!(app.overlay, Overlay::Help { scroll: scroll - 1 });
    // a narrow help cuts lines with … and never wraps them
    let dump = format!("{}", screen(&mut app, 44, 24).backend());
    assert!(dump.contains('…'), "{dump}");
}

#[test]
fn the_status_bar_hints_the_editor_keys_while_a_note_is_written() {
    let mut app = reviewing_app();
    let status = |app: &mut App| {
        let terminal = screen(app, 100, 24);
        row_text(terminal.backend().buffer(), 23)
    };
    assert!(status(&mut app).contains("quit"));
    apply(&mut app, [Action::EditNote]);
    let bar = status(&mut app);
    assert!(!bar.contains("quit") && bar.contains("keep the note") && bar.contains("drop the changes"), "{bar}");
}

#[test]
fn in_the_search_box_ctrl_u_clears_the_line_and_ctrl_y_copies_the_hit() {
    let km = Keymap::defaults();
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    let route = |event| super::keymap::route(&km, super::keymap::Layer::Search, None, event);
    assert_eq!(route(ctrl('u')), Some(Action::ClearLine));
    assert_eq!(route(ctrl('y')), Some(Action::Copy));
    assert_eq!(route(KeyEvent::new(KeyCode::Char('y'), KeyModifiers::NONE)), Some(typed("y")[0].clone()));
    let mut app = app();
    apply(&mut app, [Action::FocusSearch]);
    apply(&mut app, typed("lavrov"));
    let hit = app.search.hits[0].clone();
    let effects = update(&mut app, Action::Copy);
    let line = app.store.text(hit.article).unwrap()[hit.start..hit.end].to_owned();
    assert_eq!(effects, vec![Effect::Copy(line)]);
    apply(&mut app, [Action::ClearLine]);
    assert_eq!(app.search.query(), "");
    assert!(app.search.hits.is_empty());
}

#[test]
fn a_long_note_wraps_in_the_editor() {
    let mut app = reviewing_app();
    apply(&mut app, [Action::EditNote]);
    let note = "Проверить дату встречи и имена всех участников переговоров в Вонсане по другим источникам";
    apply(&mut app, note.chars().map(key));
    let dump = format!("{}", screen(&mut app, 60, 24).backend());
    assert!(
        dump.contains("Проверить") && dump.contains("источникам"),
        "the end of the line wrapped into view:\n{dump}"
    );
}

/// A store whose search fails as a cluster with a shard down does; the rest
/// of it answers from the seeds.
struct SearchDown(Arc<dyn Store>);

impl Store for SearchDown {
    fn name(&self) -> &str {
        self.0.name()
    }
    fn warnings(&self) -> &[korpus::corpus::LoadWarning] {
        self.0.warnings()
    }
    fn len(&self) -> usize {
        self.0.len()
    }
    fn article(&self, a: usize) -> korpus::store::StoreResult<korpus::store::ArticleMeta<'_>> {
        self.0.article(a)
    }
    fn text(&self, a: usize) -> korpus::store::StoreResult<korpus::store::Text<'_>> {
        self.0.text(a)
    }
    fn article_by_id(&self, id: &str) -> korpus::store::StoreResult<Option<usize>> {
        self.0.article_by_id(id)
    }
    fn find(&self, key: &str) -> korpus::store::StoreResult<Option<usize>> {
        self.0.find(key)
    }
    fn mentions(&self, a: usize) -> korpus::store::StoreResult<std::borrow::Cow<'_, [korpus::Mention]>> {
        self.0.mentions(a)
    }
    fn entity_count(&self) -> usize {
        self.0.entity_count()
    }
    fn entity(&self, e: usize) -> korpus::store::StoreResult<korpus::store::EntityView<'_>> {
        self.0.entity(e)
    }
    fn entity_articles(&self, e: usize) -> korpus::store::StoreResult<std::borrow::Cow<'_, [(usize, usize)]>> {
        self.0.entity_articles(e)
    }
    fn entity_position(&self, id: &korpus::entities::EntityId) -> korpus::store::StoreResult<Option<usize>> {
        self.0.entity_position(id)
    }
    fn top_entities(
        &self,
        kind: Option<korpus::entities::EntityKind>,
        limit: usize,
    ) -> korpus::store::StoreResult<Vec<usize>> {
        self.0.top_entities(kind, limit)
    }
    fn article_counts(&self, facet: korpus::store::ArticleFacet) -> korpus::store::StoreResult<Vec<(String, u64)>> {
        self.0.article_counts(facet)
    }
    fn related(
        &self,
        a: usize,
        limit: usize,
        other: bool,
    ) -> korpus::store::StoreResult<Vec<korpus::related::Related>> {
        self.0.related(a, limit, other)
    }
    fn search(
        &self,
        _: &mut SearchSession,
        _: &SearchRequest<'_>,
        _: &AtomicBool,
        _: &mut dyn FnMut(Vec<korpus::search::Hit>),
    ) -> korpus::store::StoreResult<Vec<korpus::search::Hit>> {
        Err(korpus::store::StoreError::Unavailable {
            source_name: "ClickHouse".into(),
            reason: "shard 127.0.0.1:9001 did not answer: connection refused".into(),
        })
    }
}

#[test]
fn a_search_the_store_fails_says_what_failed_not_no_matches_and_the_next_query_runs() {
    let mut app = app();
    app.store = Arc::new(SearchDown(store_of(load_seeds())));
    apply(&mut app, [Action::FocusSearch]);
    apply(&mut app, typed("kim"));
    assert_eq!(app.search.hits, Vec::new());
    assert!(!app.search.busy, "a failed search is over, not still running");
    let shown = format!("{}", screen(&mut app, 100, 30).backend());
    assert!(shown.contains("the search failed: ClickHouse is unavailable"), "{shown}");
    assert!(shown.contains("127.0.0.1:9001"), "{shown}");
    assert!(shown.contains("3 Search failed"), "{shown}");
    assert!(!shown.contains("no matches"), "{shown}");
    // the store is back: the next keystroke searches again and the failure is gone
    app.store = store_of(load_seeds());
    apply(&mut app, typed(" jong"));
    let shown = format!("{}", screen(&mut app, 100, 30).backend());
    assert!(!shown.contains("failed"), "{shown}");
    assert!(!app.search.hits.is_empty());
    // an answer to an older query than the failure's changes nothing
    let before = app.search.hits.len();
    let older = app.search.generation - 1;
    update(&mut app, Action::SearchFailed { generation: older, message: "late".into() });
    assert_eq!((app.search.hits.len(), app.search.failed.as_deref()), (before, None));
}

#[test]
fn a_corpus_that_cannot_be_opened_is_said_in_the_panes_not_an_index_still_building() {
    let themes = BUILTIN.iter().map(|(n, _)| Theme::load(n, None, ColorDepth::Ansi16).unwrap()).collect();
    let mut app = App::loading("clickhouse://127.0.0.1:1/db".into(), Keymap::defaults(), themes, 0);
    let why = "cannot open corpus: clickhouse://127.0.0.1:1/db: ClickHouse server 127.0.0.1:1 cannot be reached";
    apply(&mut app, [Action::LoadFailed(why.into()), Action::FocusSearch]);
    apply(&mut app, typed("kim"));
    let shown = format!("{}", screen(&mut app, 100, 30).backend());
    assert!(!shown.contains("still being built") && !shown.contains("building"), "{shown}");
    assert!(shown.contains("nothing to search: cannot open corpus"), "{shown}");
    assert!(shown.contains("no corpus: it could not be opened"), "{shown}");
    // the reason stays after the status bar's message has gone, and W lists it
    assert!(app.status.is_none(), "a key clears the status message");
    assert!(shown.contains("127.0.0.1:1 cannot be"), "{shown}");
    assert!(app.notes.iter().any(|n| n == why));
}

fn pressed(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// An app reviewing the seeds with the export dialog open on `defaults`.
fn export_dialog(defaults: &[&str]) -> App {
    let mut app = app();
    app.review.enabled = true;
    assert_eq!(update(&mut app, Action::ExportReview), vec![Effect::PrepareExport]);
    assert_eq!(app.overlay, Overlay::None, "the dialog waits for the names the loop finds");
    update(&mut app, Action::ExportDefaults(defaults.iter().map(std::path::PathBuf::from).collect()));
    assert_eq!(app.overlay, Overlay::Export);
    app
}

fn export_asked(effects: Vec<Effect>) -> (super::export::ExportChoice, String, bool) {
    match effects.as_slice() {
        [Effect::Export { format, path, replace }] => (*format, path.clone(), *replace),
        other => panic!("no export asked for: {other:?}"),
    }
}

#[test]
fn the_export_dialog_chooses_a_format_edits_the_path_and_exports_on_enter() {
    use super::export::ExportChoice;
    let mut app = export_dialog(&["/d/r.csv", "/d/r.md", "/d/r.json"]);
    assert_eq!((app.export.format, app.export.path_text()), (ExportChoice::Csv, "/d/r.csv".into()));
    update(&mut app, Action::NextFormat);
    assert_eq!((app.export.format, app.export.path_text()), (ExportChoice::Markdown, "/d/r.md".into()));
    // tab and the arrows are what the keymap binds to the formats
    let keymap = &app.keymap;
    let route = |code| super::keymap::route(keymap, app.focus.layer(), app.overlay.layer(), pressed(code));
    assert_eq!(route(KeyCode::Tab), Some(Action::NextFormat));
    assert_eq!(route(KeyCode::Down), Some(Action::NextFormat));
    assert_eq!(route(KeyCode::Up), Some(Action::PrevFormat));
    assert_eq!(route(KeyCode::Char('q')), Some(Action::PromptInput(pressed(KeyCode::Char('q')))), "q types");
    for _ in 0..2 {
        update(&mut app, Action::PrevFormat);
    }
    assert_eq!((app.export.format, app.export.path_text()), (ExportChoice::Json, "/d/r.json".into()));
    // the path is edited in place: the name keeps following the format
    for code in [KeyCode::Backspace; 6] {
        update(&mut app, Action::PromptInput(pressed(code)));
    }
    for c in "mine.json".chars() {
        update(&mut app, Action::PromptInput(pressed(KeyCode::Char(c))));
    }
    update(&mut app, Action::NextFormat);
    assert_eq!(app.export.path_text(), "/d/mine.csv");
    let (format, path, replace) = export_asked(update(&mut app, Action::Confirm));
    assert_eq!((format, path.as_str(), replace), (ExportChoice::Csv, "/d/mine.csv", false));
    assert_eq!(app.overlay, Overlay::Export, "open until the loop says the file is fine");
    update(&mut app, Action::ExportStarted("/d/mine.csv".into()));
    assert_eq!(app.overlay, Overlay::None);
    assert!(app.status.as_deref().unwrap().contains("\"/d/mine.csv\""), "{:?}", app.status);
    // the next export offers the format chosen last
    update(&mut app, Action::ExportReview);
    update(&mut app, Action::ExportDefaults(vec!["/d/a.csv".into(), "/d/a.md".into(), "/d/a.json".into()]));
    assert_eq!(app.export.path_text(), "/d/a.csv");
    update(&mut app, Action::Cancel);
    assert_eq!((app.overlay, app.status.as_deref()), (Overlay::None, Some("export cancelled")));
}

#[test]
fn an_existing_file_is_overwritten_only_after_a_second_enter_or_y() {
    use super::export::TargetProblem;
    let mut app = export_dialog(&["/d/r.csv", "/d/r.md", "/d/r.json"]);
    let exists = || Action::ExportRefused { path: "/d/r.csv".into(), problem: TargetProblem::Exists };
    assert!(!export_asked(update(&mut app, Action::Confirm)).2);
    update(&mut app, exists());
    let said = app.export.message.clone().unwrap();
    assert!(said.contains("\"/d/r.csv\" exists — enter again to overwrite"), "{said}");
    assert_eq!(app.overlay, Overlay::Export);
    // the second Enter replaces
    assert!(export_asked(update(&mut app, Action::Confirm)).2);
    // y does too; n takes the question back, and so does any change of the path or format
    update(&mut app, exists());
    assert!(export_asked(update(&mut app, Action::PromptInput(pressed(KeyCode::Char('y'))))).2);
    update(&mut app, exists());
    assert!(update(&mut app, Action::PromptInput(pressed(KeyCode::Char('n')))).is_empty());
    assert_eq!((app.export.overwrite, app.export.message.as_ref()), (false, None));
    assert_eq!(app.export.path_text(), "/d/r.csv", "n answered the question: it was not typed");
    assert!(!export_asked(update(&mut app, Action::Confirm)).2);
    update(&mut app, exists());
    update(&mut app, Action::PromptInput(pressed(KeyCode::Char('2'))));
    assert!(!export_asked(update(&mut app, Action::Confirm)).2, "another name is asked about anew");
    update(&mut app, exists());
    update(&mut app, Action::NextFormat);
    assert!(!app.export.overwrite);
    // other refusals are said and the dialog stays to mend the path
    update(
        &mut app,
        Action::ExportRefused {
            path: "/nope/r.md".into(),
            problem: TargetProblem::Unusable("there is no folder \"/nope\"".into()),
        },
    );
    assert_eq!(app.export.message.as_deref(), Some("there is no folder \"/nope\""));
    assert!(!app.export.overwrite);
    update(&mut app, Action::ClearLine);
    assert_eq!(app.export.path_text(), "");
    assert!(update(&mut app, Action::Confirm).is_empty(), "nothing to write to");
    assert!(app.export.message.is_some());
}

#[test]
fn export_without_a_review_file_says_so() {
    let mut app = app();
    app.review.enabled = false;
    assert!(update(&mut app, Action::ExportReview).is_empty());
    assert!(app.status.as_deref().unwrap().contains("review is off"));
}

#[test]
fn a_corpus_of_which_nothing_loads_says_so_and_which_key_shows_why() {
    let warning = |line| korpus::corpus::LoadWarning {
        path: "feed.jsonl".into(),
        line,
        reason: "missing field `text` at line 1 column 9".into(),
    };
    let nothing = korpus::Corpus { name: "feed.jsonl".into(), articles: Vec::new(), warnings: vec![warning(Some(1))] };
    let mut app = app();
    app.store = store_of(nothing);
    app.refresh_list();
    let dump = format!("{}", screen(&mut app, 100, 24).backend());
    let status = dump.lines().last().unwrap().to_owned();
    assert!(status.contains("nothing loaded: 1 line skipped (W shows why)"), "{status}");
    assert!(!dump.contains("no articles"), "the list says why it is empty: {dump}");
    assert!(dump.lines().nth(1).unwrap().contains("nothing loaded"), "{dump}");
    // a file that could not be read is a file, and some articles did load
    let mut some = load_seeds();
    some.warnings = vec![warning(None), warning(None)];
    app.store = store_of(some);
    app.refresh_list();
    let dump = format!("{}", screen(&mut app, 100, 24).backend());
    let status = dump.lines().last().unwrap().to_owned();
    assert!(status.contains(" 2 files skipped (W shows why)") && !status.contains("nothing"), "{status}");
}

#[test]
fn a_hit_on_the_first_line_of_an_article_titled_otherwise_says_it_is_text_and_names_the_article() {
    // a JSON Lines title that is not in the text
    let titled = korpus::Article::new(
        "a1".into(),
        "The old hangar in the north opened again on Monday.\nWorkers returned after ten years.",
        Some("Zeppelin factory reopens"),
        Some("en"),
    );
    let headline = korpus::Article::new("a2".into(), "Hangar doors open\n\nThe doors opened.", None, Some("en"));
    let corpus = korpus::Corpus { name: "t".into(), articles: vec![titled, headline], warnings: Vec::new() };
    let mut app = App::new(store_of(corpus), Keymap::defaults(), app().themes, 0);
    apply(&mut app, [Action::Resize(120, 30), Action::FocusSearch]);
    apply(&mut app, typed("hangar"));
    assert_eq!(app.search.hits.len(), 2, "{:?}", app.search.hits);
    let dump = format!("{}", screen(&mut app, 120, 30).backend());
    // the focused search pane's rows are the ones between heavy borders
    let row = |needle: &str| {
        dump.lines().find(|l| l.contains('┃') && l.contains(needle)).unwrap_or_else(|| panic!("{dump}")).to_owned()
    };
    let first_line = row("The old hangar");
    assert!(first_line.contains("text ") && !first_line.contains("title "), "{first_line}");
    assert!(first_line.contains("Zeppelin factory"), "the article it comes from: {first_line}");
    // a headline taken from the text is still a title hit
    assert!(row("Hangar doors open").contains("title "), "{dump}");
    assert!(super::panes::search::is_title_line("Russia and North…", "Russia and North Korea have"));
    assert!(super::panes::search::is_title_line("Putin", "# **Putin** [link](https://x)"));
    assert!(!super::panes::search::is_title_line("Zeppelin factory reopens", "The old hangar"));
}
