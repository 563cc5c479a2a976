fn main() {
    let path = std::env::args().nth(1).unwrap();
    let corpus = korpus::corpus::load_path(std::path::Path::new(&path)).unwrap();
    let a = korpus::Analysis::build(&corpus);
    let size = |v: &dyn erased| v.len();
    trait erased { fn len(&self) -> usize; }
    impl<T: serde::Serialize> erased for T { fn len(&self) -> usize { bincode::serialize(self).unwrap().len() } }
    println!("corpus {}", size(&corpus));
    println!("entities {}", size(&a.entities));
    println!("mentions {}", size(&a.entities.mentions));
    println!("related {}", size(&a.related));
    println!("search {}", size(&a.search));
    let text: usize = corpus.articles.iter().map(|x| x.text.len()).sum();
    let titles: usize = corpus.articles.iter().map(|x| x.title.len()).sum();
    let ids: usize = corpus.articles.iter().map(|x| x.id.len()).sum();
    println!("text {text} titles {titles} ids {ids}");
}
