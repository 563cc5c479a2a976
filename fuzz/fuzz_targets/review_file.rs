//! The review store's parser on any bytes, as its file and as an import:
//! never a panic; whatever is kept is safe to print.
#![no_main]

use libfuzzer_sys::fuzz_target;

use korpus::corpus::is_terminal_hazard;
use korpus::review::ReviewStore;

fn inert(text: &str) -> bool {
    !text.chars().any(is_terminal_hazard)
}

fuzz_target!(|bytes: &[u8]| {
    let dir = tempfile::tempdir_in(std::env::temp_dir()).expect("a temporary directory");
    let path = dir.path().join("review.json");
    std::fs::write(&path, bytes).expect("written");
    let Ok((mut store, warnings)) = ReviewStore::open(&path) else { return };
    assert!(warnings.iter().all(|w| inert(w)), "{warnings:?}");
    if let Err(e) = store.import_json(&mut &bytes[..]) {
        assert!(inert(&e.to_string()), "{e}");
    }
    for (id, mark) in store.marks() {
        assert!(inert(id) && !id.contains('\n') && inert(&mark.note), "{id:?} {mark:?}");
        assert!(mark.tags.iter().all(|t| inert(t)));
    }
});
