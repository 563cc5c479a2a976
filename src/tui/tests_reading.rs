//! Tests of the news reader's workflow: dates, sources and links shown,
//! sorted and filtered; finding inside an article; jumping back and forth;
//! opening marks read.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use korpus::corpus::load_seeds;

use super::action::Action;
use super::app::{App, Overlay, Pane, PromptKind};
use super::filter::MarkFilter;
use super::tests::{app, apply, reviewing_app, screen, store_of, typed};

/// The seeds with news metadata: a date in each format feeds use (and one
/// article without), sources, a link.
fn dated_app(reviewing: bool) -> App {
    let mut corpus = load_seeds();
    let meta: [(Option<&str>, Option<&str>); 5] = [
        (Some("2024-06-19T08:00:00Z"), Some("Anadolu")),
        (Some("Fri, 21 Jun 2024 10:00:00 GMT"), Some("TASS")),
        (None, Some("Reuters")),
        (Some("2024-06-20"), None),
        (Some("2023-12-31"), Some("RTS")),
    ];
    for (article, (date, source)) in corpus.articles.iter_mut().zip(meta) {
        article.date = date.map(str::to_owned);
        article.source = source.map(str::to_owned);
    }
    corpus.articles[0].url = Some("https://www.aa.com.tr/tr/dunya/lavrov-pyongyang".into());
    let mut app = if reviewing { reviewing_app() } else { app() };
    app.store = store_of(corpus);
    app.refresh_list();
    app
}

fn prompt_typed(text: &str) -> Vec<Action> {
    text.chars().map(|c| Action::PromptInput(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))).collect()
}

fn filter_line(app: &mut App, line: &str) {
    apply(app, [Action::FocusList, Action::FilterLine, Action::ClearLine]);
    apply(app, prompt_typed(line));
    apply(app, [Action::Confirm]);
}

#[test]
fn sorting_by_date_puts_the_newest_first_and_undated_last_and_by_source_alphabetically() {
    let mut app = dated_app(false);
    apply(&mut app, [Action::CycleSort]);
    // 21 Jun (RFC 2822), 20 Jun, 19 Jun (ISO with a time), 2023, no date
    assert_eq!(app.list.order, vec![1, 3, 0, 4, 2]);
    apply(&mut app, [Action::CycleSort]);
    // Anadolu, Reuters, RTS, TASS, then the article without a source
    assert_eq!(app.list.order, vec![0, 2, 4, 1, 3]);
}

#[test]
fn the_list_and_the_text_header_show_date_source_and_link() {
    let mut app = dated_app(false);
    let terminal = screen(&mut app, 120, 24);
    insta::assert_snapshot!("list_and_header_with_metadata_120x24", terminal.backend());
    let dump = format!("{}", terminal.backend());
    assert!(dump.contains("2024-06-21"), "{dump}");
    assert!(dump.contains("tr Latn · 2024-06-19T08:00:00Z · Anadolu · https://www.aa.com.tr"), "{dump}");
    // sorted by source, the list shows the sources once it has room
    apply(&mut app, [Action::CycleSort, Action::CycleSort]);
    let terminal = screen(&mut app, 160, 24);
    let first = super::tests::row_text(terminal.backend().buffer(), 1);
    assert!(first.contains("2024-06-19 Anadolu"), "{first}");
}

#[test]
fn filter_line_combines_language_source_date_and_marks_and_reads_back() {
    let mut app = dated_app(true);
    filter_line(&mut app, "date:2024-06");
    assert_eq!(app.list.order, vec![0, 1, 3]);
    filter_line(&mut app, "date:2024-06-20.. source:a");
    // from the 20th, a source with an `a`: TASS (Anadolu is the 19th, article 3 has no source)
    assert_eq!(app.list.order, vec![1]);
    // a language the corpus does not have: nothing listed, and the codes it has
    filter_line(&mut app, "lang:xx");
    assert!(app.list.order.is_empty());
    let status = app.status.clone().unwrap_or_default();
    assert!(status.contains("no article is in \"xx\"") && status.contains("ru"), "{status}");
    filter_line(&mut app, "lang:ru");
    assert_eq!(app.list.order, vec![1]);
    assert_eq!(app.status.as_deref(), Some("1 article listed"));
    assert_eq!(app.selected, 1);
    // a mark joins the rest: the Russian article read, nothing unread in Russian
    apply(&mut app, [Action::ToggleRead]);
    filter_line(&mut app, "lang:ru unread");
    assert!(app.list.order.is_empty());
    // the filter prompt opens with the filters in force, to be edited
    apply(&mut app, [Action::FilterLine]);
    assert_eq!(app.prompt.lines().join(""), "lang:ru unread ");
    apply(&mut app, [Action::Cancel]);
    let terminal = screen(&mut app, 100, 24);
    let top = super::tests::row_text(terminal.backend().buffer(), 0);
    assert!(top.contains("0/0 lang:ru unread"), "{top}");
    // esc in the list drops every filter
    apply(&mut app, [Action::Back]);
    assert!(app.list.filter.is_empty());
    assert_eq!(app.list.order.len(), 5);
}

#[test]
fn a_filter_line_that_does_not_read_stays_open_and_says_why() {
    let mut app = dated_app(false);
    apply(&mut app, [Action::FilterLine]);
    apply(&mut app, prompt_typed("lang:ru unred"));
    apply(&mut app, [Action::Confirm]);
    assert_eq!(app.overlay, Overlay::Prompt(PromptKind::Filter));
    assert!(app.status.as_deref().unwrap_or("").contains("\"unred\""));
    assert!(app.list.filter.is_empty(), "nothing changes until the line reads");
    let terminal = screen(&mut app, 100, 24);
    let last = super::tests::row_text(terminal.backend().buffer(), 23);
    assert!(last.contains("filter: lang:ru unred"), "{last}");
}

#[test]
fn cycling_languages_lists_one_language_after_another_then_all() {
    let mut app = dated_app(false);
    let mut seen = Vec::new();
    for _ in 0..5 {
        apply(&mut app, [Action::CycleLanguage]);
        let language = app.list.filter.language.clone().expect("a language");
        assert!(app.list.order.iter().all(|a| app.article(a).unwrap().language.code() == language));
        seen.push(language);
    }
    seen.sort();
    assert_eq!(seen, ["en", "hi", "ru", "sr", "tr"]);
    apply(&mut app, [Action::CycleLanguage]);
    assert_eq!(app.list.filter.language, None);
    assert_eq!(app.list.order.len(), 5);
}

#[test]
fn find_in_the_article_marks_matches_and_n_visits_them_then_esc_clears() {
    let mut app = app();
    apply(&mut app, [Action::FocusText, Action::Find]);
    apply(&mut app, prompt_typed("LAVROV"));
    let find = app.text.find.clone().expect("matches while typing");
    assert!(find.matches.len() >= 3, "{find:?}");
    let text = app.store.text(0).unwrap();
    for &(s, e) in &find.matches {
        assert_eq!(text[s..e].to_lowercase(), "lavrov");
    }
    drop(text);
    apply(&mut app, [Action::Confirm]);
    assert_eq!(app.overlay, Overlay::None);
    let first = app.text.find.as_ref().unwrap().current;
    apply(&mut app, [Action::NextEntity]);
    assert_eq!(app.text.find.as_ref().unwrap().current, first.map(|i| (i + 1) % find.matches.len()));
    apply(&mut app, [Action::PrevEntity, Action::PrevEntity]);
    assert_eq!(app.text.find.as_ref().unwrap().current, Some(find.matches.len() - 1), "N wraps to the last");
    // the last match is in view, in the hit style
    let row = {
        let (rows, text) = super::update::text_rows(&app);
        rows.row_of(&text, find.matches[find.matches.len() - 1].0)
    };
    let visible = super::update::text_viewport(&app).height as usize;
    assert!((app.text.scroll..app.text.scroll + visible).contains(&row));
    apply(&mut app, [Action::Back]);
    assert!(app.text.find.is_none());
    assert_eq!(app.focus, Pane::Text, "esc puts the find away first, not the pane");
}

#[test]
fn find_matches_ignore_case_across_scripts_and_keep_byte_offsets() {
    let text = "Пхеньян — ПХЕНЬЯН. İstanbul istanbul";
    let matches = super::update::find_matches(text, "пхеньян");
    assert_eq!(matches.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>(), ["Пхеньян", "ПХЕНЬЯН"]);
    assert!(super::update::find_matches(text, "").is_empty());
    assert_eq!(super::update::find_matches("aaa", "aa").len(), 1, "matches do not overlap");
}

#[test]
fn history_goes_back_to_where_a_jump_started_and_forward_again() {
    let mut app = app();
    apply(&mut app, [Action::FocusText, Action::PageDown]);
    let scroll = app.text.scroll;
    assert!(scroll > 0);
    apply(&mut app, [Action::FocusSearch]);
    apply(&mut app, typed("пхеньяном"));
    let (index, hit) =
        app.search.hits.iter().cloned().enumerate().find(|(_, h)| h.article != 0).expect("a hit in another article");
    app.search.selected = index;
    apply(&mut app, [Action::Open]);
    assert_eq!(app.selected, hit.article);
    let there = app.text.scroll;
    apply(&mut app, [Action::HistoryBack]);
    assert_eq!((app.selected, app.text.scroll), (0, scroll));
    apply(&mut app, [Action::HistoryForward]);
    assert_eq!((app.selected, app.text.scroll), (hit.article, there));
    assert!(app.text.highlight.is_some(), "the hit is highlighted again");
    apply(&mut app, [Action::HistoryForward]);
    assert_eq!(app.status.as_deref(), Some("nothing to go forward to"));
}

#[test]
fn next_and_previous_article_from_the_text_view_follow_the_list() {
    let mut app = dated_app(false);
    apply(&mut app, [Action::CycleSort, Action::Top, Action::FocusText]);
    assert_eq!(app.selected, 1);
    apply(&mut app, [Action::NextArticle]);
    assert_eq!((app.selected, app.focus, app.text.scroll), (3, Pane::Text, 0));
    apply(&mut app, [Action::PrevArticle, Action::PrevArticle]);
    assert_eq!(app.selected, 1, "the first article stays");
}

#[test]
fn opening_marks_read_and_the_unread_list_keeps_it_until_the_selection_moves() {
    let mut app = dated_app(true);
    apply(&mut app, [Action::CycleFilter]);
    assert_eq!(app.list.filter.mark, Some(MarkFilter::Unread));
    let effects = super::update::update(&mut app, Action::Open);
    assert!(matches!(&effects[..], [super::update::Effect::SaveMark { mark, .. }] if mark.read));
    assert!(app.mark(0).is_some_and(|m| m.read));
    assert_eq!(app.list.order.len(), 5, "still listed while it is read");
    apply(&mut app, [Action::NextArticle]);
    assert_eq!(app.selected, 1);
    assert!(app.mark(1).is_some_and(|m| m.read), "reading on in the text view opens the next");
    assert_eq!(app.list.order, vec![1, 2, 3, 4]);
}

#[test]
fn opening_leaves_marks_alone_when_configured_so() {
    let mut app = dated_app(true);
    app.review.read_on_open = false;
    assert!(super::update::update(&mut app, Action::Open).is_empty());
    assert!(app.mark(0).is_none_or(|m| !m.read));
}

/// The README's key table, written from the default keymap and the actions'
/// descriptions: the help overlay draws from the same two.
fn key_table() -> String {
    let keymap = super::keymap::Keymap::defaults();
    let mut table = String::from("| where | keys | does | action |\n|---|---|---|---|\n");
    for layer in super::keymap::Layer::ALL {
        for (row, (action, keys)) in keymap.bindings(layer).into_iter().enumerate() {
            let keys: Vec<String> = keys.iter().map(|k| format!("`{}`", k.to_string().replace('|', "\\|"))).collect();
            table.push_str(&format!(
                "| {} | {} | {} | `{}` |\n",
                if row == 0 { super::panes::help::heading(layer) } else { "" },
                keys.join(" "),
                action.describe().replace('|', "\\|"),
                action.name()
            ));
        }
    }
    table
}

#[test]
fn the_readme_key_table_is_the_keymap() {
    const BEGIN: &str =
        "<!-- keys: written by the test the_readme_key_table_is_the_keymap (UPDATE_README=1 rewrites) -->\n";
    const END: &str = "<!-- /keys -->";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme.find(BEGIN).expect("the key table's opening marker in the README") + BEGIN.len();
    let end = start + readme[start..].find(END).expect("the key table's closing marker");
    let table = key_table();
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, format!("{}{table}{}", &readme[..start], &readme[end..])).unwrap();
        return;
    }
    assert_eq!(
        readme[start..end],
        table,
        "the README's key table differs from the keymap: UPDATE_README=1 rewrites it"
    );
}

#[test]
fn the_overview_charts_articles_over_time_and_a_language_bar_lists_that_language() {
    let mut app = dated_app(false);
    apply(&mut app, [Action::Overview]);
    let timeline = &app.timeline.as_ref().expect("counted when the overview opens").1;
    assert_eq!((timeline.days.values().flatten().sum::<u32>(), timeline.undated), (4, 1));
    // shift-tab from the first entity chart reaches the languages chart
    apply(&mut app, [Action::FocusPrev]);
    assert_eq!(app.overlay, Overlay::Overview { chart: super::panes::overview::LANGUAGES, selected: 0 });
    let languages = super::panes::overview::languages(&app);
    let russian = languages.iter().position(|(l, _)| l == "ru").expect("Russian in the chart");
    for _ in 0..russian {
        apply(&mut app, [Action::Down]);
    }
    let terminal = screen(&mut app, 100, 30);
    insta::assert_snapshot!("overview_timeline_ru_100x30", terminal.backend());
    let dump = format!("{}", terminal.backend());
    assert!(dump.contains("articles per week · ru · 2023-12-25 – 2024-06-17"), "{dump}");
    apply(&mut app, [Action::Open]);
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.list.filter.language.as_deref(), Some("ru"));
    assert_eq!(app.list.order, vec![1]);
    assert_eq!((app.selected, app.focus), (1, Pane::List));
}

/// An Arabic and a Chinese article (written for this test: one sentence of
/// news each), in a corpus of their own.
fn arabic_and_chinese_app() -> App {
    let arabic = "التقى لافروف بالزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ يوم الأربعاء (19 يونيو).\n\
                  وقال لافروف إن المحادثات كانت مثمرة.";
    let chinese = "俄罗斯外交部长拉夫罗夫周三在平壤会见了朝鲜领导人金正恩。\n双方讨论了两国合作。";
    let corpus = korpus::Corpus {
        articles: vec![
            korpus::corpus::Article::new("ar.txt".into(), arabic, None, Some("ar")),
            korpus::corpus::Article::new("zh.txt".into(), chinese, None, Some("zh")),
        ],
        ..load_seeds()
    };
    let mut app = app();
    app.store = store_of(corpus);
    // the wrap of the seed article shown before is not this corpus's
    app.text.wrapped.replace(None);
    app.refresh_list();
    app
}

/// What the cells drawn in `style` read, left to right, in the text pane.
fn cells_in_style(app: &App, buffer: &ratatui::buffer::Buffer, style: ratatui::style::Style) -> Vec<String> {
    let area = super::update::text_viewport(app);
    (area.y..area.y + area.height)
        .map(|y| {
            (area.x..area.x + area.width)
                .filter(|&x| buffer[(x, y)].bg == style.bg.unwrap() && buffer[(x, y)].fg == style.fg.unwrap())
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect::<String>()
        })
        .filter(|row| !row.is_empty())
        .collect()
}

fn find(app: &mut App, words: &str) {
    apply(app, [Action::FocusText, Action::Find]);
    apply(app, prompt_typed(words));
    apply(app, [Action::Confirm]);
}

#[test]
fn arabic_reads_right_to_left_and_chinese_left_to_right_with_colours_on_their_words() {
    let mut app = arabic_and_chinese_app();
    find(&mut app, "لافروف");
    let terminal = screen(&mut app, 80, 20);
    insta::assert_snapshot!("arabic_right_to_left_80x20", terminal.backend());
    let buffer = terminal.backend().buffer();
    let theme = app.theme().clone();
    // the word found is drawn in the hit's colours, its letters right to left
    let current: Vec<String> = cells_in_style(&app, buffer, theme.style(super::theme::Slot::Hit));
    let reversed: String = current.concat().chars().rev().collect();
    assert_eq!(reversed, "لافروف", "{current:?}");
    // an Arabic paragraph ends at the pane's right edge
    let area = super::update::text_viewport(&app);
    let first_row: String = (area.x..area.x + area.width).map(|x| buffer[(x, area.y)].symbol().to_owned()).collect();
    assert!(first_row.trim_end().chars().count() == first_row.chars().count(), "right-aligned: {first_row:?}");
    let second_row: String =
        (area.x..area.x + area.width).map(|x| buffer[(x, area.y + 1)].symbol().to_owned()).collect();
    // `(19 يونيو).` read right to left: the date's digits in their own order, the brackets facing the text
    assert!(second_row.contains(".(وينوي 19)"), "{second_row:?}");

    // a terminal that reorders by itself gets the letters in reading order
    app.reorder_bidi = false;
    let terminal = screen(&mut app, 80, 20);
    let current = cells_in_style(&app, terminal.backend().buffer(), theme.style(super::theme::Slot::Hit));
    assert_eq!(current.concat(), "لافروف");

    // Chinese: wide letters, left to right, the match coloured
    app.reorder_bidi = true;
    apply(&mut app, [Action::FocusList, Action::Down]);
    find(&mut app, "平壤");
    let terminal = screen(&mut app, 80, 20);
    insta::assert_snapshot!("chinese_80x20", terminal.backend());
    let current = cells_in_style(&app, terminal.backend().buffer(), theme.style(super::theme::Slot::Hit));
    assert_eq!(current.concat().replace(' ', ""), "平壤");
}

#[test]
fn the_related_pane_says_what_its_bar_and_counts_mean_when_focused() {
    let mut app = app();
    let terminal = screen(&mut app, 100, 30);
    assert!(!format!("{}", terminal.backend()).contains("bar: similarity"));
    apply(&mut app, [Action::FocusRelated]);
    let terminal = screen(&mut app, 100, 30);
    assert!(format!("{}", terminal.backend()).contains("bar: similarity · name ×mentions"));
}

/// The same news in Arabic, Hebrew and English (one sentence each, written
/// for this test), in a corpus of their own.
fn arabic_hebrew_english_app() -> App {
    let articles = [
        (
            "ar",
            "لافروف يلتقي كيم جونغ أون في بيونغ يانغ\n\nالتقى وزير الخارجية الروسي سيرغي لافروف بالزعيم الكوري \
             الشمالي كيم جونغ أون في بيونغ يانغ يوم الأربعاء (19 يونيو). وقال لافروف إن المحادثات كانت مثمرة.",
        ),
        (
            "he",
            "לברוב נפגש עם קים ג'ונג און בפיונגיאנג\n\nשר החוץ הרוסי סרגיי לברוב נפגש ביום רביעי עם מנהיג צפון \
             קוריאה קים ג'ונג און בפיונגיאנג. לברוב אמר כי השיחות היו פוריות.",
        ),
        ("en", "Lavrov meets Kim Jong Un in Pyongyang\n\nRussian Foreign Minister Sergei Lavrov met Kim Jong Un."),
    ];
    let corpus = korpus::Corpus {
        articles: articles
            .iter()
            .map(|(lang, text)| korpus::corpus::Article::new(format!("{lang}.txt"), text, None, Some(lang)))
            .collect(),
        ..load_seeds()
    };
    let mut app = app();
    app.store = store_of(corpus);
    app.text.wrapped.replace(None);
    app.refresh_list();
    // the related articles shown were the seeds': ranked again on this corpus
    app.related = Default::default();
    apply(&mut app, [Action::Tick]);
    app
}

/// The screen's rows as text, cell by cell.
fn rows_of(terminal: &ratatui::Terminal<ratatui::backend::TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| (0..buffer.area.width).map(|x| buffer[(x, y)].symbol().to_owned()).collect())
        .collect()
}

fn reversed(s: &str) -> String {
    s.chars().rev().collect()
}

#[test]
fn arabic_and_hebrew_titles_and_hits_read_right_to_left_in_the_list_and_the_search_pane() {
    let mut app = arabic_hebrew_english_app();
    apply(&mut app, [Action::FocusSearch]);
    apply(&mut app, typed("לברוב"));
    let terminal = screen(&mut app, 120, 24);
    insta::assert_snapshot!("arabic_hebrew_list_and_hits_120x24", terminal.backend());
    let rows = rows_of(&terminal);
    let row_with = |needle: &str| rows.iter().find(|r| r.contains(needle)).cloned().unwrap_or_default();
    // list rows: the title's last word leftmost, each word's letters right to left
    assert!(row_with("ar  ").contains(&reversed("لافروف يلتقي كيم")), "{rows:#?}");
    assert!(row_with("he  ").contains(&reversed("לברוב נפגש עם קים")), "{rows:#?}");
    assert!(row_with("en  ").contains("Lavrov meets Kim Jong Un"), "{rows:#?}");
    // the title hit, whole, in drawing order, and the matched word marked (on
    // the selected row the match keeps its underline, the colours are the selection's)
    assert!(row_with("title  he").contains(&reversed("לברוב נפגש עם קים ג'ונג און בפיונגיאנג")), "{rows:#?}");
    let buffer = terminal.backend().buffer();
    let y = rows.iter().position(|r| r.contains("title  he")).unwrap() as u16;
    let underlined = ratatui::style::Modifier::UNDERLINED;
    let coloured: String = (0..buffer.area.width)
        .filter(|&x| buffer[(x, y)].modifier.contains(underlined))
        .map(|x| buffer[(x, y)].symbol().to_owned())
        .collect();
    assert_eq!(coloured, reversed("לברוב"));
    // a text hit cut at its start: the `…` is on the right, where the line began
    let text_hit = row_with("text   he");
    let snippet = text_hit.split("text   he  ").nth(1).and_then(|r| r.split("  ").next()).unwrap_or_default();
    assert!(snippet.ends_with('…') && !snippet.starts_with('…'), "{text_hit}");
    assert!(snippet.starts_with(&reversed("פוריות.")), "the line's end on the left: {text_hit}");

    // a terminal that reorders by itself is given reading order
    app.reorder_bidi = false;
    let rows = rows_of(&screen(&mut app, 120, 24));
    let row_with = |needle: &str| rows.iter().find(|r| r.contains(needle)).cloned().unwrap_or_default();
    assert!(row_with("he  ").contains("לברוב נפגש עם קים"), "{rows:#?}");
    assert!(row_with("title  he").contains("לברוב נפגש עם קים"), "{rows:#?}");
}

#[test]
fn a_narrow_related_pane_cuts_names_at_cell_edges_and_rows_of_stop_words_are_dropped() {
    let mut app = app();
    apply(&mut app, [Action::FocusRelated]);
    let terminal = screen(&mut app, 60, 20);
    let buffer = terminal.backend().buffer();
    let area = super::panes::layout(app.size, app.focus).related;
    // every row ends at the pane's right border, and some entity is named
    let right = area.x + area.width - 1;
    for y in area.y..area.y + area.height {
        assert!(matches!(buffer[(right, y)].symbol(), "┃" | "┓" | "┛" | "│"), "row {y}: {}", terminal.backend());
    }
    let first = app.related.items.first().expect("related articles on the seeds");
    let name = app.entity(first.shared[0].entity).unwrap().name.into_owned();
    let shown: String = (area.x..right).map(|x| buffer[(x, area.y + 2)].symbol().to_owned()).collect();
    let lead: String = name.chars().take(3).collect();
    assert!(shown.contains(&lead), "a name is kept in a narrow pane: {shown:?}");

    // a row that shares only a number and stop words explains nothing and is not listed
    // (seed article 1 is Russian: `стал` is one of its language's stop words)
    assert_eq!(app.article(1).unwrap().language.code(), "ru");
    let noise = korpus::related::Related {
        article: 1,
        score: 0.04,
        shared: Vec::new(),
        terms: vec!["300".into(), "стал".into()],
        shared_terms: vec![
            korpus::related::SharedTerm { here: "300".into(), there: "300".into(), here_count: 1, there_count: 1 },
            korpus::related::SharedTerm {
                here: "стал".into(), there: "стал".into(), here_count: 1, there_count: 1
            },
        ],
    };
    let mut telling = noise.clone();
    telling.article = 3;
    telling.shared_terms.push(korpus::related::SharedTerm {
        here: "Pyongyang".into(),
        there: "Пхеньян".into(),
        here_count: 2,
        there_count: 1,
    });
    let (article, other_languages_only) = app.related.shown_for.unwrap();
    apply(&mut app, [Action::RelatedResults { article, other_languages_only, results: vec![noise, telling] }]);
    assert_eq!(app.related.items.iter().map(|r| r.article).collect::<Vec<_>>(), vec![3]);
}
