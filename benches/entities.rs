//! Entity recognition and linking throughput on generated multilingual news.
//! `cargo bench --bench entities`: MB/s of article text, on one thread and on all cores.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use korpus::{Article, EntityIndex};

/// A tiny deterministic generator (no extra dependency for random numbers).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

struct Lang {
    code: &'static str,
    people: &'static [&'static str],
    places: &'static [&'static str],
    orgs: &'static [&'static str],
    templates: &'static [&'static str],
    filler: &'static [&'static str],
}

const LANGS: &[Lang] = &[
    Lang {
        code: "en",
        people: &["Maria Lindqvist", "Tomas Beranek", "Ahmed Karimi", "Olga Petrenko", "Lindqvist", "Beranek"],
        places: &["Berlin", "Nairobi", "Lima", "North Korea", "Ukraine", "Turkey", "Moscow"],
        orgs: &["NATO", "United Nations", "Reuters", "World Bank", "European Union"],
        templates: &[
            "Foreign Minister {P} met officials in {L} on Tuesday, {O} reported.",
            "The talks between {L} and {L} were described by {P} as difficult.",
            "According to {O}, {P} will travel to {L} next week.",
            "{P}'s visit to {L} drew criticism from {O}.",
        ],
        filler: &["Analysts said the meeting could shape relations for years.", "Officials declined to comment on the details of the agreement."],
    },
    Lang {
        code: "tr",
        people: &["Ayşe Demirtaş", "Mehmet Kılıçdar", "Selin Yavuzer", "Demirtaş", "Kılıçdar"],
        places: &["Ankara", "İstanbul", "Kuzey Kore", "Rusya", "Moskova", "Berlin"],
        orgs: &["NATO", "Birleşmiş Milletler", "Avrupa Birliği", "Anadolu Ajansı"],
        templates: &[
            "Dışişleri Bakanı {P}, {L}'da yaptığı açıklamada {O}'nun tutumunu eleştirdi.",
            "{P}'ın {L} ziyareti {O} tarafından olumlu karşılandı.",
            "{L} ile {L} arasındaki görüşmeler yarın devam edecek.",
        ],
        filler: &["Uzmanlar görüşmenin bölgedeki dengeleri etkileyebileceğini belirtti.", "Yetkililer ayrıntılar hakkında yorum yapmadı."],
    },
    Lang {
        code: "ru",
        people: &["Ольга Петренко", "Игорь Савельев", "Анна Кравцова", "Савельева", "Петренко"],
        places: &["Москва", "Москвой", "Пхеньяне", "Северной Кореи", "России", "Берлине"],
        orgs: &["НАТО", "ООН", "ТАСС", "Шанхайской организации сотрудничества"],
        templates: &[
            "Министр иностранных дел {P} провёл переговоры в {L}, сообщает {O}.",
            "По словам {P}, отношения между {L} и {L} укрепляются.",
            "Представители {O} встретились с {P} в {L}.",
        ],
        filler: &["Эксперты считают, что встреча может изменить баланс сил в регионе.", "Подробности соглашения не раскрываются."],
    },
    Lang {
        code: "sr",
        people: &["Marko Jovanović", "Jelena Savić", "Marka Jovanovića", "Jovanovićem", "Savić"],
        places: &["Beograd", "Pjongjangu", "Rusije", "Severne Koreje", "Berlinu"],
        orgs: &["NATO", "Ujedinjene nacije", "Tanjug", "Evropska unija"],
        templates: &[
            "Ministar spoljnih poslova {P} razgovarao je u {L} sa predstavnicima {O}.",
            "Prema rečima {P}, odnosi između {L} i {L} su sve bliži.",
            "{O} je saopštio da će {P} posetiti {L}.",
        ],
        filler: &["Analitičari smatraju da bi sastanak mogao promeniti odnose u regionu.", "Zvaničnici nisu komentarisali detalje sporazuma."],
    },
    Lang {
        code: "hi",
        people: &["व्लादिमीर पुतिन", "पुतिन", "मारिया लिंडक्विस्ट"],
        places: &["रूस", "उत्तर कोरिया", "प्योंगयांग", "मॉस्को", "अमेरिका"],
        orgs: &["रॉयटर्स", "नाटो", "संयुक्त राष्ट्र"],
        templates: &[
            "राष्ट्रपति {P} ने {L} में कहा कि {L} के साथ संबंध मजबूत होंगे।",
            "{O} की रिपोर्ट के अनुसार {P} अगले सप्ताह {L} जाएंगे।",
            "{L} और {L} के बीच बातचीत जारी है, {O} ने बताया।",
        ],
        filler: &["विशेषज्ञों का कहना है कि इस बैठक से क्षेत्र में संतुलन बदल सकता है।", "अधिकारियों ने समझौते के विवरण पर टिप्पणी नहीं की।"],
    },
];

fn generate(articles: usize, sentences: usize) -> Vec<Article> {
    let mut rng = Lcg(42);
    (0..articles)
        .map(|n| {
            let lang = &LANGS[n % LANGS.len()];
            let mut text = String::new();
            for s in 0..sentences {
                let sentence = if s % 3 == 2 { rng.pick(lang.filler).to_owned() } else { rng.pick(lang.templates).to_owned() };
                let mut out = String::with_capacity(sentence.len() + 40);
                let mut rest = sentence.as_str();
                while let Some(p) = rest.find('{') {
                    out.push_str(&rest[..p]);
                    let slot = &rest[p..p + 3];
                    out.push_str(match slot {
                        "{P}" => rng.pick(lang.people),
                        "{L}" => rng.pick(lang.places),
                        _ => rng.pick(lang.orgs),
                    });
                    rest = &rest[p + 3..];
                }
                out.push_str(rest);
                text.push_str(&out);
                text.push(if s % 5 == 4 { '\n' } else { ' ' });
            }
            Article::new(format!("gen{n:04}.txt"), &text, None, Some(lang.code))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let articles = generate(250, 40);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    // warm the embedded gazetteer once, outside the measurement
    let _ = EntityIndex::build(&articles[..1]);
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    for threads in [1, cores] {
        group.bench_with_input(BenchmarkId::new("build", format!("{threads}-threads")), &threads, |b, &t| b.iter(|| EntityIndex::build_with_threads(&articles, t)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
