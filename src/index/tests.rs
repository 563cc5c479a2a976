use std::fs;
use std::sync::Arc;

use super::*;
use crate::corpus::{Article, KnownReading, list_corpus, load_listing, load_seeds};
use crate::entities::{EntityId, EntityIndex, EntityKind, RawMention};
use crate::lang::{Language, Script};
use crate::related::{RelatedIndex, StoredEntry, StoredVector};
use crate::search::{SearchIndex, SearchSession};
use crate::store::compare::{Questions, differences};
use crate::store::{MemoryStore, Store, StoreError};

fn analysed(corpus: Corpus) -> (Arc<Corpus>, Arc<Analysis>) {
    let corpus = Arc::new(corpus);
    let analysis = Arc::new(Analysis::build(&corpus));
    (corpus, analysis)
}

/// A corpus folder with text files and JSON Lines (CRLF, escapes, a
/// terminal escape to be made inert, metadata) in a subfolder.
fn corpus_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Moscow talks\nSergey Lavrov met officials in Moscow.").unwrap();
    fs::write(dir.path().join("b.md"), "Визит в Пхеньян\nСергей Лавров прибыл в Пхеньян.\n").unwrap();
    fs::create_dir(dir.path().join("wire")).unwrap();
    let lines = [
        r#"{"id":"w1","text":"Kim Jong Un in Pyongyang\nThe leader met Lavrov.","date":"2024-06-19","source":"wire"}"#,
        r#"{"id":"w2","lang":"sr","text":"Lavrov u Pjongjangu\n\u001b]52;c;cHduZWQ= Sastanak sa Kim Džong Unom."}"#,
        r#"{"broken"#,
        r#"{"id":"w3","text":"लावरोव प्योंगयांग पहुंचे\nरूसी विदेश मंत्री सर्गेई लावरोव।","url":"https://example.org/w3"}"#,
    ];
    fs::write(dir.path().join("wire/feed.jsonl"), lines.join("\r\n")).unwrap();
    dir
}

#[test]
fn the_seeds_index_answers_as_the_analysis_in_memory() {
    let (corpus, analysis) = analysed(load_seeds());
    let store = in_memory(&corpus, &analysis, &Texts::Inline, None).unwrap();
    let memory = MemoryStore::new(corpus, analysis);
    assert_eq!(differences(&memory, &store, &Questions::default()), Vec::<String>::new());
}

/// A name's text is read from its entity's strings, not a table of its own:
/// every one, the display names listed after the variants among them, reads
/// back as the analysis listed it.
#[test]
fn every_searchable_name_reads_back_from_its_entitys_strings() {
    use crate::search::pass::SearchData;
    let (corpus, analysis) = analysed(load_seeds());
    let store = in_memory(&corpus, &analysis, &Texts::Inline, None).unwrap();
    let names = SearchIndex::variants_only(&analysis.entities);
    assert_eq!(store.variant_count(), names.variant_text.len());
    let display_names_apart = analysis.entities.entities.iter().filter(|e| !e.variants.contains(&e.name)).count();
    assert!(display_names_apart > 0, "the seeds have entities whose display name is no variant");
    for (i, text) in names.variant_text.iter().enumerate() {
        let read = store.variant(i).unwrap();
        assert_eq!((read.text, read.owner), (text.as_str(), names.variant_owner[i] as usize), "name {i}");
    }
    assert!(store.variant(names.variant_text.len()).is_err());
}

#[test]
fn an_index_made_in_memory_of_a_folder_waits_in_a_mapped_file_and_answers_the_same() {
    let dir = corpus_dir();
    let listing = list_corpus(dir.path()).unwrap();
    let (corpus, spans) = load_listing(&listing, &mut |_| {});
    let (corpus, analysis) = analysed(corpus);
    let texts = Texts::Sources { listing: &listing, spans: &spans };
    let store = in_memory(&corpus, &analysis, &texts, Some(dir.path())).unwrap();
    // held in memory, a 50 MB line's index was 70 MB more of the process's own
    assert!(store.is_mapped(), "a folder's index made without a cache is a mapped temporary file");
    let memory = MemoryStore::new(Arc::clone(&corpus), Arc::clone(&analysis));
    assert_eq!(differences(&memory, &store, &Questions::default()), Vec::<String>::new());
    // the bundled seeds have no folder: their index stays in memory
    let (seeds, analysis) = analysed(load_seeds());
    assert!(!in_memory(&seeds, &analysis, &Texts::Inline, None).unwrap().is_mapped());
}

#[test]
fn an_index_on_disk_reads_texts_back_from_the_corpus_files_and_answers_the_same() {
    let dir = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let listing = list_corpus(dir.path()).unwrap();
    let (corpus, spans) = load_listing(&listing, &mut |_| {});
    assert!(corpus.warnings.iter().any(|w| w.line == Some(3)), "the broken line is a warning: {:?}", corpus.warnings);
    let analysis = Arc::new(Analysis::build(&corpus));
    let corpus = Arc::new(corpus);
    let target = index_path(cache.path(), dir.path());
    write_atomic(&target, &corpus, &analysis, &Texts::Sources { listing: &listing, spans: &spans }).unwrap();
    let Found::Fresh(store) = open_fresh(&target, &listing) else { panic!("a fresh index") };
    let memory = MemoryStore::new(Arc::clone(&corpus), analysis);
    assert_eq!(differences(&memory, &*store, &Questions::default()), Vec::<String>::new());
    // every text, byte for byte (the escape made inert exactly as at load)
    for (i, a) in corpus.articles.iter().enumerate() {
        assert_eq!(&*store.text(i).unwrap(), a.text, "{}", a.id);
    }
    assert_eq!(store.article(2).unwrap().date.as_deref(), Some("2024-06-19"));
    assert!(fs::read_dir(cache.path()).unwrap().flatten().all(|e| !e.file_name().to_string_lossy().ends_with(".tmp")));
}

#[test]
fn a_build_that_lets_the_texts_go_after_linking_writes_the_index_a_build_holding_them_writes() {
    let dir = corpus_dir();
    let listing = list_corpus(dir.path()).unwrap();
    let (corpus, spans) = load_listing(&listing, &mut |_| {});
    let held = Analysis::build_with_progress(&corpus, &mut |_| {});
    let sources = Texts::Sources { listing: &listing, spans: &spans };
    let (expected, _) = write_index(Vec::new(), &corpus, &held, &sources).unwrap();
    let mut alone = corpus.clone();
    let (analysis, sums) = Analysis::build_letting_texts_go(&mut alone, &listing, &spans, &mut |_| {}).unwrap();
    assert!(alone.articles.iter().all(|a| a.text.is_empty()), "the texts were let go");
    let source = crate::corpus::SourceTexts::new(&listing, &spans, &sums);
    // the texts read back one by one, the broken line between two records skipped
    let texts = source.read(0..corpus.len()).unwrap();
    assert_eq!(texts, corpus.articles.iter().map(|a| a.text.clone()).collect::<Vec<_>>());
    let (written, _) = write_index(Vec::new(), &alone, &analysis, &Texts::ReadBack(&source)).unwrap();
    assert!(written == expected, "the same index, byte for byte");
    // a text changed under the build (its length kept) is refused, never indexed as the one analysed
    let file = dir.path().join("a.txt");
    fs::write(&file, "Moscow TALKS\nSergey Lavrov met officials in Moscow.").unwrap();
    assert!(source.read(0..1).is_err());
    assert!(write_index(Vec::new(), &alone, &analysis, &Texts::ReadBack(&source)).is_err());
    let mut again = corpus.clone();
    assert!(Analysis::build_letting_texts_go(&mut again, &listing, &spans, &mut |_| {}).is_err());
}

#[test]
fn a_changed_file_makes_the_index_stale_and_a_text_changed_under_it_is_refused() {
    let dir = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let listing = list_corpus(dir.path()).unwrap();
    let (corpus, spans) = load_listing(&listing, &mut |_| {});
    let analysis = Analysis::build(&corpus);
    let target = index_path(cache.path(), dir.path());
    write_atomic(&target, &corpus, &analysis, &Texts::Sources { listing: &listing, spans: &spans }).unwrap();
    let Found::Fresh(store) = open_fresh(&target, &listing) else { panic!("fresh") };
    // same size, modification time put back: the change time still tells
    let file = dir.path().join("a.txt");
    let mtime = fs::metadata(&file).unwrap().modified().unwrap();
    fs::write(&file, "Moscow TALKS\nSergey Lavrov met officials in Moscow.").unwrap();
    fs::File::options().write(true).open(&file).unwrap().set_modified(mtime).unwrap();
    let Found::Stale(stale, _) = open_fresh(&target, &list_corpus(dir.path()).unwrap()) else { panic!("stale") };
    // its analysis is not kept for the changed text
    let (changed, _) = load_listing(&list_corpus(dir.path()).unwrap(), &mut |_| {});
    assert!(!stale.analysed_as(&changed.articles).unwrap());
    // the store opened before the change will not show the new text as the old one's
    let a = store.find("a.txt").unwrap().unwrap();
    assert!(matches!(store.text(a), Err(StoreError::Unavailable { .. })), "{:?}", store.text(a));
    // a new file, a removed one
    fs::write(dir.path().join("c.txt"), "A new article").unwrap();
    assert!(matches!(open_fresh(&target, &list_corpus(dir.path()).unwrap()), Found::Stale(..)));
}

#[test]
fn an_index_knows_how_it_read_its_text_files_and_a_grown_folder_loads_with_it_as_without() {
    let dir = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let listing = list_corpus(dir.path()).unwrap();
    let (corpus, spans) = load_listing(&listing, &mut |_| {});
    let target = index_path(cache.path(), dir.path());
    let texts = Texts::Sources { listing: &listing, spans: &spans };
    write_atomic(&target, &corpus, &Analysis::build(&corpus), &texts).unwrap();
    let Found::Fresh(store) = open_fresh(&target, &listing) else { panic!("fresh") };
    let known = store.known_readings(&listing);
    // a.txt and b.md by their numbers; the JSON Lines file's records by their lines
    let language = |k: &KnownReading| k.language.as_ref().map(|l| l.code().to_owned());
    let read: Vec<Option<String>> = known.files.iter().map(|k| k.as_ref().and_then(language)).collect();
    assert_eq!(read, [Some("en".to_owned()), Some("ru".to_owned()), None]);
    let mut lines: Vec<(u64, Option<String>)> = known.lines.iter().map(|(&(_, at), k)| (at, language(k))).collect();
    lines.sort();
    // w1 and w3 as they were detected; w2 gave its language (sr): only its script is known
    let detected = |id: &str| corpus.articles.iter().find(|a| a.id == id).map(|a| a.language.code().to_owned());
    let (w2, w3) = (lines[1].0, lines[2].0);
    assert_eq!(lines, [(0, detected("w1")), (w2, None), (w3, detected("w3"))]);
    // the folder grows and a.txt changes: loading with what the index knows loads what loading without does
    fs::write(dir.path().join("a.txt"), "Визит в Москву\nСергей Лавров встретился с чиновниками.").unwrap();
    fs::write(dir.path().join("c.txt"), "Pyongyang visit\nLavrov arrived in Pyongyang.").unwrap();
    let grown = list_corpus(dir.path()).unwrap();
    let (with, _) = crate::corpus::load_listing_knowing(&grown, &known, &mut |_| {});
    let (without, _) = load_listing(&grown, &mut |_| {});
    let readings =
        |c: &Corpus| c.articles.iter().map(|a| (a.id.clone(), a.language.clone(), a.script)).collect::<Vec<_>>();
    assert_eq!(readings(&with), readings(&without));
    assert_eq!(with.articles[0].language.code(), "ru", "the changed text is detected again");
}

/// A record that gave its language is detected again when a grown file's
/// same text no longer gives one: the given language (German, of an English
/// text) may not be what detection finds, and a full build would detect.
#[test]
fn a_grown_json_lines_file_takes_only_the_languages_its_index_detected() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let (given, detected) = ("Putin met Kim in Pyongyang on Tuesday.", "Lavrov arrived in Moscow on Monday.");
    let line = |id: &str, lang: Option<&str>, text: &str| match lang {
        Some(lang) => format!(r#"{{"id":"{id}","lang":"{lang}","text":"{text}"}}"#),
        None => format!(r#"{{"id":"{id}","text":"{text}"}}"#),
    };
    let file = dir.path().join("feed.jsonl");
    fs::write(&file, [line("a", Some("de"), given), line("b", None, detected)].join("\n") + "\n").unwrap();
    let listing = list_corpus(&file).unwrap();
    let (corpus, spans) = load_listing(&listing, &mut |_| {});
    let target = index_path(cache.path(), &file);
    write_atomic(&target, &corpus, &Analysis::build(&corpus), &Texts::Sources { listing: &listing, spans: &spans })
        .unwrap();
    let Found::Fresh(store) = open_fresh(&target, &listing) else { panic!("fresh") };
    let known = store.known_readings(&listing);
    // the same texts at the same lines, neither giving its language now
    fs::write(&file, [line("a", None, given), line("b", None, detected), line("c", None, given)].join("\n")).unwrap();
    let grown = list_corpus(&file).unwrap();
    let (with, _) = crate::corpus::load_listing_knowing(&grown, &known, &mut |_| {});
    let (without, _) = load_listing(&grown, &mut |_| {});
    let readings =
        |c: &Corpus| c.articles.iter().map(|a| (a.id.clone(), a.language.clone(), a.script)).collect::<Vec<_>>();
    assert_eq!(readings(&with), readings(&without));
    assert_eq!(with.articles[0].language.code(), "en", "a given language is not taken for a record without one");
}

#[test]
fn damage_found_after_opening_is_an_error_and_the_next_opening_rebuilds() {
    use crate::open::{CacheUse, Quiet, open_store};
    let dir = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let (reference, first) = open_store(Some(dir.path()), Some(cache.path()), &mut Quiet).unwrap();
    assert_eq!(first, CacheUse::Stored);
    let target = index_path(cache.path(), dir.path());
    // flip a bit inside the articles table: the footer and table still check out
    let mut bytes = fs::read(&target).unwrap();
    let at = {
        let layout = format::Layout::open(bytes.as_slice()).unwrap();
        let articles = layout.section(format::SectionId::Articles).unwrap();
        articles.bytes(0..0).unwrap().as_ptr() as usize - bytes.as_ptr() as usize + 3
    };
    bytes[at] ^= 0x10;
    // a new file renamed over it: the reference keeps mapping the intact one
    let flipped = cache.path().join("flipped");
    fs::write(&flipped, &bytes).unwrap();
    fs::rename(&flipped, &target).unwrap();
    let listing = list_corpus(dir.path()).unwrap();
    let Found::Fresh(damaged) = open_fresh(&target, &listing) else { panic!("the table is intact") };
    assert!(matches!(damaged.article(0), Err(StoreError::Damaged(_))));
    assert!(!target.exists(), "the damaged index is removed");
    let (rebuilt, second) = open_store(Some(dir.path()), Some(cache.path()), &mut Quiet).unwrap();
    assert_eq!(second, CacheUse::Stored);
    assert_eq!(differences(&*reference, &*rebuilt, &Questions::default()), Vec::<String>::new());
}

#[test]
fn what_is_at_the_index_path_is_never_followed_or_waited_on() {
    let cache = tempfile::tempdir().unwrap();
    let listing = list_corpus(corpus_dir().path()).unwrap();
    let fifo = cache.path().join("fifo.kix");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        assert!(matches!(open_fresh(&fifo, &listing), Found::Unusable(_)), "a FIFO is refused at once");
    }
    let victim = cache.path().join("victim");
    fs::write(&victim, "keep me").unwrap();
    let link = cache.path().join("link.kix");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    assert!(matches!(open_fresh(&link, &listing), Found::Unusable(_)));
    assert!(matches!(open_fresh(&cache.path().join("none.kix"), &listing), Found::Missing));
}

#[test]
fn leftover_temporary_files_are_removed_but_not_what_links_point_to() {
    let cache = tempfile::tempdir().unwrap();
    let target = cache.path().join("corpus-1.kix");
    let victim = cache.path().join("victim");
    fs::write(&victim, "keep me").unwrap();
    fs::write(cache.path().join(".corpus-1.kix.abc123.tmp"), "half an index").unwrap();
    std::os::unix::fs::symlink(&victim, cache.path().join(".corpus-1.kix.planted.tmp")).unwrap();
    fs::write(cache.path().join(".corpus-2.kix.abc123.tmp"), "another index's").unwrap();
    remove_leftover_temps(&target);
    let left: Vec<String> =
        fs::read_dir(cache.path()).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into()).collect();
    assert!(left.contains(&"victim".to_string()) && left.contains(&".corpus-2.kix.abc123.tmp".to_string()), "{left:?}");
    assert_eq!(left.len(), 2, "{left:?}");
    assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me");
}

/// Every answer of `damaged` is the reference's or a `Damaged` error: never
/// another answer, never a panic.
fn same_or_damaged(reference: &dyn Store, damaged: &dyn Store) {
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let ok = |what: &str, left: String, right: Result<String, StoreError>| match right {
        Ok(right) => assert_eq!(left, right, "{what}"),
        Err(StoreError::Damaged(_)) => {}
        Err(e) => panic!("{what}: {e}"),
    };
    for i in 0..reference.len() {
        ok("article", format!("{:?}", reference.article(i).unwrap()), damaged.article(i).map(|a| format!("{a:?}")));
        ok("text", reference.text(i).unwrap().to_string(), damaged.text(i).map(|t| t.to_string()));
        ok("mentions", format!("{:?}", reference.mentions(i).unwrap()), damaged.mentions(i).map(|m| format!("{m:?}")));
        ok(
            "related",
            format!("{:?}", reference.related(i, 5, false).unwrap()),
            damaged.related(i, 5, false).map(|r| format!("{r:?}")),
        );
    }
    for e in 0..reference.entity_count() {
        ok("entity", format!("{:?}", reference.entity(e).unwrap()), damaged.entity(e).map(|v| format!("{v:?}")));
    }
    for query in ["lavrov", "pyong", "'kim"] {
        let request = crate::store::SearchRequest::new(query, 20);
        let search =
            |s: &dyn Store| s.search(&mut Default::default(), &request, &cancel, &mut |_| {}).map(|h| format!("{h:?}"));
        ok("search", search(reference).unwrap(), search(damaged));
    }
}

#[test]
fn a_truncated_or_flipped_index_is_refused_or_answers_the_same_never_otherwise() {
    let (corpus, analysis) = analysed(load_seeds());
    let (bytes, _) = write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).unwrap();
    let reference = IndexStore::from_bytes(Bytes::owned(&bytes), None).unwrap();
    // truncated at every section boundary (and one byte either side): refused
    let layout = format::Layout::open(bytes.as_slice()).unwrap();
    let mut cuts: Vec<usize> = Vec::new();
    for id in format::SectionId::ALL {
        if let Ok(section) = layout.section(id) {
            let start = section.bytes(0..0).map(|b| b.as_ptr() as usize - bytes.as_ptr() as usize).unwrap();
            cuts.extend([start.saturating_sub(1), start, start + 1, start + section.len()]);
        }
    }
    cuts.extend([0, 1, bytes.len() - 1]);
    for cut in cuts {
        assert!(
            IndexStore::from_bytes(Bytes::owned(&bytes[..cut.min(bytes.len() - 1)]), None).is_err(),
            "cut at {cut}"
        );
    }
    // single flipped bits, spread over the file: refused at opening, or the same answers
    let mut rng = crate::synth::Rng::new(11);
    let mut opened = 0;
    for _ in 0..300 {
        let mut flipped = bytes.clone();
        let at = rng.below(flipped.len());
        flipped[at] ^= 1 << rng.below(8);
        if let Ok(store) = IndexStore::from_bytes(Bytes::owned(&flipped), None) {
            opened += 1;
            same_or_damaged(&reference, &store);
        }
    }
    assert!(opened > 100, "most flips are inside sections, found when read: {opened}");
}

/// An article with everything given, nothing derived.
fn fixed_article(id: &str, text: &str, title_end: usize) -> Article {
    Article {
        id: id.into(),
        title: text[..title_end].into(),
        title_span: (0, title_end),
        text: text.into(),
        language: Language::English,
        script: Script::Latin,
        date: Some("2024-01-02".into()),
        url: None,
        source: Some("golden".into()),
    }
}

/// One-line articles: each line's key starts with its title's key, and the
/// index keeps those bytes once. Every search (whole passes, and passes
/// narrowing the last one, which read one unit's key at a time) answers as
/// in memory.
#[test]
fn a_line_sharing_its_titles_key_is_searched_as_in_memory() {
    let lines = [
        "Lavrov meets Kim in Pyongyang. Talks went on for hours in the capital.",
        "Сергей Лавров прибыл в Пхеньян. Визит продлится два дня.",
        "लावरोव प्योंगयांग पहुंचे। रूसी विदेश मंत्री ने बातचीत की.",
        "Short headline without a full stop",
        "Kim Jong Un greets Lavrov. The two men spoke of trade and of Moscow.",
    ];
    let articles = lines.iter().enumerate().map(|(i, text)| Article::new(format!("a{i}"), text, None, None)).collect();
    let (corpus, analysis) = analysed(Corpus { name: "one-line".into(), articles, warnings: Vec::new() });
    let store = in_memory(&corpus, &analysis, &Texts::Inline, None).unwrap();
    let (bytes, _) = write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).unwrap();
    let keys = format::Layout::open(bytes.as_slice()).unwrap().section(format::SectionId::Keys).unwrap().len();
    assert!(
        keys < analysis.search.line_keys.len(),
        "titles' keys are stored once: {keys} bytes of {}",
        analysis.search.line_keys.len()
    );
    let memory = MemoryStore::new(Arc::clone(&corpus), Arc::clone(&analysis));
    let questions = Questions {
        queries: &["lavrov", "капитал", "hours", "trade moscow", "'two", "e"],
        ..Questions::default()
    };
    assert_eq!(differences(&memory, &store, &questions), Vec::<String>::new());
    let cancel = std::sync::atomic::AtomicBool::new(false);
    for scope in [crate::search::Scope::All, crate::search::Scope::Only(crate::search::HitKind::Text)] {
        let (mut in_memory, mut indexed) = (SearchSession::default(), SearchSession::default());
        for query in ["t", "tr", "tra", "trad", "trade", "l", "la", "lav", "lavr", "lavrov"] {
            let request = crate::store::SearchRequest { scope, ..crate::store::SearchRequest::new(query, 50) };
            let search = |store: &dyn Store, session: &mut SearchSession| {
                format!("{:?}", store.search(session, &request, &cancel, &mut |_| {}))
            };
            assert_eq!(search(&memory, &mut in_memory), search(&store, &mut indexed), "{query} {scope:?}");
        }
    }
}

/// Article strings are compressed a block of articles at a time: every
/// article of several blocks (the last one short) reads back as it was,
/// in any order (the block kept from the last read is not another's).
#[test]
fn article_strings_read_back_across_blocks_in_any_order() {
    let count = 2 * write::STRING_BLOCK + 7;
    let articles = (0..count)
        .map(|i| {
            let mut a = Article::new(format!("id-{i}"), &format!("Headline {i}\nBody of article {i}."), None, None);
            if i % 3 == 0 {
                a.date = Some(format!("2024-01-{:02}", i % 28 + 1));
            }
            if i % 5 == 0 {
                a.url = Some(format!("https://example.org/{i}"));
            }
            a
        })
        .collect::<Vec<_>>();
    let corpus = Corpus { name: "blocks".into(), articles: articles.clone(), warnings: Vec::new() };
    let store = in_memory(&corpus, &Analysis::build(&corpus), &Texts::Inline, None).unwrap();
    let order = (0..count).rev().chain((0..count).step_by(97)).chain(0..count);
    for i in order {
        let meta = store.article(i).unwrap();
        let a = &articles[i];
        assert_eq!(
            (&*meta.id, &*meta.title, meta.date.as_deref(), meta.url.as_deref()),
            (a.id.as_str(), a.title.as_str(), a.date.as_deref(), a.url.as_deref()),
            "article {i}"
        );
    }
    assert!(store.article(count).is_err());
    // a ranking's articles, asked for all over the corpus, come back in the order asked
    let asked = [count - 1, 3, write::STRING_BLOCK + 1, 3, 0];
    let ids: Vec<String> = store.articles(&asked).unwrap().iter().map(|a| a.id.to_string()).collect();
    assert_eq!(ids, asked.map(|i| format!("id-{i}")));
    assert!(store.articles(&[0, count]).is_err());
}

/// The layout of this format version, pinned: a hash of every byte of an
/// index of fixed data (all but the build's identity and the checksum over
/// it). A change of layout must bump `format::FORMAT` and this hash together.
#[test]
fn the_layout_is_pinned_to_its_version() {
    let corpus = Corpus {
        name: "golden".into(),
        articles: vec![
            fixed_article("a", "Lavrov in Moscow\nTalks with Kim went on.", 16),
            fixed_article("b", "Kim in Pyongyang\nLavrov arrived.", 16),
            // one line: the line's key shares its title's
            fixed_article("c", "Kim meets Lavrov. Talks went on.", 17),
        ],
        warnings: vec![crate::LoadWarning { path: "c.jsonl".into(), line: Some(3), reason: "broken".into() }],
    };
    let mention =
        |start, end, id: &str, kind| RawMention { start, end, kind, id: EntityId(id.into()), name: id.to_uppercase() };
    let entities = EntityIndex::from_raw(
        &corpus.articles,
        vec![
            vec![mention(0, 6, "lavrov", EntityKind::Person), mention(10, 16, "moscow", EntityKind::Location)],
            vec![mention(0, 3, "kim", EntityKind::Person), mention(17, 23, "lavrov", EntityKind::Person)],
            vec![mention(0, 3, "kim", EntityKind::Person)],
        ],
    );
    let entry = |feature, weight, surface: &str, entity| StoredEntry {
        feature,
        weight,
        count: 1,
        surface: surface.into(),
        entity,
    };
    let related = RelatedIndex::from_vectors(&[
        StoredVector {
            norm: 1.5,
            language: 0,
            entries: vec![entry(0, 1.0, "Lavrov", Some(0)), entry(1, 0.5, "talks", None)],
        },
        StoredVector { norm: 1.25, language: 0, entries: vec![entry(0, 1.0, "Lavrov", Some(0))] },
        StoredVector { norm: 0.5, language: 0, entries: vec![] },
    ]);
    let search = SearchIndex::build(&corpus, &entities);
    // the kept recognition's bytes are opaque to the layout: any will do
    let recognition = super::append::Recognition {
        stats: vec![1, 2, 3],
        segments: vec![super::append::Segment { articles: 3, recognised: vec![4, 5].into(), keys: vec![6] }],
        dictionaries: super::append::Dictionaries { candidates: vec![7, 8], keys: vec![9] },
    };
    let analysis = Analysis { entities, search, related, recognition };
    let (bytes, len) = write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).unwrap();
    assert_eq!(len as usize, bytes.len());
    let footer = bytes.len() - format::FOOTER_LEN;
    let mut pinned = bytes.clone();
    pinned[footer + 16..footer + 24].fill(0);
    pinned[footer + 32..footer + 36].fill(0);
    let hash = pinned.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    assert_eq!(
        (format::FORMAT, format!("{hash:016x}")),
        (13, "a82aeca135a009c0".to_string()),
        "the index layout changed: bump format::FORMAT and pin the new hash"
    );
}

/// A term dictionary damaged under freshly sealed section checksums (as a
/// bug in a writer, or a fuzzer, would leave it): fst walks its nodes
/// trusting them, so its own checksum is verified first and lookups are
/// `Damaged` errors, never a panic.
#[test]
fn a_damaged_term_dictionary_under_fresh_section_checksums_is_an_error_not_a_panic() {
    let (corpus, analysis) = analysed(load_seeds());
    let (bytes, _) = write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).unwrap();
    let reference = IndexStore::from_bytes(Bytes::owned(&bytes), None).unwrap();
    let layout = format::Layout::open(bytes.as_slice()).unwrap();
    let sections: Vec<(format::SectionId, Vec<u8>)> = format::SectionId::ALL
        .into_iter()
        .filter_map(|id| Some((id, layout.section(id).ok()?.all().ok()?.to_vec())))
        .collect();
    let dictionaries =
        [format::SectionId::ArticleIds, format::SectionId::ArticleBasenames, format::SectionId::EntityIds];
    let entity_ids: Vec<String> =
        (0..reference.entity_count()).map(|e| reference.entity(e).unwrap().id.0.to_string()).collect();
    let mut refused_lookups = 0;
    for dictionary in dictionaries {
        let body_len = sections.iter().find(|(id, _)| *id == dictionary).map(|(_, b)| b.len()).unwrap();
        for at in 0..body_len {
            for byte in [0x00, 0xff, 0x41] {
                let mut writer = format::Writer::new(Vec::new()).unwrap();
                for (id, body) in &sections {
                    let mut body = body.clone();
                    if *id == dictionary {
                        body[at] = byte;
                    }
                    writer.section(*id, &body).unwrap();
                }
                let damaged = writer.finish(identity()).unwrap().0;
                let Ok(store) = IndexStore::from_bytes(Bytes::owned(&damaged), None) else { continue };
                for article in corpus.articles.iter() {
                    let found = store.article_by_id(&article.id);
                    let expected = reference.article_by_id(&article.id).unwrap();
                    match found {
                        Ok(found) => assert_eq!(found, expected, "{dictionary:?} byte {at}"),
                        Err(StoreError::Damaged(_)) => refused_lookups += 1,
                        Err(e) => panic!("{dictionary:?} byte {at}: {e}"),
                    }
                    let _ = store.find(&article.id);
                }
                for id in &entity_ids {
                    match store.entity_position(&EntityId(id.clone())) {
                        Ok(position) => assert_eq!(position, reference.entity_position(&EntityId(id.clone())).unwrap()),
                        Err(StoreError::Damaged(_)) => refused_lookups += 1,
                        Err(e) => panic!("{dictionary:?} byte {at}: {e}"),
                    }
                }
            }
        }
    }
    assert!(refused_lookups > 0, "damaged dictionaries were looked up and refused");
}

/// An offsets table keeps the low words a row and the rows where the high
/// words change: values past 4 GiB, jumps of several GiB at once and runs
/// that stay above read back exactly, by row, by range and by search.
#[test]
fn offsets_past_four_gib_read_back_exactly() {
    const GIB: u64 = 1 << 30;
    let values: Vec<u64> =
        vec![0, 5, 4 * GIB - 1, 4 * GIB, 4 * GIB + 7, 13 * GIB, 13 * GIB, 13 * GIB + 1, 40 * GIB, 40 * GIB + 3];
    let mut w = format::Writer::new(Vec::new()).unwrap();
    w.offsets(format::SectionId::MentionStarts, &values).unwrap();
    let (bytes, _) = w.finish(0).unwrap();
    let bytes = Bytes::owned(&bytes);
    let layout = format::Layout::open(bytes).unwrap();
    let offsets = format::Offsets::new(&layout, format::SectionId::MentionStarts).unwrap();
    assert_eq!(offsets.len(), values.len());
    for (i, &v) in values.iter().enumerate() {
        assert_eq!(offsets.get(i).unwrap(), v, "row {i}");
        for end in i..=values.len() {
            assert_eq!(offsets.range(i..end).unwrap(), values[i..end], "rows {i}..{end}");
        }
    }
    for probe in [0, 4, 5, 4 * GIB, 13 * GIB, 20 * GIB, 41 * GIB] {
        assert_eq!(offsets.partition_point_at_most(probe).unwrap(), values.partition_point(|&v| v <= probe));
    }
    assert!(offsets.get(values.len()).is_err());
}

/// The n-gram prefilter never drops a true hit: in a corpus of three
/// scripts, where the names searched for stand in a few articles among many,
/// every query (fuzzy, exact, anchored, negated, several terms, typed one key
/// at a time so passes narrow the last one) answers as the analysis in
/// memory, which has no prefilter; and an exact term does skip blocks.
#[test]
fn the_prefilter_skips_blocks_but_never_a_true_hit() {
    let fillers = [
        "The minister met officials in the capital to discuss trade.",
        "Министр встретился с чиновниками в столице.",
        "मंत्री ने राजधानी में अधिकारियों से मुलाकात की.",
    ];
    let names = [
        "Lavrov arrives in Pyongyang. Sergey Lavrov met Kim Jong Un.",
        "Лавров прибыл в Пхеньян. Сергей Лавров встретился с Ким Чен Ыном.",
        "लावरोव प्योंगयांग पहुंचे। सर्गेई लावरोव ने किम से मुलाकात की.",
    ];
    let articles = (0..1200)
        .map(|i| {
            let text = if i % 300 == 5 { names[(i / 300) % 3] } else { fillers[i % 3] };
            Article::new(format!("p{i}"), text, None, None)
        })
        .collect();
    let (corpus, analysis) = analysed(Corpus { name: "prefilter".into(), articles, warnings: Vec::new() });
    let store = in_memory(&corpus, &analysis, &Texts::Inline, None).unwrap();
    let memory = MemoryStore::new(Arc::clone(&corpus), Arc::clone(&analysis));
    let units = crate::search::pass::SearchData::unit_count(&store);
    assert!(units > 8 * crate::search::prefilter::BLOCK, "{units} units: too few blocks to skip");
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let queries = [
        "lavrov",
        "лавров",
        "लावरोव",
        "'lavrov",
        "'лавров",
        "'लावरोव",
        "^lavrov",
        "lavrov$",
        "'pyong lavrov",
        "'lavrov !zzz",
        "lvrv",
        "'avro",
        "e",
        "'zzqx",
        "пхеньян",
        "^min",
        "capital$",
        "'met 'kim",
    ];
    for scope in [crate::search::Scope::All, crate::search::Scope::Only(crate::search::HitKind::Text)] {
        for query in queries {
            let (mut in_memory, mut indexed) = (SearchSession::default(), SearchSession::default());
            let request = crate::store::SearchRequest { scope, ..crate::store::SearchRequest::new(query, 1000) };
            let expected = memory.search(&mut in_memory, &request, &cancel, &mut |_| {}).unwrap();
            let got = store.search(&mut indexed, &request, &cancel, &mut |_| {}).unwrap();
            assert_eq!(expected, got, "{query} {scope:?}");
            assert_eq!(in_memory.total(), indexed.total(), "{query} {scope:?}");
            if query.starts_with("'l") || query.starts_with("'л") {
                assert!(!got.is_empty(), "{query} finds its articles");
                assert!(indexed.last_scanned < units / 4, "{query}: read {} of {units} keys", indexed.last_scanned);
            }
        }
    }
    // typed a key at a time: each pass narrows the one before
    for query in ["'lavrov", "lavrov", "'лавров", "'lavrov pyong"] {
        let (mut in_memory, mut indexed) = (SearchSession::default(), SearchSession::default());
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            let request = crate::store::SearchRequest::new(&typed, 1000);
            let expected = memory.search(&mut in_memory, &request, &cancel, &mut |_| {}).unwrap();
            assert_eq!(expected, store.search(&mut indexed, &request, &cancel, &mut |_| {}).unwrap(), "{typed}");
        }
    }
}

/// A huge article's kept candidates wait in a temporary file (see
/// [`super::blob`]): the index holds the same bytes, and reads them back.
#[test]
fn a_recognition_kept_in_a_temporary_file_is_written_and_read_back_the_same() {
    use std::io::Write;
    let corpus = load_seeds();
    let mut analysis = Analysis::build(&corpus);
    let (in_memory, _) = write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).unwrap();
    let kept = analysis.recognition.clone();
    for segment in &mut analysis.recognition.segments {
        let bytes = segment.recognised.bytes().unwrap().into_owned();
        let mut w = super::blob::BlobWriter::new(1);
        w.write_all(&bytes).unwrap();
        segment.recognised = w.finish().unwrap();
        assert!(matches!(segment.recognised, super::blob::Blob::File(..)));
    }
    let (from_file, _) = write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).unwrap();
    assert!(from_file == in_memory);
    let store = IndexStore::from_bytes(Bytes::owned(&from_file), None).unwrap();
    assert_eq!(store.recognition().unwrap(), kept);
}

/// The seeds `rounds` times over, each round's ids apart: enough lines to
/// pass several span and bigram blocks.
fn seeds_over_again(rounds: usize) -> Corpus {
    let seeds = load_seeds();
    let articles = (0..rounds)
        .flat_map(|round| seeds.articles.iter().map(move |a| Article { id: format!("{round}/{}", a.id), ..a.clone() }))
        .collect();
    Corpus { articles, ..seeds }
}

/// An index grown from the search units its old articles have in the old
/// index is the file a full write makes: grown by nothing, by one article,
/// from one article, across span and bigram blocks (the seeds hold hundreds
/// of lines). An article whose title no longer begins its units (an
/// article made by hand, not by a loader) is not read back: its units are
/// made again.
#[test]
fn an_index_grown_from_the_old_indexs_search_units_is_a_full_write() {
    let corpus = seeds_over_again(4);
    let analysis = Analysis::build(&corpus);
    let (full, _) = write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).unwrap();
    let n = corpus.len();
    // a flag per unit
    let units = format::Layout::open(full.as_slice()).unwrap().section(format::SectionId::UnitFlags).unwrap().len();
    let block = format::UNIT_SPAN_BLOCK.max(crate::search::prefilter::BLOCK);
    assert!(units > 3 * block, "{units} units");
    for old_count in [1, 7, n / 2, n - 1, n] {
        let old = Corpus { articles: corpus.articles[..old_count].to_vec(), ..corpus.clone() };
        let (old_bytes, _) = write_index(Vec::new(), &old, &Analysis::build(&old), &Texts::Inline).unwrap();
        let store = IndexStore::from_bytes(Bytes::owned(&old_bytes), None).unwrap();
        assert!(store.earlier_units(&corpus.articles).is_some(), "{old_count} old articles' units read back");
        let (grown, _) = write_grown_index(Vec::new(), &corpus, &analysis, &Texts::Inline, Some(&store)).unwrap();
        assert!(grown == full, "grown from {old_count} articles");
        if old_count == n / 2 {
            let mut moved = corpus.clone();
            moved.articles[3].title_span = (0, 0);
            assert!(store.earlier_units(&moved.articles).is_none(), "a title moved: not read back");
            let moved_analysis = Analysis::build(&moved);
            let (fresh, _) = write_index(Vec::new(), &moved, &moved_analysis, &Texts::Inline).unwrap();
            let (grown, _) =
                write_grown_index(Vec::new(), &moved, &moved_analysis, &Texts::Inline, Some(&store)).unwrap();
            assert!(grown == fresh, "made again");
        }
    }
}

#[test]
fn an_old_index_whose_pages_are_let_go_while_it_is_copied_reads_back_the_same() {
    let corpus = seeds_over_again(3);
    let analysis = Analysis::build(&corpus);
    let (full, _) = write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).unwrap();
    let old = Corpus { articles: corpus.articles[..corpus.len() - 2].to_vec(), ..corpus.clone() };
    let (old_bytes, _) = write_index(Vec::new(), &old, &Analysis::build(&old), &Texts::Inline).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.kix");
    std::fs::write(&path, &old_bytes).unwrap();
    let store =
        IndexStore::from_bytes(Bytes::Mapped(super::map(&std::fs::File::open(&path).unwrap()).unwrap()), None).unwrap();
    // each write lets the mapped pages go as it copies them; the second reads them from the file again
    for round in 0..2 {
        let (grown, _) = write_grown_index(Vec::new(), &corpus, &analysis, &Texts::Inline, Some(&store)).unwrap();
        assert!(grown == full, "round {round}");
    }
    store.release_pages();
    let bytes = Bytes::Mapped(super::map(&std::fs::File::open(&path).unwrap()).unwrap());
    bytes.release_all();
    assert!(bytes.as_ref() == old_bytes.as_slice(), "read back from the file after release");
    // bytes from elsewhere are not these: nothing happens
    bytes.release(&old_bytes);
    assert!(bytes.as_ref() == old_bytes.as_slice());
}

#[test]
fn an_index_written_into_words_is_byte_for_byte_the_index_written_into_bytes() {
    let (corpus, analysis) = analysed(load_seeds());
    let (bytes, _) = write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).unwrap();
    let (sink, _) = write_index(store::WordSink::default(), &corpus, &analysis, &Texts::Inline).unwrap();
    assert_eq!(sink.into_bytes().as_ref(), bytes.as_slice());
    // writes that end inside a word, and an empty one
    let mut sink = store::WordSink::default();
    for part in [&b"abc"[..], b"", b"defghijklm", b"n"] {
        std::io::Write::write_all(&mut sink, part).unwrap();
    }
    assert_eq!(sink.into_bytes().as_ref(), b"abcdefghijklmn");
}

/// An index keeps the titles derived from their texts (not a record's
/// given title, which a grown file's same text may no longer give), and a
/// grown file loads with them as it loads without.
#[test]
fn a_grown_json_lines_file_takes_only_the_titles_its_index_derived() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let long = "Putin met Kim in Pyongyang on Tuesday to sign a pact the agency called historic for both sides. More.";
    let headed = "Putin meets Kim. The two met.";
    let line = |id: &str, title: Option<&str>, text: &str| match title {
        Some(title) => format!(r#"{{"id":"{id}","title":"{title}","text":"{text}"}}"#),
        None => format!(r#"{{"id":"{id}","text":"{text}"}}"#),
    };
    let file = dir.path().join("feed.jsonl");
    let first = [line("a", None, headed), line("b", None, long), line("c", Some("Putin"), headed)];
    fs::write(&file, first.join("\n") + "\n").unwrap();
    let listing = list_corpus(&file).unwrap();
    let (corpus, spans) = load_listing(&listing, &mut |_| {});
    let target = index_path(cache.path(), &file);
    write_atomic(&target, &corpus, &Analysis::build(&corpus), &Texts::Sources { listing: &listing, spans: &spans })
        .unwrap();
    let Found::Fresh(store) = open_fresh(&target, &listing) else { panic!("fresh") };
    let known = store.known_readings(&listing);
    let mut titles: Vec<(u64, Option<String>)> = known
        .lines
        .iter()
        .map(|(&(_, at), k)| (at, k.title.as_ref().map(|(b, r)| String::from_utf8_lossy(&b[r.clone()]).into_owned())))
        .collect();
    titles.sort();
    let expected = [
        Some("Putin meets Kim.".to_owned()),
        Some("Putin met Kim in Pyongyang on Tuesday to sign a pact the agency called…".to_owned()),
        None,
    ];
    assert_eq!(titles.into_iter().map(|(_, t)| t).collect::<Vec<_>>(), expected);
    // the same texts at the same lines, c's no longer titled
    let grown = [line("a", None, headed), line("b", None, long), line("c", None, headed), line("d", None, long)];
    fs::write(&file, grown.join("\n")).unwrap();
    let grown = list_corpus(&file).unwrap();
    let (with, with_spans) = crate::corpus::load_listing_knowing(&grown, &known, &mut |_| {});
    let (without, without_spans) = load_listing(&grown, &mut |_| {});
    let titles = |c: &Corpus| c.articles.iter().map(|a| (a.title.clone(), a.title_span)).collect::<Vec<_>>();
    assert_eq!(titles(&with), titles(&without));
    assert_eq!(with_spans, without_spans);
    assert_eq!(with.articles[2].title, "Putin meets Kim.", "a given title is not taken for a record without one");
}

/// The unchanged lines of a grown JSON Lines file are taken from what its
/// index kept of them, their records not read again: plain and escaped
/// texts (a `\u` escape too), given and derived titles, metadata, a given
/// language. A line changed in place (its length kept), one without an id
/// and one whose title is put before its text are read. Either way the articles and spans
/// are those reading every line makes.
#[test]
fn the_unchanged_lines_of_a_grown_json_lines_file_are_taken_as_reading_them_makes_them() {
    use crate::corpus::{KnownReadings, load_listing_knowing};
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let mut lines: Vec<String> = [
        r#"{"id":"plain","text":"Lavrov met Kim in Pyongyang. Talks went on.","date":" 2024-06-19 ","source":"wire"}"#,
        r#"{"id":"escaped","lang":"sr","text":"Lavrov u Pjongjangu\nSastanak sa \"Kim Džong Unom\". Kraj."}"#,
        r#"{"id":"titled","title":"Talks","text":"Talks in Moscow went on for hours.","url":"https://example.org/t"}"#,
        r#"{"id":"unicode","text":"Lavrov u Pjongjangu: sastanak sa \u0107erkom. Kraj."}"#,
        r#"{"id":"headed","title":"Moscow talks","text":"Lavrov arrived on Monday."}"#,
        r#"{"text":"A record without an id, in Seoul."}"#,
        r#"{"id":"edited","text":"Kim arrived in Seoul on Friday."}"#,
    ]
    .map(str::to_owned)
    .to_vec();
    let file = dir.path().join("feed.jsonl");
    fs::write(&file, lines.join("\n") + "\n").unwrap();
    let listing = list_corpus(&file).unwrap();
    let (corpus, spans) = load_listing(&listing, &mut |_| {});
    assert_eq!(corpus.len(), 7);
    let target = index_path(cache.path(), &file);
    write_atomic(&target, &corpus, &Analysis::build(&corpus), &Texts::Sources { listing: &listing, spans: &spans })
        .unwrap();
    let Found::Fresh(store) = open_fresh(&target, &listing) else { panic!("fresh") };
    let known = store.known_readings(&listing);
    // (a \u escape is read as serde_json reads it, when the text's first characters are as it writes them)
    let checked =
        |spans: &[crate::corpus::SourceSpan]| spans.iter().map(|s| s.line_check.is_some()).collect::<Vec<_>>();
    assert_eq!(checked(&spans), [true, true, true, true, false, false, true]);
    assert_eq!(known.unchanged_lines.len(), 5);
    // the file grows, and a line is changed in place
    lines[6] = lines[6].replace("Seoul", "Tokyo");
    lines.push(r#"{"id":"new","text":"Putin met Xi in Beijing."}"#.to_owned());
    fs::write(&file, lines.join("\n") + "\n").unwrap();
    let grown = list_corpus(&file).unwrap();
    let read = |known: &KnownReadings| {
        let (corpus, spans) = load_listing_knowing(&grown, known, &mut |_| {});
        (format!("{:?}", corpus.articles), spans)
    };
    assert_eq!(read(&known), read(&KnownReadings::default()));
    // the ids kept in the index marked: the articles taken from it carry the mark
    let mut marked = known.clone();
    for line in marked.unchanged_lines.values_mut() {
        let (block, mut at) = (line.strings.0.clone(), line.strings.1);
        let mut strings = Vec::new();
        format::put_str(&mut strings, &format!("kept {}", format::get_str(&block, &mut at).unwrap()));
        strings.extend_from_slice(&block[at..]);
        line.strings = (Arc::from(strings.as_slice()), 0);
    }
    let (taken, _) = load_listing_knowing(&grown, &marked, &mut |_| {});
    let ids: Vec<&str> = taken.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        ["kept plain", "kept escaped", "kept titled", "kept unicode", "headed", "feed.jsonl:6", "edited", "new"]
    );
}

/// Bytes that remember which file ranges a layout announced before its
/// first reads.
struct AnnouncedReads {
    bytes: Vec<u8>,
    announced: std::sync::Mutex<Vec<std::ops::Range<usize>>>,
}

impl AsRef<[u8]> for AnnouncedReads {
    fn as_ref(&self) -> &[u8] {
        &self.bytes
    }
}

fn announce(bytes: &AnnouncedReads, range: std::ops::Range<usize>) {
    bytes.announced.lock().unwrap().push(range);
}

/// A cold first screen reads each chunk it touches in one request: the
/// layout announces exactly the file bytes of a chunk before its first check,
/// once, and nothing of a chunk or section never read.
#[test]
fn the_bytes_of_a_chunk_are_announced_once_before_its_first_read() {
    let long: Vec<u8> = (0..format::CHUNK * 2 + format::CHUNK / 2).map(|i| (i % 251) as u8).collect();
    let mut w = format::Writer::new(Vec::new()).unwrap();
    w.section(format::SectionId::Texts, b"never read").unwrap();
    w.section(format::SectionId::Keys, &long).unwrap();
    let (bytes, _) = w.finish(0).unwrap();
    let mut layout =
        format::Layout::open(AnnouncedReads { bytes, announced: std::sync::Mutex::new(Vec::new()) }).unwrap();
    layout.before_first_read(announce);
    let keys = layout.section(format::SectionId::Keys).unwrap();
    let base = layout.source().bytes.as_ptr() as usize;
    let keys_at = keys.bytes(0..0).unwrap().as_ptr() as usize - base;
    let announced = || layout.source().announced.lock().unwrap().clone();
    assert!(announced().is_empty(), "opening reads no section");

    // a few bytes inside the second chunk: that chunk, whole
    let middle = format::CHUNK + 10..format::CHUNK + 20;
    assert_eq!(keys.bytes(middle.clone()).unwrap(), &long[middle.clone()]);
    assert_eq!(announced(), vec![keys_at + format::CHUNK..keys_at + 2 * format::CHUNK]);
    keys.bytes(middle).unwrap();
    assert_eq!(announced().len(), 1, "a checked chunk is not announced again");

    // the whole section: the first chunk, then the last one up to the section's end
    assert_eq!(keys.all().unwrap(), long.as_slice());
    assert_eq!(
        announced(),
        vec![
            keys_at + format::CHUNK..keys_at + 2 * format::CHUNK,
            keys_at..keys_at + format::CHUNK,
            keys_at + 2 * format::CHUNK..keys_at + long.len(),
        ]
    );
    // the other section was never read, so none of its bytes were asked for
    let texts = layout.section(format::SectionId::Texts).unwrap();
    let texts_at = texts.bytes(0..0).unwrap().as_ptr() as usize - base;
    assert!(announced().iter().all(|r| r.end <= texts_at || r.start >= texts_at + texts.len()));
}
