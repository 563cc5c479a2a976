//! A deterministic multilingual corpus for benches: stories told in
//! Turkish, Russian, English, Hindi and Serbian, in Latin, Cyrillic and
//! Devanagari, with people and places spelled per script, inflected, and
//! numbers and dates; filler vocabulary per language with Zipf-like
//! frequencies. Same seed, same corpus.

use korpus::corpus::{Article, Corpus};
use korpus::lang::{Language, Script};

/// SplitMix64: tiny, seedable, good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Roughly Zipf: small indexes much more often than large ones.
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        (((n as f64 + 1.0).powf(u) - 1.0) as usize).min(n - 1)
    }
}

const CONSONANTS: [&str; 14] = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh"];
const VOWELS: [&str; 5] = ["a", "e", "i", "o", "u"];

fn cyrillic(c: &str) -> &'static str {
    match c {
        "b" => "б", "d" => "д", "g" => "г", "k" => "к", "l" => "л", "m" => "м", "n" => "н", "p" => "п",
        "r" => "р", "s" => "с", "t" => "т", "v" => "в", "z" => "з", "sh" => "ш",
        "a" => "а", "e" => "е", "i" => "и", "o" => "о", "u" => "у", _ => "",
    }
}

fn devanagari_consonant(c: &str) -> &'static str {
    match c {
        "b" => "ब", "d" => "द", "g" => "ग", "k" => "क", "l" => "ल", "m" => "म", "n" => "न", "p" => "प",
        "r" => "र", "s" => "स", "t" => "त", "v" => "व", "z" => "ज़", "sh" => "श", _ => "",
    }
}

fn devanagari_vowel(v: &str, initial: bool) -> &'static str {
    match (v, initial) {
        ("a", true) => "अ", ("e", true) => "ए", ("i", true) => "इ", ("o", true) => "ओ", ("u", true) => "उ",
        ("a", false) => "ा", ("e", false) => "े", ("i", false) => "ि", ("o", false) => "ो", ("u", false) => "ु",
        _ => "",
    }
}

/// A word as syllables (consonant, vowel) that every script can spell.
#[derive(Clone)]
pub struct Word(Vec<(&'static str, &'static str)>);

impl Word {
    fn random(rng: &mut Rng, syllables: usize) -> Word {
        Word((0..syllables).map(|_| (CONSONANTS[rng.below(CONSONANTS.len())], VOWELS[rng.below(VOWELS.len())])).collect())
    }

    fn render(&self, script: Script, capital: bool) -> String {
        let mut out = String::new();
        for &(c, v) in &self.0 {
            match script {
                Script::Cyrillic => {
                    out.push_str(cyrillic(c));
                    out.push_str(cyrillic(v));
                }
                Script::Devanagari => {
                    out.push_str(devanagari_consonant(c));
                    out.push_str(devanagari_vowel(v, false));
                }
                _ => {
                    out.push_str(c);
                    out.push_str(v);
                }
            }
        }
        if capital {
            let mut chars = out.chars();
            if let Some(first) = chars.next() {
                return first.to_uppercase().chain(chars).collect();
            }
        }
        out
    }
}

struct Lang {
    language: Language,
    script: Script,
    /// Case endings added to names now and then.
    endings: &'static [&'static str],
    months: [&'static str; 12],
    vocabulary: Vec<String>,
}

fn languages(rng: &mut Rng) -> Vec<Lang> {
    let vocab = |script: Script, rng: &mut Rng| -> Vec<String> {
        (0..3000).map(|_| {
            let syllables = 1 + rng.below(4);
            Word::random(rng, syllables).render(script, false)
        }).collect()
    };
    vec![
        Lang { language: Language::Turkish, script: Script::Latin, endings: &["'in", "'da", "'ya", ""],
            months: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"], vocabulary: vocab(Script::Latin, rng) },
        Lang { language: Language::Russian, script: Script::Cyrillic, endings: &["а", "ом", "у", ""],
            months: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"], vocabulary: vocab(Script::Cyrillic, rng) },
        Lang { language: Language::English, script: Script::Latin, endings: &["'s", ""],
            months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], vocabulary: vocab(Script::Latin, rng) },
        Lang { language: Language::Hindi, script: Script::Devanagari, endings: &[""],
            months: ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"], vocabulary: vocab(Script::Devanagari, rng) },
        Lang { language: Language::Serbian, script: Script::Latin, endings: &["a", "om", "u", ""],
            months: ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra"], vocabulary: vocab(Script::Latin, rng) },
    ]
}

struct Story {
    names: Vec<Word>,
    day: usize,
    month: usize,
    numbers: Vec<u32>,
}

/// `n` articles, about five per story, each story told in several languages.
pub fn corpus(n: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let langs = languages(&mut rng);
    // a pool of widely shared names (countries, capitals, leaders) and story-specific ones
    let common: Vec<Word> = (0..200).map(|_| {
        let syllables = 2 + rng.below(2);
        Word::random(&mut rng, syllables)
    }).collect();
    let stories: Vec<Story> = (0..n.div_ceil(5).max(1))
        .map(|_| Story {
            names: (0..6).map(|i| if i < 2 { let pick = rng.zipf(common.len()); common[pick].clone() } else {
                let syllables = 2 + rng.below(3);
                Word::random(&mut rng, syllables)
            }).collect(),
            day: 1 + rng.below(28),
            month: rng.below(12),
            numbers: (0..3).map(|_| 10 + rng.below(90_000) as u32).collect(),
        })
        .collect();
    let mut articles = Vec::with_capacity(n);
    for i in 0..n {
        let story = &stories[i / 5 % stories.len()];
        let lang = &langs[rng.below(langs.len())];
        let mut text = String::new();
        let words = 120 + rng.below(200);
        for w in 0..words {
            if w > 0 {
                text.push(if w % 17 == 0 { '.' } else { ' ' });
                if w % 17 == 0 {
                    text.push(' ');
                }
            }
            match rng.below(20) {
                0 | 1 => {
                    let name = &story.names[rng.below(story.names.len())];
                    text.push_str(&name.render(lang.script, lang.script != Script::Devanagari));
                    text.push_str(lang.endings[rng.below(lang.endings.len())]);
                }
                2 if rng.below(4) == 0 => {
                    let day = story.day.to_string();
                    let month = lang.months[story.month];
                    match lang.language {
                        Language::English => text.push_str(&format!("{month} {day}")),
                        Language::Serbian => text.push_str(&format!("{day}. {month}")),
                        _ => text.push_str(&format!("{day} {month}")),
                    }
                }
                3 if rng.below(4) == 0 => text.push_str(&story.numbers[rng.below(story.numbers.len())].to_string()),
                _ => text.push_str(&lang.vocabulary[rng.zipf(lang.vocabulary.len())]),
            }
        }
        text.push('.');
        let title = text.chars().take(60).collect::<String>();
        let title_span = (0, title.len());
        articles.push(Article { id: format!("{i:06}_{}.txt", lang.language.code()), title, title_span, text, language: lang.language.clone(), script: lang.script, date: None, url: None, source: None });
    }
    Corpus { name: format!("generated-{n}"), articles, warnings: Vec::new() }
}
