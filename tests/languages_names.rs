//! `--names latin|native`: entity names in Latin letters (the default) or as
//! the article's own script spells them.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn json(dir: &Path, args: &[&str]) -> Value {
    let mut cmd = Command::cargo_bin("korpus").unwrap();
    cmd.env("KORPUS_CACHE_DIR", dir.join("cache")).env("KORPUS_DATA_DIR", dir.join("data"));
    let out = cmd.args(args).assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).unwrap()
}

/// The display name of the mention whose text is `surface`, in the article `file`.
fn name_of<'v>(articles: &'v Value, file: &str, surface: &str) -> Option<&'v str> {
    let article = articles.as_array()?.iter().find(|a| a["file"].as_str().is_some_and(|f| f.ends_with(file)))?;
    let mention = article["mentions"].as_array()?.iter().find(|m| m["text"] == surface)?;
    mention["name"].as_str()
}

#[test]
fn names_are_latin_by_default_and_native_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("en.txt"), "Lavrov in Pyongyang\n\nSergey Lavrov arrived in Pyongyang on Monday.\n")
        .unwrap();
    std::fs::write(corpus.join("ru.txt"), "Лавров в Пхеньяне\n\nСергей Лавров прибыл в Пхеньян в понедельник.\n")
        .unwrap();
    let path = corpus.to_str().unwrap();
    let latin = json(dir.path(), &["--corpus", path, "entities", "--json", "--no-cache"]);
    assert_eq!(name_of(&latin, "ru.txt", "Сергей Лавров"), Some("Sergey Lavrov"), "{latin}");
    let native = json(dir.path(), &["--corpus", path, "entities", "--json", "--no-cache", "--names", "native"]);
    assert_eq!(name_of(&native, "ru.txt", "Сергей Лавров"), Some("Сергей Лавров"), "{native}");
    assert_eq!(name_of(&native, "en.txt", "Sergey Lavrov"), Some("Sergey Lavrov"), "{native}");
}
