//! The corpus generator that benches and scale tests use (tests/synth):
//! deterministic, in every language, with no template slot left unfilled.

mod synth;

use synth::article;

#[test]
fn generation_is_deterministic_and_multilingual() {
    assert_eq!(article(17).text, article(17).text);
    let langs: std::collections::BTreeSet<&str> = (0..100).map(|n| article(n).lang).collect();
    assert_eq!(langs.len(), 5);
    let a = article(3);
    assert!(a.text.lines().count() >= 9);
    assert!(a.text.starts_with(&a.title));
}

#[test]
fn every_template_slot_is_filled() {
    for n in 0..500 {
        let a = article(n);
        assert!(!a.text.contains('{') && !a.text.contains('}'), "{}", a.text);
    }
}
