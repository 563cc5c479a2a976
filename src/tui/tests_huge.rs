//! A huge article in the text view: laid out a block at a time as it
//! scrolls into view, its entities coloured wherever the view is.

use std::sync::Arc;

use korpus::corpus::{Article, load_seeds};
use korpus::store::{MemoryStore, Store};

use super::action::Action;
use super::app::{App, ListOrder, Pane};
use super::tests::{app, apply, screen, store_of};
use super::wrap::{BLOCK, display_width};

/// One article of `repeats` news sentences on one line, alone in its corpus.
fn one_long_line(repeats: usize) -> korpus::Corpus {
    let text = "Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Pyongyang on Wednesday. ".repeat(repeats);
    korpus::Corpus { articles: vec![Article::new("long.txt".into(), &text, None, Some("en"))], ..load_seeds() }
}

fn opened(store: Arc<dyn Store>) -> App {
    let mut app = app();
    app.store = store;
    app.text.wrapped.replace(None);
    app.text.mentions.replace(None);
    app.selected = 0;
    app.refresh_list();
    app
}

#[test]
fn the_first_screen_of_a_huge_article_lays_out_its_first_block_alone() {
    // 8 MB on one line, no analysis needed to show it
    let corpus = Arc::new(one_long_line(100_000));
    let mut app = opened(Arc::new(MemoryStore::articles_only(corpus)));
    let terminal = screen(&mut app, 120, 40);
    let dump = format!("{}", terminal.backend());
    assert!(dump.contains("Russian Foreign Minister"), "{dump}");
    let (rows, _) = super::update::text_rows(&app);
    assert_eq!(rows.blocks_laid_out(), 1);
    // the rows beyond are guessed, and said to be
    assert!(dump.contains("/~"), "{dump}");
    // the end is reached, and the rows on the way are counted, not kept
    apply(&mut app, [Action::FocusText, Action::Bottom]);
    let terminal = screen(&mut app, 120, 40);
    let dump = format!("{}", terminal.backend());
    assert!(!dump.contains("/~"), "{dump}");
    assert!(app.text.scroll > 50_000, "{}", app.text.scroll);
}

#[test]
fn entities_far_into_a_huge_article_keep_their_colours() {
    let store = store_of(one_long_line(2_500));
    let mut app = opened(store);
    app.focus = Pane::Text;
    // the pane's size first: rows are of its width
    screen(&mut app, 120, 40);
    let mentions = app.selected_mentions();
    let last = mentions.last().expect("the sentences' names are recognised").clone();
    assert!(last.start as usize > 2 * BLOCK, "the last mention is in the third block or later");
    // scrolled to the row holding it, as a search hit or `n` would
    let (rows, text) = super::update::text_rows(&app);
    let row = rows.row_of(&text, last.start as usize);
    let (row_start, _) = rows.row(&text, row).unwrap();
    let column = display_width(&text[row_start..last.start as usize]) as u16;
    drop(text);
    app.text.scroll = row;
    let terminal = screen(&mut app, 120, 40);
    let viewport = super::update::text_viewport(&app);
    // (the last screenful starts above it)
    let y = viewport.y + (row - app.text.scroll) as u16;
    let cell = &terminal.backend().buffer()[(viewport.x + column, y)];
    let style = app.theme().entity(last.kind);
    assert_eq!((cell.fg, cell.symbol()), (style.fg.unwrap(), &app.store.text(0).unwrap()[last.start as usize..][..1]));
}

#[test]
fn every_article_in_corpus_order_is_listed_without_a_table_of_them() {
    let mut app = app();
    app.refresh_list();
    assert_eq!(app.list.order, ListOrder::All(app.store.len()));
    // a sort or a filter chooses; back in corpus order, nothing is held again
    apply(&mut app, [Action::CycleSort]);
    assert!(matches!(app.list.order, ListOrder::Chosen(_)));
    while app.list.sort != super::app::ListSort::Corpus {
        apply(&mut app, [Action::CycleSort]);
    }
    assert_eq!(app.list.order, ListOrder::All(app.store.len()));
}

#[test]
fn the_whole_list_answers_as_a_table_of_every_article_would() {
    for n in [0, 1, 7] {
        let (all, table) = (ListOrder::All(n), ListOrder::Chosen((0..n).collect()));
        assert_eq!(all.len(), table.len());
        assert_eq!(all, (0..n).collect::<Vec<_>>());
        for i in 0..n + 2 {
            assert_eq!(all.get(i), table.get(i));
            assert_eq!(all.position(i), table.position(i));
            assert_eq!(all.iter_from(i).collect::<Vec<_>>(), table.iter_from(i).collect::<Vec<_>>());
        }
        assert_eq!(all.first(), table.first());
    }
}

/// 8 MB on one line (past what the loop lays out itself) in the focused
/// text view, and the view's width.
fn huge_in_view() -> (App, usize) {
    let corpus = Arc::new(one_long_line(100_000));
    let mut app = opened(Arc::new(MemoryStore::articles_only(corpus)));
    screen(&mut app, 120, 40);
    apply(&mut app, [Action::FocusText]);
    let width = super::update::text_viewport(&app).width as usize;
    (app, width)
}

/// The text's length and its rows per block at `width`, as the worker counts them.
fn counted(app: &App, width: usize) -> (usize, Vec<usize>) {
    let text = app.store.text(0).unwrap();
    (text.len(), super::wrap::count_rows(&text, width, &std::sync::atomic::AtomicBool::new(false)).unwrap())
}

#[test]
fn g_on_a_huge_article_counts_its_rows_off_the_loop_and_keys_answer_meanwhile() {
    use super::update::{Effect, update};
    let (mut app, width) = huge_in_view();
    let effects = update(&mut app, Action::Bottom);
    assert_eq!(effects, vec![Effect::LayOut { article: 0, width }]);
    // nothing was laid out on the loop, and the view says what it waits for
    assert_eq!(super::update::text_rows(&app).0.blocks_laid_out(), 1);
    let dump = format!("{}", screen(&mut app, 120, 40).backend());
    assert!(dump.contains("laying out…"), "{dump}");
    // a second `G` starts no second count; keys scroll meanwhile
    assert_eq!(update(&mut app, Action::Bottom), vec![]);
    update(&mut app, Action::Down);
    assert_eq!(app.text.scroll, 1);
    // the user scrolled, so the counts are kept but the view stays; `G` now lands at once
    let (text_len, counts) = counted(&app, width);
    let total: usize = counts.iter().sum();
    update(&mut app, Action::LaidOut { article: 0, width, text_len, counts: counts.clone() });
    assert_eq!((app.text.scroll, app.text.laying_out), (1, None));
    assert_eq!(update(&mut app, Action::Bottom), vec![]);
    let visible = super::update::text_viewport(&app).height as usize;
    assert_eq!(app.text.scroll, total - visible);
    // a stale answer (another width) is dropped; `q` quits while a count runs
    apply(&mut app, [Action::Top]);
    update(&mut app, Action::Resize(100, 40));
    let effects = update(&mut app, Action::Bottom);
    assert!(matches!(effects[..], [Effect::LayOut { width: w, .. }] if w != width));
    update(&mut app, Action::LaidOut { article: 0, width, text_len, counts });
    assert_eq!(app.text.scroll, 0);
    assert!(app.text.laying_out.is_some());
    update(&mut app, Action::Quit);
    assert!(app.should_quit);
}

#[test]
fn a_match_far_into_a_huge_article_is_reached_once_its_rows_are_counted_off_the_loop() {
    use super::update::{Effect, find_matches, update};
    let (mut app, width) = huge_in_view();
    let matches = find_matches(&app.store.text(0).unwrap(), "Wednesday");
    let last = matches.last().unwrap().0;
    app.text.find = Some(super::app::Find { article: 0, query: "Wednesday".into(), matches, current: None });
    // `N` from the top: the last match, 8 MB on
    let effects = update(&mut app, Action::PrevEntity);
    assert_eq!(effects, vec![Effect::LayOut { article: 0, width }]);
    assert_eq!((app.text.scroll, super::update::text_rows(&app).0.blocks_laid_out()), (0, 1));
    let (text_len, counts) = counted(&app, width);
    update(&mut app, Action::LaidOut { article: 0, width, text_len, counts });
    let (rows, text) = super::update::text_rows(&app);
    let row = rows.row_of(&text, last);
    let visible = super::update::text_viewport(&app).height as usize;
    assert!(row >= app.text.scroll && row < app.text.scroll + visible, "row {row} on screen from {}", app.text.scroll);
    assert!(app.text.scroll > 50_000);
}
