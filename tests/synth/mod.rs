//! A deterministic generator of large multilingual news corpora, for
//! benchmarks and scale tests: articles in Turkish, Russian, English, Hindi
//! and Serbian (Latin), three scripts, with real-world names written the way
//! each language's press writes them (some inflected), numbers and dates.
//! Every article follows one of a few hundred "stories" (a set of people,
//! places and organisations), told in several languages, so related-article
//! and cross-script search benchmarks see realistic overlap.
//!
//! `cargo run --release --example gen_corpus -- 100000 corpus.jsonl` writes one.
//!
//! Not part of the library: the tests include it as `mod synth;`, benches and
//! examples with `#[path = "../tests/synth/mod.rs"] mod synth;`.

#![allow(dead_code, reason = "each test, bench and example uses part of the generator")]

use std::fmt::Write as _;

/// SplitMix64: small, fast, and the same sequence everywhere.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Languages in the order of the columns below.
pub const LANGS: [&str; 5] = ["en", "ru", "hi", "tr", "sr"];

/// People: en, ru (nominative), ru (genitive), hi, tr, sr (nominative), sr (instrumental).
const PEOPLE: &[[&str; 7]] = &[
    [
        "Sergey Lavrov",
        "Сергей Лавров",
        "Сергея Лаврова",
        "सर्गेई लावरोव",
        "Sergey Lavrov",
        "Sergej Lavrov",
        "Sergejem Lavrovom",
    ],
    [
        "Vladimir Putin",
        "Владимир Путин",
        "Владимира Путина",
        "व्लादिमीर पुतिन",
        "Vladimir Putin",
        "Vladimir Putin",
        "Vladimirom Putinom",
    ],
    [
        "Recep Tayyip Erdoğan",
        "Реджеп Тайип Эрдоган",
        "Реджепа Тайипа Эрдогана",
        "रेचेप तैय्यप एर्दोगन",
        "Recep Tayyip Erdoğan",
        "Redžep Tajip Erdogan",
        "Redžepom Tajipom Erdoganom",
    ],
    [
        "Narendra Modi",
        "Нарендра Моди",
        "Нарендры Моди",
        "नरेंद्र मोदी",
        "Narendra Modi",
        "Narendra Modi",
        "Narendrom Modijem",
    ],
    [
        "Aleksandar Vučić",
        "Александр Вучич",
        "Александра Вучича",
        "अलेक्जेंडर वुचिच",
        "Aleksandar Vučić",
        "Aleksandar Vučić",
        "Aleksandrom Vučićem",
    ],
    [
        "Ekrem İmamoğlu",
        "Экрем Имамоглу",
        "Экрема Имамоглу",
        "एकरेम इमामोग्लू",
        "Ekrem İmamoğlu",
        "Ekrem Imamoglu",
        "Ekremom Imamogluom",
    ],
    [
        "Antony Blinken",
        "Энтони Блинкен",
        "Энтони Блинкена",
        "एंटनी ब्लिंकन",
        "Antony Blinken",
        "Entoni Blinken",
        "Entonijem Blinkenom",
    ],
    ["Olaf Scholz", "Олаф Шольц", "Олафа Шольца", "ओलाफ शोल्ज़", "Olaf Scholz", "Olaf Šolc", "Olafom Šolcom"],
    ["Kim Jong Un", "Ким Чен Ын", "Ким Чен Ына", "किम जोंग उन", "Kim Jong Un", "Kim Džong Un", "Kim Džong Unom"],
    [
        "Emmanuel Macron",
        "Эмманюэль Макрон",
        "Эмманюэля Макрона",
        "इमैनुएल मैक्रों",
        "Emmanuel Macron",
        "Emanuel Makron",
        "Emanuelom Makronom",
    ],
    ["Xi Jinping", "Си Цзиньпин", "Си Цзиньпина", "शी जिनपिंग", "Şi Cinping", "Si Đinping", "Si Đinpingom"],
    ["Ana Brnabić", "Ана Брнабич", "Аны Брнабич", "अना ब्रनाबिच", "Ana Brnabiç", "Ana Brnabić", "Anom Brnabić"],
    [
        "Alexander Kozlov",
        "Александр Козлов",
        "Александра Козлова",
        "अलेक्जेंडर कोज़लोव",
        "Aleksandr Kozlov",
        "Aleksandar Kozlov",
        "Aleksandrom Kozlovom",
    ],
    [
        "Subrahmanyam Jaishankar",
        "Субраманьям Джайшанкар",
        "Субраманьяма Джайшанкара",
        "सुब्रह्मण्यम जयशंकर",
        "Subrahmanyam Jaishankar",
        "Subrahmanjam Džajšankar",
        "Subrahmanjamom Džajšankarom",
    ],
    ["Hakan Fidan", "Хакан Фидан", "Хакана Фидана", "हाकान फिदान", "Hakan Fidan", "Hakan Fidan", "Hakanom Fidanom"],
    ["Marko Đurić", "Марко Джурич", "Марко Джурича", "मार्को जूरिच", "Marko Đuriç", "Marko Đurić", "Markom Đurićem"],
];

/// Places: en, ru (nominative), ru (prepositional), hi, tr, sr (nominative), sr (locative).
const PLACES: &[[&str; 7]] = &[
    ["Moscow", "Москва", "Москве", "मॉस्को", "Moskova", "Moskva", "Moskvi"],
    ["Pyongyang", "Пхеньян", "Пхеньяне", "प्योंगयांग", "Pyongyang", "Pjongjang", "Pjongjangu"],
    ["Ankara", "Анкара", "Анкаре", "अंकारा", "Ankara", "Ankara", "Ankari"],
    ["New Delhi", "Нью-Дели", "Нью-Дели", "नई दिल्ली", "Yeni Delhi", "Nju Delhi", "Nju Delhiju"],
    ["Belgrade", "Белград", "Белграде", "बेलग्रेड", "Belgrad", "Beograd", "Beogradu"],
    ["Istanbul", "Стамбул", "Стамбуле", "इस्तांबुल", "İstanbul", "Istanbul", "Istanbulu"],
    ["Beijing", "Пекин", "Пекине", "बीजिंग", "Pekin", "Peking", "Pekingu"],
    ["Berlin", "Берлин", "Берлине", "बर्लिन", "Berlin", "Berlin", "Berlinu"],
    ["Paris", "Париж", "Париже", "पेरिस", "Paris", "Pariz", "Parizu"],
    ["Washington", "Вашингтон", "Вашингтоне", "वाशिंगटन", "Washington", "Vašington", "Vašingtonu"],
    ["Kyiv", "Киев", "Киеве", "कीव", "Kiev", "Kijev", "Kijevu"],
    ["Seoul", "Сеул", "Сеуле", "सियोल", "Seul", "Seul", "Seulu"],
    ["Tokyo", "Токио", "Токио", "टोक्यो", "Tokyo", "Tokio", "Tokiju"],
    ["İzmir", "Измир", "Измире", "इज़मिर", "İzmir", "Izmir", "Izmiru"],
    ["Novi Sad", "Нови-Сад", "Нови-Саде", "नोवी साद", "Novi Sad", "Novi Sad", "Novom Sadu"],
    ["Mumbai", "Мумбаи", "Мумбаи", "मुंबई", "Mumbai", "Mumbaj", "Mumbaju"],
];

/// Organisations: en, ru, ru (again: indeclinable), hi, tr, sr, sr.
const ORGS: &[[&str; 7]] = &[
    ["United Nations", "ООН", "ООН", "संयुक्त राष्ट्र", "Birleşmiş Milletler", "Ujedinjene nacije", "Ujedinjenim nacijama"],
    ["NATO", "НАТО", "НАТО", "नाटो", "NATO", "NATO", "NATO"],
    ["Reuters", "Рейтер", "Рейтер", "रॉयटर्स", "Reuters", "Rojters", "Rojtersu"],
    ["European Union", "Евросоюз", "Евросоюзе", "यूरोपीय संघ", "Avrupa Birliği", "Evropska unija", "Evropskoj uniji"],
    ["Central Bank", "Центробанк", "Центробанке", "केंद्रीय बैंक", "Merkez Bankası", "Centralna banka", "Centralnoj banci"],
    ["ISRO", "ИСРО", "ИСРО", "इसरो", "ISRO", "ISRO", "ISRO"],
];

/// Month names per language (index 0 = January), for dates in the text.
const MONTHS: [[&str; 12]; 5] = [
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    [
        "januara",
        "februara",
        "marta",
        "aprila",
        "maja",
        "juna",
        "jula",
        "avgusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ],
];

/// Syllables every script can spell: (Latin, Cyrillic, Devanagari consonant
/// with inherent vowel handled below). Made-up local names are built from them.
const CONSONANTS: [(&str, &str, &str); 14] = [
    ("b", "б", "ब"),
    ("d", "д", "द"),
    ("g", "г", "ग"),
    ("k", "к", "क"),
    ("l", "л", "ल"),
    ("m", "м", "म"),
    ("n", "н", "न"),
    ("p", "п", "प"),
    ("r", "р", "र"),
    ("s", "с", "स"),
    ("t", "т", "त"),
    ("v", "в", "व"),
    ("z", "з", "ज़"),
    ("sh", "ш", "श"),
];
/// Vowels: Latin, Cyrillic, Devanagari sign after a consonant.
const VOWELS: [(&str, &str, &str); 5] =
    [("a", "а", "ा"), ("e", "е", "े"), ("i", "и", "ि"), ("o", "о", "ो"), ("u", "у", "ु")];

/// A made-up name of a story's own (a local official, a town), spelled in
/// each language's script: Latin for en/tr/sr, Cyrillic for ru, Devanagari for hi.
fn local_name(seed: u64, syllables: usize) -> [String; 3] {
    let mut rng = Rng::new(seed);
    let mut out = [String::new(), String::new(), String::new()];
    for _ in 0..syllables {
        let c = CONSONANTS[rng.below(CONSONANTS.len())];
        let v = VOWELS[rng.below(VOWELS.len())];
        out[0].push_str(c.0);
        out[0].push_str(v.0);
        out[1].push_str(c.1);
        out[1].push_str(v.1);
        out[2].push_str(c.2);
        out[2].push_str(v.2);
    }
    for name in out.iter_mut().take(2) {
        let mut chars = name.chars();
        if let Some(first) = chars.next() {
            *name = first.to_uppercase().chain(chars).collect();
        }
    }
    out
}

/// Sentence templates: {P} person, {Pg} person in an oblique case, {L} place,
/// {Ll} place in a locative, {O} organisation, {N} a number, {D} a date,
/// {Q} the story's own local person, {M} its own town.
const TEMPLATES: [&[&str]; 5] = [
    &[
        "{P} met officials in {L} on {D} to discuss trade and security.",
        "According to {O}, talks between the delegations lasted more than {N} hours.",
        "{P}'s office said the agreement would be signed in {L} next month.",
        "Analysts in {L} said the visit marked a shift in the region's diplomacy.",
        "The ministry reported {N} new projects worth billions of dollars.",
        "{P} told reporters that cooperation with {L} would continue to grow.",
        "Critics argued the deal ignored concerns raised by the {O}.",
        "Officials expect a follow-up meeting before the end of the year.",
        "Local official {Q} said residents of {M} were told to stay calm.",
    ],
    &[
        "{P} провёл переговоры в {Ll} {D}, обсуждались торговля и безопасность.",
        "По данным {O}, встреча делегаций продолжалась более {N} часов.",
        "Визит {Pg} в {L} эксперты назвали поворотным моментом.",
        "В {Ll} заявили, что соглашение будет подписано в следующем месяце.",
        "Министерство сообщило о {N} новых проектах на миллиарды рублей.",
        "{P} подчеркнул, что сотрудничество продолжит развиваться.",
        "Критики указали на опасения, высказанные {O}.",
        "Следующая встреча ожидается до конца года.",
        "Чиновник {Q} сообщил, что жителей города {M} призвали сохранять спокойствие.",
    ],
    &[
        "{P} ने {D} को {L} में अधिकारियों से व्यापार और सुरक्षा पर बात की।",
        "{O} के अनुसार प्रतिनिधिमंडलों की बैठक {N} घंटे से अधिक चली।",
        "विशेषज्ञों ने {L} की इस यात्रा को क्षेत्र की कूटनीति में बदलाव बताया।",
        "मंत्रालय ने {N} नई परियोजनाओं की घोषणा की।",
        "{P} ने कहा कि सहयोग आगे भी बढ़ता रहेगा।",
        "आलोचकों ने कहा कि समझौते में {O} की चिंताओं को नज़रअंदाज़ किया गया।",
        "साल के अंत से पहले अगली बैठक होने की उम्मीद है।",
        "स्थानीय अधिकारी {Q} ने कहा कि {M} के लोगों से शांत रहने को कहा गया है।",
    ],
    &[
        "{P}, {D} tarihinde {L}'da ticaret ve güvenlik konularını görüştü.",
        "{O}'ya göre heyetler arasındaki görüşme {N} saatten fazla sürdü.",
        "{P}'un ziyareti, {L} için bölgesel diplomaside bir dönüm noktası olarak görüldü.",
        "Bakanlık, milyarlarca dolar değerinde {N} yeni proje açıkladı.",
        "{P}, iş birliğinin büyümeye devam edeceğini söyledi.",
        "Eleştirmenler anlaşmanın {O} tarafından dile getirilen kaygıları göz ardı ettiğini savundu.",
        "Yıl sonundan önce yeni bir görüşme yapılması bekleniyor.",
        "Yerel yetkili {Q}, {M} sakinlerinin sakin olmaya çağrıldığını söyledi.",
    ],
    &[
        "{P} je {D} u {Ll} razgovarao o trgovini i bezbednosti.",
        "Prema navodima {O}, sastanak delegacija trajao je više od {N} sati.",
        "Analitičari u {Ll} ocenili su posetu kao zaokret u regionalnoj diplomatiji.",
        "Ministarstvo je objavilo {N} novih projekata vrednih milijarde dinara.",
        "Sastanak sa {Pi} održan je u prijateljskoj atmosferi.",
        "Kritičari tvrde da sporazum zanemaruje zabrinutost koju je iznela {O}.",
        "Sledeći sastanak očekuje se pre kraja godine.",
        "Lokalni zvaničnik {Q} rekao je da su stanovnici mesta {M} pozvani na mir.",
    ],
];

const HEADLINES: [&[&str]; 5] = [
    &[
        "{P} visits {L} as talks on trade resume",
        "{O} warns of rising tensions around {L}",
        "{P} and partners sign new accord",
    ],
    &["{P} посетил {L}: возобновлены переговоры", "{O} предупреждает о росте напряжённости", "Визит {Pg} в {L}"],
    &["{P} की {L} यात्रा, व्यापार वार्ता फिर शुरू", "{O} ने तनाव बढ़ने की चेतावनी दी", "{L} में नया समझौता"],
    &[
        "{P} {L} ziyaretinde ticaret görüşmelerini sürdürdü",
        "{O}'dan gerginlik uyarısı",
        "{L}'da yeni anlaşma imzalandı",
    ],
    &[
        "{P} u poseti {Ll}, nastavljeni razgovori o trgovini",
        "{O} upozorava na rast tenzija",
        "Novi sporazum potpisan u {Ll}",
    ],
];

/// One generated article.
#[derive(Debug, Clone)]
pub struct SynthArticle {
    pub id: String,
    pub lang: &'static str,
    pub title: String,
    pub text: String,
    /// The story it tells (articles on one story share people and places).
    pub story: usize,
}

/// A story's cast: two well-known people, a place, an organisation, and a
/// seed for its own local person and town.
type Cast = (usize, usize, usize, usize, u64);

fn story_cast(story: usize) -> Cast {
    let mut rng = Rng::new(0xC0FFEE ^ story as u64);
    let p1 = rng.below(PEOPLE.len());
    let p2 = (p1 + 1 + rng.below(PEOPLE.len() - 1)) % PEOPLE.len();
    (p1, p2, rng.below(PLACES.len()), rng.below(ORGS.len()), rng.next_u64())
}

/// Articles per story: each story is told about this many times, in random languages.
pub const ARTICLES_PER_STORY: usize = 5;

/// Column of a name table for a language: (plain, oblique).
fn columns(lang: usize) -> (usize, usize) {
    match lang {
        0 => (0, 0),
        1 => (1, 2),
        2 => (3, 3),
        3 => (4, 4),
        _ => (5, 6),
    }
}

fn fill(template: &str, lang: usize, rng: &mut Rng, cast: Cast, out: &mut String) {
    let (plain, oblique) = columns(lang);
    let person = if rng.below(3) == 0 { cast.1 } else { cast.0 };
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else { break };
        let slot = &rest[open + 1..open + close];
        match slot {
            "P" => out.push_str(PEOPLE[person][plain]),
            "Pg" | "Pi" => out.push_str(PEOPLE[person][oblique]),
            "L" => out.push_str(PLACES[cast.2][plain]),
            "Ll" => out.push_str(PLACES[cast.2][oblique]),
            "O" => out.push_str(ORGS[cast.3][if lang == 4 { 5 } else { plain }]),
            "Q" | "M" => {
                let names = local_name(cast.4 ^ if slot == "Q" { 0x51 } else { 0x4D }, 3);
                out.push_str(
                    &names[match lang {
                        1 => 1,
                        2 => 2,
                        _ => 0,
                    }],
                );
            }
            "N" => {
                let _ = write!(out, "{}", 2 + rng.below(480));
            }
            "D" => {
                let _ = write!(out, "{} {}", 1 + rng.below(28), MONTHS[lang][rng.below(12)]);
            }
            _ => {}
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
}

/// Article `n` of a corpus: the same `n` always gives the same article.
pub fn article(n: usize) -> SynthArticle {
    let mut rng = Rng::new(0x5EED ^ (n as u64).wrapping_mul(0x9E37_79B9));
    let lang = rng.below(LANGS.len());
    // consecutive articles tell one story, each in a language of its own choosing
    let story = n / ARTICLES_PER_STORY;
    let cast = story_cast(story);
    let mut title = String::new();
    let headline = *rng.pick(HEADLINES[lang]);
    fill(headline, lang, &mut rng, cast, &mut title);
    let mut text = String::with_capacity(1600);
    text.push_str(&title);
    text.push('\n');
    let lines = 8 + rng.below(5);
    for line in 0..lines {
        let sentences = 1 + rng.below(2);
        for s in 0..sentences {
            if s > 0 {
                text.push(' ');
            }
            let template = *rng.pick(TEMPLATES[lang]);
            fill(template, lang, &mut rng, cast, &mut text);
        }
        if line + 1 < lines {
            text.push('\n');
        }
    }
    SynthArticle { id: format!("synth-{n:07}"), lang: LANGS[lang], title, text, story }
}

/// A whole generated corpus of `n` articles, built in memory.
pub fn corpus(n: usize) -> korpus::corpus::Corpus {
    let articles = (0..n)
        .map(|i| {
            let a = article(i);
            korpus::corpus::Article::new(a.id, &a.text, Some(&a.title), Some(a.lang))
        })
        .collect();
    korpus::corpus::Corpus { name: format!("synth-{n}"), articles, warnings: Vec::new() }
}

/// One JSON Lines record for an article.
pub fn jsonl_line(a: &SynthArticle) -> String {
    let record = serde_json::json!({"id": a.id, "title": a.title, "lang": a.lang, "text": a.text, "source": format!("story-{}", a.story)});
    record.to_string()
}
