//! Terminal setup and restore, the event loop, and the worker threads.
//!
//! The loop blocks on one channel fed by the input thread, the signal thread
//! and the search worker; it drains everything pending, updates, and draws
//! once, inside a synchronized update. Nothing is redrawn on a timer.

use std::collections::VecDeque;
use std::io::{self, Stdout, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Instant;

use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::terminal::{
    self, BeginSynchronizedUpdate, EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use korpus::Corpus;
use korpus::corpus::LoadWarning;
use korpus::fsio::Existing;
use korpus::review::{ReviewSaver, ReviewStore, SaveReport};
use korpus::search::{Hit, SearchSession};
use korpus::store::{MemoryStore, SearchRequest, Store};

use super::action::{Action, Shared};
use super::app::{App, Overlay, RELATED_LIMIT, SEARCH_LIMIT};
use super::clipboard::{self, ClipboardMode};
use super::export::{self, ExportChoice};
use super::keymap::{route, split_escape_prefix};
use super::panes;
use super::update::{Effect, ExternalProgram, update};

/// Everything the loop waits for.
enum Message {
    /// A terminal event and when the input thread read it.
    Input(Event, Instant),
    Action(Action),
    /// The input stream ended (terminal gone) or a signal asked us to stop.
    Stop(String),
    /// The review saver saved (or exported, or failed to).
    ReviewSaved(SaveReport),
}

static MOUSE_CAPTURED: AtomicBool = AtomicBool::new(false);
static TERMINAL_ACTIVE: AtomicBool = AtomicBool::new(false);
/// The signal that ended the TUI (0: none), for the exit status 128+N.
static STOPPED_BY: AtomicI32 = AtomicI32::new(0);

/// The signal that ended the TUI, if one did.
pub fn stopped_by_signal() -> Option<i32> {
    Some(STOPPED_BY.load(Ordering::SeqCst)).filter(|&sig| sig != 0)
}

/// Put the terminal back as we found it. Safe to call more than once and
/// from the panic hook; errors are ignored because the terminal may be gone.
pub fn restore_terminal() {
    if !TERMINAL_ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE_CAPTURED.swap(false, Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, LeaveAlternateScreen, cursor::Show);
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

fn setup_terminal(mouse: bool) -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    // the hook goes in before the first draw so a panic never leaves raw mode behind
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
    enter_terminal(mouse)?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

/// Raw mode, the alternate screen, the mouse if asked for: undone by [`restore_terminal`].
fn enter_terminal(mouse: bool) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    TERMINAL_ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, cursor::Hide)?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
        MOUSE_CAPTURED.store(true, Ordering::SeqCst);
    }
    Ok(())
}

/// ctrl-z (or `kill -TSTP`): give the terminal back to the shell, stop until
/// `fg` continues the process, then take the terminal again and redraw all of it.
fn suspend(terminal: &mut Terminal<CrosstermBackend<Stdout>>, mouse: bool) -> io::Result<()> {
    restore_terminal();
    // in raw mode ctrl-z is a key, not SIGTSTP: stop the process as the default action would
    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
    enter_terminal(mouse)?;
    execute!(io::stdout(), terminal::Clear(terminal::ClearType::All))?;
    // a new Terminal draws every cell again (`clear` would ask the terminal for the
    // cursor, whose answer the input thread reads first); the window may have changed size
    *terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    Ok(())
}

/// Raised while another program (a pager, an editor) has the terminal: the
/// input thread stops reading so that program gets every key.
static INPUT_PAUSED: AtomicBool = AtomicBool::new(false);
/// The input thread's answer: it has stopped reading.
static INPUT_PARKED: AtomicBool = AtomicBool::new(false);

fn spawn_input(tx: Sender<Message>) {
    thread::spawn(move || {
        loop {
            if INPUT_PAUSED.load(Ordering::SeqCst) {
                INPUT_PARKED.store(true, Ordering::SeqCst);
                thread::sleep(std::time::Duration::from_millis(10));
                continue;
            }
            INPUT_PARKED.store(false, Ordering::SeqCst);
            // a short wait, not a blocking read, so a pause is noticed
            let ready = match event::poll(std::time::Duration::from_millis(50)) {
                Ok(ready) => ready,
                Err(e) => {
                    let _ = tx.send(Message::Stop(format!("terminal input ended: {e}")));
                    return;
                }
            };
            if !ready {
                continue;
            }
            match event::read() {
                Ok(ev) => {
                    if tx.send(Message::Input(ev, Instant::now())).is_err() {
                        return;
                    }
                }
                Err(e) => {
                    let _ = tx.send(Message::Stop(format!("terminal input ended: {e}")));
                    return;
                }
            }
        }
    });
}

fn spawn_signals(tx: Sender<Message>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP])?;
    thread::spawn(move || {
        for sig in signals.forever() {
            if sig == SIGTSTP {
                // suspended from outside: the same as ctrl-z, the terminal handed back first
                if tx.send(Message::Action(Action::Suspend)).is_err() {
                    return;
                }
                continue;
            }
            STOPPED_BY.store(sig, Ordering::SeqCst);
            let _ = tx.send(Message::Stop(format!("stopped by signal {sig}")));
            return;
        }
    });
    Ok(())
}

/// A search request; `cancel` is raised when a newer one arrives. It carries
/// the store it runs on, which changes once loading finishes.
struct SearchJob {
    generation: u64,
    query: String,
    cancel: Arc<AtomicBool>,
    store: Arc<dyn Store>,
}

/// Rank related articles for one article.
struct RelatedJob {
    article: usize,
    other_languages_only: bool,
    store: Arc<dyn Store>,
}

/// The related-articles worker: latest wins, so holding `j` in the list
/// never queues work; only the newest selection is ranked.
/// Count the rows of an article's text at `width` on a thread of its own
/// (a 60 MB article takes seconds); the counts come back as an action,
/// empty when the text cannot be read (the view then stops waiting).
fn spawn_layout(article: usize, width: usize, store: Arc<dyn Store>, cancel: Arc<AtomicBool>, tx: Sender<Message>) {
    let spawned = std::thread::Builder::new().name("layout".into()).spawn(move || {
        let (text_len, counts) = match store.text(article) {
            Ok(text) => match super::wrap::count_rows(&text, width, &cancel) {
                Some(counts) => (text.len(), counts),
                None => return,
            },
            Err(_) => (0, Vec::new()),
        };
        let _ = tx.send(Message::Action(Action::LaidOut { article, width, text_len, counts }));
    });
    if let Err(e) = spawned {
        tracing::warn!("no thread to lay out the text: {e}");
    }
}

fn spawn_related_worker(tx: Sender<Message>) -> Sender<RelatedJob> {
    let (job_tx, job_rx): (Sender<RelatedJob>, Receiver<RelatedJob>) = mpsc::channel();
    thread::spawn(move || {
        while let Ok(mut job) = job_rx.recv() {
            while let Ok(newer) = job_rx.try_recv() {
                job = newer;
            }
            let results = match job.store.related(job.article, RELATED_LIMIT, job.other_languages_only) {
                Ok(results) => results,
                Err(e) => {
                    let _ = tx.send(Message::Action(Action::Failed(format!("related articles: {e}"))));
                    Vec::new()
                }
            };
            let action = Action::RelatedResults {
                article: job.article,
                other_languages_only: job.other_languages_only,
                results,
            };
            if tx.send(Message::Action(action)).is_err() {
                return;
            }
        }
    });
    job_tx
}

/// What to open, and where its cache lives.
pub struct Opener {
    pub path: Option<PathBuf>,
    pub cache: Option<PathBuf>,
}

/// Open the corpus on a thread of its own, reporting stages, the articles as
/// soon as they are in, and then the analysis.
fn spawn_opener(opener: Opener, tx: Sender<Message>) {
    // the progress indicator's clock: a tick a quarter second until the opener is done
    let done = Arc::new(AtomicBool::new(false));
    let (tick_tx, tick_done) = (tx.clone(), Arc::clone(&done));
    thread::spawn(move || {
        while !tick_done.load(Ordering::Relaxed) {
            thread::sleep(std::time::Duration::from_millis(250));
            if tick_done.load(Ordering::Relaxed) || tick_tx.send(Message::Action(Action::Tick)).is_err() {
                return;
            }
        }
    });
    thread::spawn(move || {
        let mut observer = OpenerObserver { tx: tx.clone(), previewed: 0 };
        let result = korpus::open::open_store(opener.path.as_deref(), opener.cache.as_deref(), &mut observer);
        let action = match result {
            Ok((store, _)) => Action::AnalysisReady(Shared(store)),
            Err(e) => Action::LoadFailed(format!("cannot open corpus: {e}")),
        };
        done.store(true, Ordering::Relaxed);
        let _ = tx.send(Message::Action(action));
    });
}

/// Articles shown while a large corpus is still loading: a few screens'
/// worth to browse and read, cheap to copy.
const PREVIEW_ARTICLES: usize = 5000;

/// Passes an opening's progress to the loop: stages, a first batch of
/// articles to browse at once, then the whole corpus.
struct OpenerObserver {
    tx: Sender<Message>,
    /// How many articles the last preview held.
    previewed: usize,
}

impl korpus::open::OpenObserver for OpenerObserver {
    fn stage(&mut self, stage: korpus::open::Stage) {
        let _ = self.tx.send(Message::Action(Action::Progress(stage)));
    }

    fn articles_so_far(&mut self, articles: &[korpus::Article]) {
        // the first articles at once, then once more when a full preview is in
        let wanted = articles.len().min(PREVIEW_ARTICLES);
        if wanted == 0 || wanted <= self.previewed || (self.previewed > 0 && wanted < PREVIEW_ARTICLES) {
            return;
        }
        self.previewed = wanted;
        let preview = Corpus { name: String::new(), articles: articles[..wanted].to_vec(), warnings: Vec::new() };
        let preview: Arc<dyn Store> = Arc::new(MemoryStore::articles_only(Arc::new(preview)));
        let _ = self.tx.send(Message::Action(Action::CorpusPreview(Shared(preview))));
    }

    fn loaded(&mut self, corpus: &Arc<Corpus>) {
        let store: Arc<dyn Store> = Arc::new(MemoryStore::articles_only(Arc::clone(corpus)));
        let _ = self.tx.send(Message::Action(Action::CorpusLoaded(Shared(store))));
        // titles and texts are searchable long before entities are recognised
        // (a 50 MB article: a second against minutes): their index is built
        // beside the analysis, which goes on meanwhile
        let (tx, corpus) = (self.tx.clone(), Arc::clone(corpus));
        thread::spawn(move || {
            let store = text_search_store(corpus);
            let _ = tx.send(Message::Action(Action::TextSearchReady(Shared(store))));
        });
    }
}

/// The articles with a search index over their titles and text lines alone:
/// what the TUI searches while entities are still being recognised. Its hits
/// are the analysed store's line hits (the same units and keys); entity
/// names come with the analysis.
pub fn text_search_store(corpus: Arc<Corpus>) -> Arc<dyn Store> {
    let mut analysis = korpus::Analysis::empty();
    analysis.search = korpus::search::SearchIndex::build(&corpus, &korpus::entities::EntityIndex::default());
    Arc::new(MemoryStore::new(corpus, Arc::new(analysis)))
}

/// The search worker: always runs the newest job, drops the ones overtaken,
/// streams partial results while a pass runs, and keeps a session so a
/// query that only grew rescans the previous matches.
fn spawn_search_worker(tx: Sender<Message>) -> Sender<SearchJob> {
    let (job_tx, job_rx): (Sender<SearchJob>, Receiver<SearchJob>) = mpsc::channel();
    thread::spawn(move || {
        let mut session = SearchSession::default();
        // weak: a store the app has replaced (the text-only one, once the
        // analysis is in) is let go at once, not at the next query
        let mut session_store: Option<std::sync::Weak<dyn Store>> = None;
        while let Ok(mut job) = job_rx.recv() {
            while let Ok(newer) = job_rx.try_recv() {
                job = newer;
            }
            // narrowing only holds within one store
            if !session_store.as_ref().is_some_and(|s| std::ptr::addr_eq(s.as_ptr(), Arc::as_ptr(&job.store))) {
                session = SearchSession::default();
                session_store = Some(Arc::downgrade(&job.store));
            }
            let generation = job.generation;
            let partial_tx = tx.clone();
            let mut publish = |hits: Vec<Hit>| {
                let _ = partial_tx.send(Message::Action(Action::SearchResults { generation, hits, total: None }));
            };
            let request = SearchRequest::new(&job.query, SEARCH_LIMIT);
            let hits = job.store.search(&mut session, &request, &job.cancel, &mut publish);
            if job.cancel.load(Ordering::Relaxed) {
                continue;
            }
            if tx.send(Message::Action(Action::search_answer(generation, hits, session.total()))).is_err() {
                return;
            }
        }
    });
    job_tx
}

/// How the session behaves, from flags and config.toml.
pub struct Settings {
    pub mouse: bool,
    pub clipboard: ClipboardMode,
    /// The review file, opened; `None` when it could not be.
    pub review: Option<ReviewStore>,
}

/// Run the TUI until the user quits, the terminal goes away or a signal
/// arrives; returns what to print once the screen is back: why the corpus
/// could not be opened, if it could not, and the load warnings.
pub fn run_loop(
    mut app: App,
    opener: Opener,
    mut settings: Settings,
) -> anyhow::Result<(Option<String>, Vec<LoadWarning>)> {
    let (tx, rx) = mpsc::channel();
    spawn_signals(tx.clone())?;
    let mut terminal = setup_terminal(settings.mouse)?;
    spawn_opener(opener, tx.clone());
    // the review is saved on a thread of its own: a save locks, writes and syncs twice
    let review = settings.review.take().map(|store| {
        app.review.enabled = true;
        app.review.marks = store.marks().map(|(id, m)| (id.to_owned(), m.clone())).collect();
        let tx = tx.clone();
        ReviewSaver::spawn(store, move |report| {
            let _ = tx.send(Message::ReviewSaved(report));
        })
    });
    let result = event_loop(&mut terminal, &mut app, &settings, review.as_ref(), tx, rx);
    restore_terminal();
    // every change handed over is on disk before korpus exits
    if let Some(saver) = review {
        saver.finish();
    }
    result.map(|()| (app.load.failed.take(), app.store.warnings().to_vec()))
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &mut App,
    settings: &Settings,
    review: Option<&ReviewSaver>,
    tx: Sender<Message>,
    rx: Receiver<Message>,
) -> anyhow::Result<()> {
    spawn_input(tx.clone());
    let search_jobs = spawn_search_worker(tx.clone());
    let related_jobs = spawn_related_worker(tx.clone());
    // the layout being counted for `G`: a newer one cancels it
    let mut layout_cancel: Option<Arc<AtomicBool>> = None;
    let current_cancel: Mutex<Arc<AtomicBool>> = Mutex::new(Arc::new(AtomicBool::new(false)));
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
    draw(terminal, app)?;
    let mut trace = SearchTrace::if_logged();
    loop {
        let first = rx.recv()?;
        let mut pending: VecDeque<Message> = std::iter::once(first).chain(rx.try_iter()).collect();
        // search results applied in this batch: (generation, final), for the trace
        let mut results_applied: Vec<(u64, bool)> = Vec::new();
        while let Some(message) = pending.pop_front() {
            let mut read_at = None;
            let action = match message {
                Message::Stop(reason) => {
                    tracing::info!("{reason}");
                    app.should_quit = true;
                    app.status = Some(reason);
                    // a note being typed when the connection drops is kept, as Esc keeps it
                    if !matches!(app.overlay, Overlay::Editor { .. }) {
                        break;
                    }
                    Some(Action::SaveEdit)
                }
                Message::ReviewSaved(SaveReport { marks: Some(marks), message }) => {
                    Some(Action::ReviewSaved { marks, message })
                }
                Message::ReviewSaved(SaveReport { marks: None, message }) => {
                    // later changes are still being saved: keep the marks on screen
                    app.status = message.or(app.status.take());
                    None
                }
                Message::Action(a) => {
                    if let Action::Failed(why) | Action::LoadFailed(why) | Action::SearchFailed { message: why, .. } =
                        &a
                    {
                        tracing::warn!("{why}");
                    }
                    Some(a)
                }
                Message::Input(ev, at) => {
                    read_at = Some(at);
                    // (a release split so is two releases, which route to nothing)
                    if let Event::Key(key) = ev
                        && let Some((esc, plain)) =
                            split_escape_prefix(&app.keymap, app.focus.layer(), app.overlay.layer(), key)
                    {
                        // the key after Esc is routed once Esc has moved the focus
                        pending.push_front(Message::Input(Event::Key(plain), at));
                        action_for_event(app, Event::Key(esc))
                    } else {
                        action_for_event(app, ev)
                    }
                }
            };
            let Some(action) = action else { continue };
            if let Action::SearchResults { generation, total, .. } = &action
                && *generation == app.search.generation
            {
                results_applied.push((*generation, total.is_some()));
            }
            for effect in update(app, action) {
                match effect {
                    Effect::Search { generation, query } => {
                        if let (Some(trace), Some(at)) = (trace.as_mut(), read_at) {
                            trace.asked(generation, at, &query);
                        }
                        let cancel = Arc::new(AtomicBool::new(false));
                        if let Ok(mut current) = current_cancel.lock() {
                            current.store(true, Ordering::Relaxed);
                            *current = Arc::clone(&cancel);
                        }
                        let _ =
                            search_jobs.send(SearchJob { generation, query, cancel, store: Arc::clone(&app.store) });
                    }
                    Effect::Related { article, other_languages_only } => {
                        let _ = related_jobs.send(RelatedJob {
                            article,
                            other_languages_only,
                            store: Arc::clone(&app.store),
                        });
                    }
                    Effect::LayOut { article, width } => {
                        let cancel = Arc::new(AtomicBool::new(false));
                        if let Some(older) = layout_cancel.replace(Arc::clone(&cancel)) {
                            older.store(true, Ordering::Relaxed);
                        }
                        spawn_layout(article, width, Arc::clone(&app.store), cancel, tx.clone());
                    }
                    Effect::Copy(text) => {
                        app.status = Some(clipboard::copy(&text, settings.clipboard, terminal.backend_mut(), |k| {
                            std::env::var(k).ok()
                        }));
                    }
                    Effect::SaveMark { article_id, mark } => {
                        if let Some(saver) = review {
                            saver.save(article_id, mark);
                        }
                    }
                    Effect::Suspend => {
                        suspend(terminal, settings.mouse)?;
                        let size = terminal.size()?;
                        update(app, Action::Resize(size.width, size.height));
                    }
                    Effect::PrepareExport => {
                        // korpus's data folder, else (no home directory) the current one
                        let dir = korpus::fsio::dirs::data_dir().unwrap_or_default();
                        let today = super::dates::today_utc();
                        let defaults = ExportChoice::ALL
                            .iter()
                            .map(|&format| export::default_path(&dir, today, format, |p| p.symlink_metadata().is_ok()))
                            .collect();
                        update(app, Action::ExportDefaults(defaults));
                    }
                    Effect::Export { format, path, replace } => {
                        let home = std::env::var_os("HOME").filter(|h| !h.is_empty()).map(PathBuf::from);
                        let target = export::expand_home(&path, home.as_deref());
                        let own_dir = korpus::fsio::dirs::data_dir();
                        match (export::check_target(&target, replace, own_dir.as_deref()), review) {
                            (Ok(()), Some(saver)) => {
                                let existing = if replace { Existing::Replace } else { Existing::Refuse };
                                saver.export_to(Arc::clone(&app.store), format.format(), target.clone(), existing);
                                update(app, Action::ExportStarted(target));
                            }
                            (Ok(()), None) => app.status = Some("review is off: nothing to export".into()),
                            (Err(problem), _) => {
                                update(app, Action::ExportRefused { path: target, problem });
                            }
                        }
                    }
                    Effect::External { article, program } => {
                        let message = show_elsewhere(terminal, app, article, program, settings.mouse);
                        let size = terminal.size()?;
                        update(app, Action::Resize(size.width, size.height));
                        app.status = Some(message);
                    }
                }
            }
            if app.should_quit {
                break;
            }
        }
        if app.should_quit {
            return Ok(());
        }
        draw(terminal, app)?;
        if let Some(trace) = trace.as_mut() {
            trace.drawn(&results_applied);
        }
    }
}

/// The log target of the keystroke timings (`KORPUS_LOG=korpus::keystroke=debug`).
pub const KEYSTROKE_TARGET: &str = "korpus::keystroke";

/// With the log at debug, one line per query typed: how long from reading the
/// keystroke to the first results on screen (`first`), and to the final
/// ranking on screen (`final`). This is how the keystroke latency in the
/// README was measured, in the real interface rather than in a benchmark.
struct SearchTrace {
    /// Per generation: when its keystroke was read, the query, whether
    /// first results have been drawn.
    asked: std::collections::HashMap<u64, (Instant, String, bool)>,
}

impl SearchTrace {
    fn if_logged() -> Option<SearchTrace> {
        tracing::enabled!(target: KEYSTROKE_TARGET, tracing::Level::DEBUG)
            .then(|| SearchTrace { asked: Default::default() })
    }

    fn asked(&mut self, generation: u64, read_at: Instant, query: &str) {
        self.asked.insert(generation, (read_at, query.to_owned(), false));
    }

    /// Results of these generations have just been drawn.
    fn drawn(&mut self, results: &[(u64, bool)]) {
        for &(generation, done) in results {
            let Some((read_at, query, first_drawn)) = self.asked.get_mut(&generation) else { continue };
            let ms = format!("{:.1}", read_at.elapsed().as_secs_f64() * 1e3);
            // the query last: the rest of the line is the query, spaces and all
            if !*first_drawn {
                *first_drawn = true;
                tracing::debug!(target: KEYSTROKE_TARGET, ms = %ms, query = %query, "first");
            }
            if done {
                tracing::debug!(target: KEYSTROKE_TARGET, ms = %ms, query = %query, "final");
                self.asked.remove(&generation);
            }
        }
        // queries overtaken by a newer keystroke never finish
        if let Some(&newest) = self.asked.keys().max() {
            self.asked.retain(|&g, _| g == newest);
        }
    }
}

fn action_for_event(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            route(&app.keymap, app.focus.layer(), app.overlay.layer(), key)
        }
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::ScrollAt { column: m.column, row: m.row, down: true }),
            MouseEventKind::ScrollUp => Some(Action::ScrollAt { column: m.column, row: m.row, down: false }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column: m.column, row: m.row }),
            _ => None,
        },
        _ => None,
    }
}

fn draw(terminal: &mut Terminal<CrosstermBackend<Stdout>>, app: &App) -> io::Result<()> {
    execute!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| {
        panes::draw(frame, app);
        panes::split_wide_clusters(frame.buffer_mut());
        if app.ascii_only {
            panes::asciify(frame.buffer_mut());
        }
    })?;
    execute!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    Ok(())
}

/// Show an article in the user's pager or editor: the text goes to a
/// temporary file, korpus gives the terminal up (normal screen, cooked
/// mode, no reading of keys) until the program ends, then takes it back and
/// redraws everything. Says what happened, for the status bar.
fn show_elsewhere(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &App,
    article: usize,
    program: ExternalProgram,
    mouse: bool,
) -> String {
    let (variables, fallback, what) = match program {
        ExternalProgram::Pager => (&["PAGER"][..], "less", "pager"),
        ExternalProgram::Editor => (&["VISUAL", "EDITOR"][..], "vi", "editor"),
    };
    let command = variables
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|c| !c.trim().is_empty()))
        .unwrap_or_else(|| fallback.to_owned());
    let file = match write_article_file(app, article) {
        Ok(file) => file,
        Err(e) => return format!("could not write the article for the {what}: {e}"),
    };
    // the input thread lets go of the terminal before the program starts
    INPUT_PAUSED.store(true, Ordering::SeqCst);
    let parked_by = Instant::now() + std::time::Duration::from_millis(500);
    while !INPUT_PARKED.load(Ordering::SeqCst) && Instant::now() < parked_by {
        thread::sleep(std::time::Duration::from_millis(5));
    }
    restore_terminal();
    // `sh -c` so that PAGER="less -R" works; the path is an argument, never parsed
    let status =
        std::process::Command::new("sh").arg("-c").arg(format!("{command} \"$1\"")).arg("korpus").arg(&file).status();
    // as after a suspend: the screen taken again and every cell drawn anew
    let back = enter_terminal(mouse)
        .and_then(|()| execute!(io::stdout(), terminal::Clear(terminal::ClearType::All)))
        .and_then(|()| Terminal::new(CrosstermBackend::new(io::stdout())))
        .map(|fresh| *terminal = fresh);
    INPUT_PAUSED.store(false, Ordering::SeqCst);
    let _ = std::fs::remove_file(&file);
    if let Err(e) = back {
        return format!("the terminal could not be taken back after {command}: {e}");
    }
    match status {
        Ok(s) if s.success() => match program {
            ExternalProgram::Pager => format!("back from {command}"),
            ExternalProgram::Editor => format!("back from {command} (changes to the copy are not kept)"),
        },
        Ok(s) => format!("{command} ended with {s}"),
        Err(e) => format!("could not run {command}: {e}"),
    }
}

/// The article as a text file for another program: title, language, date,
/// source and link, then the text. Created new (never through a link left
/// in the temporary directory), readable by the user alone.
fn write_article_file(app: &App, article: usize) -> io::Result<PathBuf> {
    use std::os::unix::fs::OpenOptionsExt;
    let meta = app.article(article).ok_or_else(|| io::Error::other("no such article"))?;
    let text = app.store.text(article).map_err(io::Error::other)?;
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let path = std::env::temp_dir().join(format!("korpus-{}-{stamp}.txt", std::process::id()));
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&path)?;
    let mut head = format!("{}\n{} {}", meta.title, meta.language.code(), meta.script.code());
    for field in [&meta.date, &meta.source, &meta.url].into_iter().flatten() {
        head.push_str(&format!(" · {field}"));
    }
    writeln!(file, "{head}\n{}\n\n{}", meta.id, &*text)?;
    Ok(path)
}
