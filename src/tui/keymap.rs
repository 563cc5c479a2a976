//! Key → action, per focus layer, from the embedded defaults merged with the
//! user's keymap file (a partial file only changes the keys it names).

use std::collections::BTreeMap;
use std::path::Path;

use super::action::Action;
use super::keys::Key;

const DEFAULT_KEYMAP: &str = include_str!("default-keymap.toml");

/// Where a key is looked up: the focused pane's table, then `global`
/// (except while typing a search, and while help is open).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    Global,
    List,
    Text,
    Search,
    Related,
    Help,
    Card,
    Overview,
    Editor,
    /// A one-line prompt on the status bar (find, filter).
    Prompt,
    /// The export dialog (`E`): a format and a path.
    Export,
}

impl Layer {
    pub const ALL: [Layer; 11] = [
        Layer::Global,
        Layer::List,
        Layer::Text,
        Layer::Search,
        Layer::Related,
        Layer::Card,
        Layer::Overview,
        Layer::Editor,
        Layer::Prompt,
        Layer::Export,
        Layer::Help,
    ];

    pub fn table_name(self) -> &'static str {
        match self {
            Layer::Global => "global",
            Layer::List => "list",
            Layer::Text => "text",
            Layer::Search => "search",
            Layer::Related => "related",
            Layer::Help => "help",
            Layer::Card => "card",
            Layer::Overview => "overview",
            Layer::Editor => "editor",
            Layer::Prompt => "prompt",
            Layer::Export => "export",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeymapError {
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

/// Why a user's keymap file was set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeymapWarning {
    pub path: String,
    /// What is wrong, with the line (`line 3: unknown action "quitt" (did you mean "quit"?)`).
    pub problem: String,
}

impl KeymapWarning {
    /// For the status bar: the file's name, not its whole path.
    pub fn short(&self) -> String {
        let name = Path::new(&self.path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        format!("{name} {}; default keys in use", self.problem)
    }
}

impl std::fmt::Display for KeymapWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}; korpus uses the default keys", korpus::fsio::quoted(Path::new(&self.path)), self.problem)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Keymap {
    tables: BTreeMap<Layer, BTreeMap<Key, Action>>,
}

impl Keymap {
    /// The embedded defaults alone.
    pub fn defaults() -> Keymap {
        let mut keymap = Keymap::default();
        // the embedded file is part of the program and covered by tests
        if let Err(e) = keymap.merge_toml(DEFAULT_KEYMAP, "built-in keymap") {
            panic!("{e}");
        }
        keymap
    }

    /// Defaults merged with a user file, if it exists. A file korpus cannot
    /// use (a typo, an unknown action, no key left to quit) is set aside as a
    /// whole: korpus starts with the defaults and says why, naming the line.
    pub fn load(user_file: Option<&Path>) -> (Keymap, Option<KeymapWarning>) {
        let defaults = Keymap::defaults();
        let Some(path) = user_file.filter(|p| p.exists()) else { return (defaults, None) };
        let warning = |problem: String| Some(KeymapWarning { path: path.display().to_string(), problem });
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => return (defaults, warning(korpus::corpus::sanitize_line(&e.to_string()))),
        };
        let mut keymap = defaults.clone();
        if let Err(KeymapError::Invalid { message, .. }) = keymap.merge_toml(&text, "") {
            return (defaults, warning(message));
        }
        if keymap.keys_for(Layer::Global, &Action::Quit).is_empty() {
            return (defaults, warning("no key is left to quit (every `quit` is unbound)".into()));
        }
        (keymap, None)
    }

    pub fn merge_toml(&mut self, text: &str, origin: &str) -> Result<(), KeymapError> {
        // the message quotes the file's own text (a table, a key, toml's
        // excerpt of a bad line): made inert before it reaches the screen
        let invalid = |message: String| KeymapError::Invalid {
            path: origin.to_owned(),
            message: korpus::corpus::sanitize_line(&message),
        };
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let parsed: BTreeMap<String, BTreeMap<String, toml::Spanned<String>>> =
            toml::from_str(text).map_err(|e| invalid(e.to_string().trim_end().replace('\n', " ")))?;
        for (table, entries) in parsed {
            let Some(layer) = Layer::ALL.into_iter().find(|l| l.table_name() == table) else {
                let line = text.find(&format!("[{table}]")).map(line_of).unwrap_or(1);
                let names: Vec<&str> = Layer::ALL.iter().map(|l| l.table_name()).collect();
                return Err(invalid(format!(
                    "line {line}: unknown table {}{} (tables: {})",
                    korpus::fsio::quote(&table),
                    suggestion(&table, names.iter().copied()),
                    names.join(", ")
                )));
            };
            let bindings = self.tables.entry(layer).or_default();
            for (key, action_name) in entries {
                let line = line_of(action_name.span().start);
                let action_name = action_name.into_inner();
                let key: Key = key.parse().map_err(|e| invalid(format!("line {line}: [{table}] {e}")))?;
                if action_name == "none" {
                    bindings.remove(&key);
                    continue;
                }
                let action: Action =
                    serde_json::from_value(serde_json::Value::String(action_name.clone())).map_err(|_| {
                        invalid(format!(
                            "line {line}: unknown action {action_name:?}{}",
                            suggestion(&action_name, Action::ORDER.iter().map(Action::name).chain(["none"]))
                        ))
                    })?;
                bindings.insert(key, action);
            }
        }
        Ok(())
    }

    pub fn lookup(&self, layer: Layer, key: &Key) -> Option<&Action> {
        self.tables.get(&layer).and_then(|t| t.get(key))
    }

    /// The keys bound to `action` in `layer`, in a stable order.
    pub fn keys_for(&self, layer: Layer, action: &Action) -> Vec<Key> {
        self.tables
            .get(&layer)
            .map(|t| t.iter().filter(|(_, a)| *a == action).map(|(k, _)| *k).collect())
            .unwrap_or_default()
    }

    /// First key for an action in the focused layer or global, for hints.
    pub fn hint(&self, layer: Layer, action: &Action) -> Option<Key> {
        let mut keys = self.keys_for(layer, action);
        if keys.is_empty() && matches!(layer, Layer::List | Layer::Text | Layer::Related) {
            keys = self.keys_for(Layer::Global, action);
        }
        // prefer a plain character: it is what people remember
        keys.iter().find(|k| matches!(k.code, super::keys::KeyName::Char(_)) && !k.ctrl).or(keys.first()).copied()
    }

    /// Every binding of a layer grouped by action, for the help overlay.
    pub fn bindings(&self, layer: Layer) -> Vec<(Action, Vec<Key>)> {
        let mut out: Vec<(Action, Vec<Key>)> = Vec::new();
        if let Some(table) = self.tables.get(&layer) {
            for (key, action) in table {
                match out.iter_mut().find(|(a, _)| a == action) {
                    Some((_, keys)) => keys.push(*key),
                    None => out.push((action.clone(), vec![*key])),
                }
            }
        }
        // the order actions are declared in reads as a tour: moving, opening, panes, the rest
        out.sort_by_key(|(action, _)| {
            super::action::Action::ORDER.iter().position(|a| a == action).unwrap_or(usize::MAX)
        });
        out
    }
}

/// ` (did you mean "quit"?)` when a name is close to one of `known`.
fn suggestion<'a>(typed: &str, known: impl Iterator<Item = &'a str>) -> String {
    known
        .map(|name| (strsim::damerau_levenshtein(typed, name), name))
        .filter(|&(distance, name)| distance <= (name.len() / 3).max(2))
        .min()
        .map(|(_, name)| format!(" (did you mean {name:?}?)"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        s.parse().unwrap()
    }

    #[test]
    fn a_hostile_table_or_key_name_is_quoted_and_inert_in_the_warning() {
        let hostile = "[\"\\u001b]2;PWNED\\u0007\\u202e\"]\nq = \"quit\"\n";
        let Err(KeymapError::Invalid { message, .. }) = Keymap::defaults().merge_toml(hostile, "") else {
            panic!("an unknown table is refused")
        };
        assert!(!message.chars().any(korpus::corpus::is_terminal_hazard), "{message:?}");
        assert!(message.contains("unknown table \"\\u{1b}]2;PWNED\\u{7}\\u{202e}\""), "{message:?}");
        let bad_key = "[global]\n\"\\u001b[8m\" = \"quit\"\n";
        let Err(KeymapError::Invalid { message, .. }) = Keymap::defaults().merge_toml(bad_key, "") else {
            panic!("a key korpus cannot read is refused")
        };
        assert!(!message.chars().any(korpus::corpus::is_terminal_hazard), "{message:?}");
    }

    #[test]
    fn defaults_parse_and_bind_the_documented_keys() {
        let km = Keymap::defaults();
        assert_eq!(km.lookup(Layer::Global, &key("q")), Some(&Action::Quit));
        assert_eq!(km.lookup(Layer::Global, &key("/")), Some(&Action::FocusSearch));
        assert_eq!(km.lookup(Layer::Global, &key("G")), Some(&Action::Bottom));
        assert_eq!(km.lookup(Layer::Search, &key("enter")), Some(&Action::Open));
        assert_eq!(km.lookup(Layer::Search, &key("q")), None, "q must type into the search box");
    }

    #[test]
    fn partial_user_file_overrides_only_its_keys() {
        let mut km = Keymap::defaults();
        km.merge_toml("[global]\nx = \"quit\"\nq = \"none\"\n", "user").unwrap();
        assert_eq!(km.lookup(Layer::Global, &key("x")), Some(&Action::Quit));
        assert_eq!(km.lookup(Layer::Global, &key("q")), None);
        assert_eq!(km.lookup(Layer::Global, &key("j")), Some(&Action::Down));
    }

    #[test]
    fn bad_user_file_is_an_error_not_a_panic() {
        let mut km = Keymap::defaults();
        assert!(km.merge_toml("[global]\nq = \"explode\"\n", "user").is_err());
        assert!(km.merge_toml("[nowhere]\nq = \"quit\"\n", "user").is_err());
        assert!(km.merge_toml("not toml at all [", "user").is_err());
        assert!(km.merge_toml("[global]\nctrl-nonsense = \"quit\"\n", "user").is_err());
    }

    fn user_file(text: &str) -> (Keymap, Option<String>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keymap.toml");
        std::fs::write(&path, text).unwrap();
        let (keymap, warning) = Keymap::load(Some(&path));
        (keymap, warning.map(|w| w.to_string()))
    }

    #[test]
    fn a_typo_starts_with_the_defaults_and_names_the_line_and_the_nearest_action() {
        let (km, warning) = user_file("# mine\n[global]\nx = \"quitt\"\nj = \"up\"\n");
        let warning = warning.expect("a warning");
        assert!(warning.contains("line 3") && warning.contains("(did you mean \"quit\"?)"), "{warning}");
        assert!(warning.contains("default keys"), "{warning}");
        assert_eq!(km.lookup(Layer::Global, &key("j")), Some(&Action::Down), "the whole file is set aside");
        assert_eq!(km.lookup(Layer::Global, &key("x")), None);
        let (_, warning) = user_file("[globl]\nx = \"quit\"\n");
        let warning = warning.unwrap();
        assert!(warning.contains("line 1") && warning.contains("did you mean \"global\""), "{warning}");
    }

    #[test]
    fn unbinding_every_quit_key_is_refused() {
        let (km, warning) = user_file("[global]\nq = \"none\"\nctrl-c = \"none\"\n");
        assert!(warning.expect("refused").contains("no key is left to quit"));
        assert_eq!(km.lookup(Layer::Global, &key("q")), Some(&Action::Quit));
        // moving quit to another key is fine
        let (km, warning) = user_file("[global]\nq = \"none\"\nctrl-c = \"none\"\nx = \"quit\"\n");
        assert_eq!(warning, None);
        assert_eq!(km.lookup(Layer::Global, &key("x")), Some(&Action::Quit));
    }

    #[test]
    fn internal_actions_cannot_be_bound() {
        let mut km = Keymap::defaults();
        assert!(km.merge_toml("[global]\nx = \"search_results\"\n", "user").is_err());
    }
}

/// Route a key press to an action: an open overlay (help, card, overview)
/// takes every key; else the search box (which types every unbound key) when
/// focused, else the focused pane's table and then `global`.
pub fn route(
    keymap: &Keymap,
    focus: Layer,
    overlay: Option<Layer>,
    event: crossterm::event::KeyEvent,
) -> Option<Action> {
    let key = Key::from_event(&event)?;
    if let Some(layer) = overlay {
        // the editor, prompts and the export dialog's path type every key they have no binding for
        if layer == Layer::Editor {
            return Some(keymap.lookup(layer, &key).cloned().unwrap_or(Action::EditorInput(event)));
        }
        if layer == Layer::Prompt || layer == Layer::Export {
            return Some(keymap.lookup(layer, &key).cloned().unwrap_or(Action::PromptInput(event)));
        }
        return keymap.lookup(layer, &key).cloned();
    }
    if focus == Layer::Search {
        return Some(keymap.lookup(Layer::Search, &key).cloned().unwrap_or(Action::SearchInput(event)));
    }
    keymap.lookup(focus, &key).or_else(|| keymap.lookup(Layer::Global, &key)).cloned()
}

/// A terminal sends Esc and a key typed right after it as one sequence, which
/// reads as alt and the key: over SSH `esc q` quickly typed in the search box
/// typed `q` there. When the search box is focused, no overlay is open and
/// alt with that character is bound to nothing, the press is split back into
/// Esc and the plain key, to be routed one after the other.
pub fn split_escape_prefix(
    keymap: &Keymap,
    focus: Layer,
    overlay: Option<Layer>,
    event: crossterm::event::KeyEvent,
) -> Option<(crossterm::event::KeyEvent, crossterm::event::KeyEvent)> {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    if focus != Layer::Search || overlay.is_some() || !matches!(event.code, KeyCode::Char(_)) {
        return None;
    }
    let shift = event.modifiers & KeyModifiers::SHIFT;
    if event.modifiers - shift != KeyModifiers::ALT {
        return None;
    }
    let key = Key::from_event(&event)?;
    if keymap.lookup(Layer::Search, &key).is_some() {
        return None;
    }
    let esc = KeyEvent::new_with_kind(KeyCode::Esc, KeyModifiers::NONE, event.kind);
    let plain = KeyEvent::new_with_kind(event.code, shift, event.kind);
    Some((esc, plain))
}

#[cfg(test)]
mod route_tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn press(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn typing_q_in_search_types_it_instead_of_quitting() {
        let km = Keymap::defaults();
        assert_eq!(route(&km, Layer::Search, None, press('q')), Some(Action::SearchInput(press('q'))));
        assert_eq!(route(&km, Layer::List, None, press('q')), Some(Action::Quit));
    }

    #[test]
    fn esc_then_a_key_read_as_alt_in_search_is_split_back() {
        let km = Keymap::defaults();
        let alt_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT);
        let (esc, plain) = split_escape_prefix(&km, Layer::Search, None, alt_q).expect("split");
        assert_eq!(route(&km, Layer::Search, None, esc), Some(Action::Back));
        assert_eq!(plain, press('q'));
        assert_eq!(route(&km, Layer::List, None, plain), Some(Action::Quit));
        // a capital keeps its shift
        let alt_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::ALT | KeyModifiers::SHIFT);
        let (_, plain) = split_escape_prefix(&km, Layer::Search, None, alt_g).expect("split");
        assert_eq!(plain, KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT));
        // other panes, overlays, ctrl and bound alt keys are left alone
        assert_eq!(split_escape_prefix(&km, Layer::List, None, alt_q), None);
        assert_eq!(split_escape_prefix(&km, Layer::Search, Some(Layer::Help), alt_q), None);
        assert_eq!(split_escape_prefix(&km, Layer::Search, None, press('q')), None);
        let ctrl_alt = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT | KeyModifiers::CONTROL);
        assert_eq!(split_escape_prefix(&km, Layer::Search, None, ctrl_alt), None);
        let mut bound = Keymap::defaults();
        bound.merge_toml("[search]\nalt-q = \"clear_line\"\n", "user").expect("a valid keymap");
        assert_eq!(split_escape_prefix(&bound, Layer::Search, None, alt_q), None);
    }

    #[test]
    fn help_layer_captures_keys_while_open() {
        let km = Keymap::defaults();
        assert_eq!(route(&km, Layer::List, Some(Layer::Help), press('q')), Some(Action::ToggleHelp));
        assert_eq!(route(&km, Layer::List, Some(Layer::Help), press('/')), None);
    }

    #[test]
    fn ctrl_z_suspends_from_the_panes_and_from_the_search_box() {
        let km = Keymap::defaults();
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(route(&km, Layer::List, None, ctrl_z), Some(Action::Suspend));
        assert_eq!(route(&km, Layer::Search, None, ctrl_z), Some(Action::Suspend));
    }

    #[test]
    fn pane_table_wins_over_global() {
        let km = Keymap::defaults();
        assert_eq!(route(&km, Layer::Text, None, press('n')), Some(Action::NextEntity));
        assert_eq!(route(&km, Layer::Text, None, press('j')), Some(Action::Down));
    }

    #[test]
    fn the_list_reaches_the_open_articles_names() {
        let km = Keymap::defaults();
        assert_eq!(route(&km, Layer::List, None, press('n')), Some(Action::NextEntity));
        assert_eq!(route(&km, Layer::List, None, press('N')), Some(Action::PrevEntity));
        assert_eq!(route(&km, Layer::List, None, press('e')), Some(Action::EntityCard));
    }
}
