//! The index reader on damaged files. Random bytes rarely get past the
//! footer's checksum, so besides them (first byte 0) the fuzzer edits a
//! valid index of the bundled seeds section by section (overwrite, cut,
//! append, replace, drop) and the sections are sealed again with fresh
//! checksums: the reader's own bounds checks meet the damage, not the CRCs.
//! Whatever the tables say, every answer is a value or an error, never a
//! panic or a runaway allocation.
#![no_main]

use std::sync::OnceLock;
use std::sync::atomic::AtomicBool;

use korpus::index::format::{Layout, SectionId, Writer};
use korpus::index::{Bytes, IndexStore, Texts};
use korpus::search::SearchSession;
use korpus::store::{ArticleFacet, SearchRequest, Store};
use libfuzzer_sys::fuzz_target;

/// The sections of a valid index of the seeds, in file order.
fn seed_sections() -> &'static [(SectionId, Vec<u8>)] {
    static SECTIONS: OnceLock<Vec<(SectionId, Vec<u8>)>> = OnceLock::new();
    SECTIONS.get_or_init(|| {
        let corpus = korpus::corpus::load_seeds();
        let analysis = korpus::Analysis::build(&corpus);
        let (bytes, _) =
            korpus::index::write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).expect("an index in memory");
        let layout = Layout::open(bytes).expect("a valid index");
        SectionId::ALL.into_iter().filter_map(|id| Some((id, layout.section(id).ok()?.all().ok()?.to_vec()))).collect()
    })
}

/// Apply the fuzzer's edits to the seeds' sections: each edit is a section
/// number, an action, an offset (u16) and a length, then its bytes.
fn edited(mut ops: &[u8]) -> Vec<(SectionId, Vec<u8>)> {
    let mut sections = seed_sections().to_vec();
    while ops.len() >= 5 && !sections.is_empty() {
        let which = usize::from(ops[0]) % sections.len();
        let action = ops[1] % 5;
        let at = usize::from(u16::from_le_bytes([ops[2], ops[3]]));
        let take = (usize::from(ops[4]) % 32 + 1).min(ops.len() - 5);
        let bytes = &ops[5..5 + take];
        ops = &ops[5 + take..];
        let body = &mut sections[which].1;
        let at = at % (body.len() + 1);
        match action {
            0 => {
                let end = (at + bytes.len()).min(body.len());
                body[at..end].copy_from_slice(&bytes[..end - at]);
            }
            1 => body.truncate(at),
            2 => body.extend_from_slice(bytes),
            3 => *body = bytes.to_vec(),
            _ => {
                sections.remove(which);
            }
        }
    }
    sections
}

fn sealed(sections: &[(SectionId, Vec<u8>)]) -> Vec<u8> {
    let mut writer = Writer::new(Vec::new()).expect("in memory");
    for (id, body) in sections {
        writer.section(*id, body).expect("in memory");
    }
    writer.finish(korpus::index::identity()).expect("in memory").0
}

/// Ask the store everything a screen or a command would.
fn exercise(store: &IndexStore) {
    let _ = store.check_all();
    let _ = store.sources();
    let articles = store.len().min(64);
    for article in 0..articles {
        let _ = store.article(article);
        let _ = store.text(article);
        let _ = store.mentions(article);
        let _ = store.related(article, 5, false);
        let _ = store.related(article, 5, true);
    }
    let _ = store.article(store.len());
    for key in ["1", "2", "000_", "seed"] {
        let _ = store.find(key);
        let _ = store.article_by_id(key);
    }
    let entities = store.entity_count().min(64);
    for entity in 0..entities {
        if let Ok(view) = store.entity(entity) {
            let _ = store.entity_position(&view.id.into_owned());
        }
        let _ = store.entity_articles(entity);
    }
    let _ = store.top_entities(None, 10);
    let _ = store.article_counts(ArticleFacet::Language);
    let _ = store.article_counts(ArticleFacet::Script);
    let mut session = SearchSession::default();
    let cancel = AtomicBool::new(false);
    for query in ["Put", "Putin", "'Kim !Moscow", "^Lav", "Пхеньян"] {
        let _ = store.search(&mut session, &SearchRequest::new(query, 20), &cancel, &mut |_| {});
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let bytes = if mode == 0 { rest.to_vec() } else { sealed(&edited(rest)) };
    if let Ok(store) = IndexStore::from_bytes(Bytes::owned(&bytes), None) {
        exercise(&store);
    }
});
