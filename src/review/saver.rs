//! Saving off the caller's thread: an interface hands each change to a
//! [`ReviewSaver`] and goes on drawing while the store locks, merges, writes
//! and syncs. Changes that queue up while a save runs are saved together
//! (one lock, one write), and [`ReviewSaver::finish`] waits until every
//! change handed over is on disk, so quitting never drops one.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

use super::{ExportFormat, ReviewMark, ReviewStore};
use crate::fsio::{self, Existing};
use crate::store::Store;

enum Job {
    Save { article_id: String, mark: ReviewMark },
    Export { articles: Arc<dyn Store>, format: ExportFormat, path: PathBuf, existing: Existing },
}

/// What a save (or an export) came to.
#[derive(Debug, Clone)]
pub struct SaveReport {
    /// Every mark as it now is on disk (merged with other processes' saves),
    /// or `None` while later changes are still queued: marks taken from this
    /// report would hide those changes from the screen until they are saved.
    pub marks: Option<Vec<(String, ReviewMark)>>,
    /// What to tell the user: a failed save, a corrupt file moved aside, an export written.
    pub message: Option<String>,
}

/// The thread that owns the review store.
pub struct ReviewSaver {
    jobs: Option<Sender<Job>>,
    queued: Arc<AtomicU64>,
    thread: Option<JoinHandle<()>>,
}

impl ReviewSaver {
    /// Start saving `store` on a thread of its own; `report` is called on
    /// that thread after every save or export.
    pub fn spawn(store: ReviewStore, report: impl FnMut(SaveReport) + Send + 'static) -> ReviewSaver {
        let (jobs, rx) = mpsc::channel();
        let queued = Arc::new(AtomicU64::new(0));
        let thread = {
            let queued = Arc::clone(&queued);
            thread::spawn(move || run(store, rx, &queued, report))
        };
        ReviewSaver { jobs: Some(jobs), queued, thread: Some(thread) }
    }

    /// Set one article's mark to `mark` (its time stamp is set at the save).
    pub fn save(&self, article_id: String, mark: ReviewMark) {
        self.send(Job::Save { article_id, mark });
    }

    /// Write the review, with every change handed over before, to `path`
    /// (a new file: an existing one is never overwritten).
    pub fn export(&self, articles: Arc<dyn Store>, format: ExportFormat, path: PathBuf) {
        self.export_to(articles, format, path, Existing::Refuse);
    }

    /// The same, replacing an existing file when `existing` says so (the
    /// user confirmed it); the file is still written whole or not at all.
    pub fn export_to(&self, articles: Arc<dyn Store>, format: ExportFormat, path: PathBuf, existing: Existing) {
        self.send(Job::Export { articles, format, path, existing });
    }

    fn send(&self, job: Job) {
        self.queued.fetch_add(1, Ordering::SeqCst);
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(job);
        }
    }

    /// Wait until everything handed over is saved.
    pub fn finish(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for ReviewSaver {
    fn drop(&mut self) {
        self.stop();
    }
}

fn run(mut store: ReviewStore, rx: Receiver<Job>, queued: &AtomicU64, mut report: impl FnMut(SaveReport)) {
    let mut done: u64 = 0;
    while let Ok(first) = rx.recv() {
        // whatever queued up meanwhile goes into the same save
        let mut batch = vec![first];
        batch.extend(rx.try_iter());
        let mut messages: Vec<String> = Vec::new();
        let mut saves: Vec<(String, ReviewMark)> = Vec::new();
        for job in batch {
            done += 1;
            match job {
                Job::Save { article_id, mark } => saves.push((article_id, mark)),
                Job::Export { articles, format, path, existing } => {
                    flush(&mut store, &mut saves, &mut messages);
                    messages.push(export(&store, articles.as_ref(), format, &path, existing));
                }
            }
        }
        flush(&mut store, &mut saves, &mut messages);
        let caught_up = done == queued.load(Ordering::SeqCst);
        let marks = caught_up.then(|| store.marks().map(|(id, m)| (id.to_owned(), m.clone())).collect());
        report(SaveReport { marks, message: (!messages.is_empty()).then(|| messages.join("; ")) });
    }
}

fn flush(store: &mut ReviewStore, saves: &mut Vec<(String, ReviewMark)>, messages: &mut Vec<String>) {
    if saves.is_empty() {
        return;
    }
    let changes = saves.drain(..).map(|(id, mark)| (id, move |m: &mut ReviewMark| *m = mark));
    if let Err(e) = store.update_many(changes) {
        messages.push(format!("review NOT saved: {e}"));
    }
    messages.extend(store.take_warnings());
}

fn export(
    store: &ReviewStore,
    articles: &dyn Store,
    format: ExportFormat,
    path: &std::path::Path,
    existing: Existing,
) -> String {
    let written = fsio::write_atomic(path, existing, |out| store.export(articles, format, out));
    match written {
        Ok(()) => format!("review written to {}", fsio::quoted(path)),
        Err(e) => format!("could not write {}: {e}", fsio::quoted(path)),
    }
}
