pub fn run(_corpus: korpus::Corpus, _args: &crate::cli::TuiArgs) -> anyhow::Result<()> { Ok(()) }
